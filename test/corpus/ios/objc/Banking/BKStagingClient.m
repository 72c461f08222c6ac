//
//  BKStagingClient.m
//  Banking
//
//  Talks to the UAT environment, which uses a self-signed certificate.
//

#import "BKStagingClient.h"
#import <AFNetworking/AFNetworking.h>

@implementation BKStagingClient

- (AFHTTPSessionManager *)makeManager {
    AFHTTPSessionManager *manager = [[AFHTTPSessionManager alloc] initWithBaseURL:[NSURL URLWithString:@"https://uat.bank-example.com/"]];
    AFSecurityPolicy *securityPolicy = [AFSecurityPolicy policyWithPinningMode:AFSSLPinningModeNone];
    securityPolicy.allowInvalidCertificates = YES; // ph-expect: ios-afnetworking-insecure-policy
    securityPolicy.validatesDomainName = NO; // ph-expect: ios-afnetworking-insecure-policy
    manager.securityPolicy = securityPolicy;
    return manager;
}

- (AFHTTPSessionManager *)makeReportsManager {
    AFHTTPSessionManager *manager = [AFHTTPSessionManager manager];
    AFSecurityPolicy *securityPolicy = [[AFSecurityPolicy alloc] init];
    [securityPolicy setAllowInvalidCertificates:YES]; // ph-expect: ios-afnetworking-insecure-policy
    [securityPolicy setValidatesDomainName:NO]; // ph-expect: ios-afnetworking-insecure-policy
    [manager setSecurityPolicy:securityPolicy];
    return manager;
}

- (AFHTTPSessionManager *)makeKeyPinnedManager {
    AFHTTPSessionManager *manager = [AFHTTPSessionManager manager];
    NSSet *keys = [AFSecurityPolicy certificatesInBundle:[NSBundle mainBundle]];
    manager.securityPolicy = [AFSecurityPolicy policyWithPinningMode:AFSSLPinningModePublicKey withPinnedCertificates:keys]; // ph-expect: ios-afnetworking-pinning
    return manager;
}

@end
