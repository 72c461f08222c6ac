//
//  BKSecurityPolicyFactory.h
//  Banking
//

#import <Foundation/Foundation.h>
#import <AFNetworking/AFSecurityPolicy.h>

NS_ASSUME_NONNULL_BEGIN

/// Options for building a security policy. `allowInvalidCertificates` must stay NO in release builds.
@interface BKSecurityPolicyOptions : NSObject
@property (nonatomic, assign) AFSSLPinningMode pinningMode;
@property (nonatomic, assign) BOOL allowInvalidCertificates;
@property (nonatomic, assign) BOOL validatesDomainName;
@end

@interface BKSecurityPolicyFactory : NSObject
+ (AFSecurityPolicy *)policyWithOptions:(BKSecurityPolicyOptions *)options;
- (void)URLSession:(NSURLSession *)session
didReceiveChallenge:(NSURLAuthenticationChallenge *)challenge
 completionHandler:(void (^)(NSURLSessionAuthChallengeDisposition disposition, NSURLCredential * _Nullable credential))completionHandler;
@end

NS_ASSUME_NONNULL_END
