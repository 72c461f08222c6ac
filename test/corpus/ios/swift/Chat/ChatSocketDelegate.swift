//
//  ChatSocketDelegate.swift
//  Chat
//

import CryptoKit
import Foundation

/// Pins the chat gateway's public key by hand, after the system has validated the chain.
final class ChatSocketDelegate: NSObject, URLSessionWebSocketDelegate {

    private let pinnedKeyHashes: Set<String>

    init(pinnedKeyHashes: Set<String>) {
        self.pinnedKeyHashes = pinnedKeyHashes
    }

    func urlSession(_ session: URLSession,
                    didReceive challenge: URLAuthenticationChallenge) async -> (URLSession.AuthChallengeDisposition, URLCredential?) {
        guard let trust = challenge.protectionSpace.serverTrust else {
            return (.performDefaultHandling, nil)
        }
        guard SecTrustEvaluateWithError(trust, nil),
              let key = SecTrustCopyKey(trust),
              let data = SecKeyCopyExternalRepresentation(key, nil) as Data? else {
            return (.cancelAuthenticationChallenge, nil)
        }
        let hash = Data(SHA256.hash(data: data)).base64EncodedString()
        return pinnedKeyHashes.contains(hash) ? (.useCredential, URLCredential(trust: trust)) : (.cancelAuthenticationChallenge, nil)
    }
}

/// The debug socket used by the in-app console. It talks to a laptop on the office network.
final class DebugConsoleSocketDelegate: NSObject, URLSessionWebSocketDelegate {

    func urlSession(_ session: URLSession,
                    didReceive challenge: URLAuthenticationChallenge) async -> (URLSession.AuthChallengeDisposition, URLCredential?) {
        if let trust = challenge.protectionSpace.serverTrust {
            return (.useCredential, URLCredential(trust: trust)) // ph-expect: ios-unevaluated-server-trust
        }
        return (.performDefaultHandling, nil)
    }
}
