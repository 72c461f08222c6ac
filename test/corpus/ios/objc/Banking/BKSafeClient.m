//
//  BKSafeClient.m
//  Banking
//
//  Production client: default AFNetworking validation only.
//  Never ship `policy.allowInvalidCertificates = YES;` or AFSSLPinningModeCertificate here;
//  pins come from the dynamic pinning SDK.
//

#import "BKSafeClient.h"
#import <AFNetworking/AFNetworking.h>

@implementation BKSafeClient

- (AFHTTPSessionManager *)makeManager {
    AFHTTPSessionManager *manager = [[AFHTTPSessionManager alloc] initWithBaseURL:[NSURL URLWithString:@"https://api.bank-example.com/"]];
    AFSecurityPolicy *policy = [AFSecurityPolicy defaultPolicy];
    policy.allowInvalidCertificates = NO;
    policy.validatesDomainName = YES;
    // policy.validatesDomainName = NO;   // only for the UAT build, see BKStagingClient
    manager.securityPolicy = policy;
    return manager;
}

- (BOOL)isPinned:(AFSecurityPolicy *)policy {
    return policy.SSLPinningMode != AFSSLPinningModeNone;
}

- (NSString *)describePolicy:(AFSecurityPolicy *)policy {
    if (policy.SSLPinningMode == AFSSLPinningModeCertificate) {
        return @"certificate pinning";
    }
    return policy.allowInvalidCertificates ? @"allowInvalidCertificates = YES" : @"default";
}

@end
