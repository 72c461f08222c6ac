#import "APIManager.h"
#import <AFNetworking/AFNetworking.h>

@implementation APIManager

+ (instancetype)sharedManager
{
    static APIManager *manager = nil;
    static dispatch_once_t onceToken;
    dispatch_once(&onceToken, ^{
        manager = [[APIManager alloc] initWithBaseURL:[NSURL URLWithString:@"https://api.clinic.example.com/"]];
        AFSecurityPolicy *policy = [AFSecurityPolicy policyWithPinningMode:AFSSLPinningModeNone];
        policy.allowInvalidCertificates = YES;
        [policy setValidatesDomainName:NO];
        manager.securityPolicy = policy;
    });
    return manager;
}

@end
