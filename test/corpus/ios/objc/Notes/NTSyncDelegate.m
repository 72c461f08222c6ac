//
//  NTSyncDelegate.m
//  Notes
//

#import "NTSyncDelegate.h"
#import <TrustKit/TrustKit.h>
#import <Security/Security.h>

@implementation NTSyncDelegate

// Hand the challenge to TrustKit; it validates the chain and the pins.
- (void)URLSession:(NSURLSession *)session
didReceiveChallenge:(NSURLAuthenticationChallenge *)challenge
 completionHandler:(void (^)(NSURLSessionAuthChallengeDisposition, NSURLCredential * _Nullable))completionHandler {
    TSKPinningValidator *validator = [[TrustKit sharedInstance] pinningValidator];
    if (![validator handleChallenge:challenge completionHandler:completionHandler]) {
        completionHandler(NSURLSessionAuthChallengePerformDefaultHandling, nil);
    }
}

@end

@implementation NTAttachmentDelegate

// The attachment server uses a private CA bundled with the app; the chain is evaluated against it.
- (void)URLSession:(NSURLSession *)session task:(NSURLSessionTask *)task
didReceiveChallenge:(NSURLAuthenticationChallenge *)challenge
 completionHandler:(void (^)(NSURLSessionAuthChallengeDisposition, NSURLCredential * _Nullable))completionHandler {
    if (![challenge.protectionSpace.authenticationMethod isEqualToString:NSURLAuthenticationMethodServerTrust]) {
        completionHandler(NSURLSessionAuthChallengePerformDefaultHandling, nil);
        return;
    }
    SecTrustRef trust = challenge.protectionSpace.serverTrust;
    SecTrustSetAnchorCertificates(trust, (__bridge CFArrayRef)self.anchorCertificates);
    SecTrustSetAnchorCertificatesOnly(trust, true);
    CFErrorRef error = NULL;
    if (SecTrustEvaluateWithError(trust, &error)) {
        completionHandler(NSURLSessionAuthChallengeUseCredential, [NSURLCredential credentialForTrust:trust]);
    } else {
        if (error) CFRelease(error);
        completionHandler(NSURLSessionAuthChallengeCancelAuthenticationChallenge, nil);
    }
}

// Older evaluation API, still used on the macOS build.
- (BOOL)isTrusted:(SecTrustRef)trust {
    SecTrustResultType result = kSecTrustResultInvalid;
    OSStatus status = SecTrustEvaluate(trust, &result);
    return status == errSecSuccess && (result == kSecTrustResultUnspecified || result == kSecTrustResultProceed);
}

- (void)handleLegacyChallenge:(NSURLAuthenticationChallenge *)challenge
            completionHandler:(void (^)(NSURLSessionAuthChallengeDisposition, NSURLCredential *))completionHandler {
    SecTrustRef trust = challenge.protectionSpace.serverTrust;
    if ([self isTrusted:trust]) {
        completionHandler(NSURLSessionAuthChallengeUseCredential, [NSURLCredential credentialForTrust:trust]);
    } else {
        completionHandler(NSURLSessionAuthChallengeCancelAuthenticationChallenge, nil);
    }
}

@end
