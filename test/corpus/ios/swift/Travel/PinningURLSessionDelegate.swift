//
//  PinningURLSessionDelegate.swift
//  Travel
//

import Foundation
import TrustKit

/// Hands every server-trust challenge to TrustKit's validator.
final class PinningURLSessionDelegate: NSObject, URLSessionDelegate {

    func urlSession(_ session: URLSession,
                    didReceive challenge: URLAuthenticationChallenge,
                    completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
        let validator = TrustKit.sharedInstance().pinningValidator
        if !validator.handle(challenge, completionHandler: completionHandler) {
            // Not a server-trust challenge or not a pinned domain: let the system decide.
            completionHandler(.performDefaultHandling, nil)
        }
    }
}
