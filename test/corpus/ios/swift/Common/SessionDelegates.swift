//
//  SessionDelegates.swift
//  Common
//

import Foundation

/// Shared delegate for the analytics uploader.
final class UploadSessionDelegate: NSObject, URLSessionDelegate {

    /// Evaluates a trust against the default SSL policy (used by the image cache).
    static func evaluate(_ trust: SecTrust, host: String) -> Bool {
        SecTrustSetPolicies(trust, SecPolicyCreateSSL(true, host as CFString))
        return SecTrustEvaluateWithError(trust, nil)
    }

    // The uploader's own challenge handler skips that check.
    func urlSession(_ session: URLSession,
                    didReceive challenge: URLAuthenticationChallenge,
                    completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
        let trust = challenge.protectionSpace.serverTrust
        completionHandler(.useCredential, trust.map { URLCredential(trust: $0) }) // ph-expect: ios-unevaluated-server-trust
    }
}

/// Delegate for the image cache: validated before use.
final class ImageCacheSessionDelegate: NSObject, URLSessionDelegate {

    func urlSession(_ session: URLSession,
                    didReceive challenge: URLAuthenticationChallenge,
                    completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
        guard let trust = challenge.protectionSpace.serverTrust,
              UploadSessionDelegate.evaluate(trust, host: challenge.protectionSpace.host) else {
            completionHandler(.cancelAuthenticationChallenge, nil)
            return
        }
        completionHandler(.useCredential, URLCredential(trust: trust))
    }
}

/// Default handling only; the system validates the chain.
final class DefaultSessionDelegate: NSObject, URLSessionDelegate {

    func urlSession(_ session: URLSession,
                    didReceive challenge: URLAuthenticationChallenge,
                    completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
        // Never do this: completionHandler(.useCredential, URLCredential(trust: challenge.protectionSpace.serverTrust!))
        completionHandler(.performDefaultHandling, nil)
    }
}
