//
//  LGConnectionDelegate.m
//  Legacy
//
//  NSURLConnection and NSURLSession delegates from the iOS 7 era.
//

#import "LGConnectionDelegate.h"

@implementation LGConnectionDelegate

#pragma mark - NSURLConnectionDelegate

- (void)connection:(NSURLConnection *)connection willSendRequestForAuthenticationChallenge:(NSURLAuthenticationChallenge *)challenge {
    if ([challenge.protectionSpace.authenticationMethod isEqualToString:NSURLAuthenticationMethodServerTrust]) {
        NSURLCredential *credential = [NSURLCredential credentialForTrust:challenge.protectionSpace.serverTrust]; // ph-expect: ios-unevaluated-server-trust
        [challenge.sender useCredential:credential forAuthenticationChallenge:challenge];
    } else {
        [challenge.sender performDefaultHandlingForAuthenticationChallenge:challenge];
    }
}

#pragma mark - NSURLSessionDelegate

- (void)URLSession:(NSURLSession *)session
didReceiveChallenge:(NSURLAuthenticationChallenge *)challenge
 completionHandler:(void (^)(NSURLSessionAuthChallengeDisposition, NSURLCredential * _Nullable))completionHandler {
    SecTrustRef serverTrust = challenge.protectionSpace.serverTrust;
    if (serverTrust) {
        completionHandler(NSURLSessionAuthChallengeUseCredential,
                          [[NSURLCredential alloc] initWithTrust:serverTrust]); // ph-expect: ios-unevaluated-server-trust
        return;
    }
    completionHandler(NSURLSessionAuthChallengePerformDefaultHandling, nil);
}

- (void)URLSession:(NSURLSession *)session task:(NSURLSessionTask *)task
didReceiveChallenge:(NSURLAuthenticationChallenge *)challenge
 completionHandler:(void (^)(NSURLSessionAuthChallengeDisposition, NSURLCredential * _Nullable))completionHandler {
    dispatch_async(dispatch_get_main_queue(), ^{
        NSURLCredential *credential = [NSURLCredential credentialForTrust:challenge.protectionSpace.serverTrust]; // ph-expect: ios-unevaluated-server-trust
        completionHandler(NSURLSessionAuthChallengeUseCredential, credential);
    });
}

@end
