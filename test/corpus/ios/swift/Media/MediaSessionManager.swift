//
//  MediaSessionManager.swift
//  Media (Alamofire 4)
//

import Alamofire
import Foundation

final class MediaSessionManager {

    static let shared = MediaSessionManager()

    let manager: SessionManager

    private init() {
        let configuration = URLSessionConfiguration.default
        configuration.httpAdditionalHeaders = SessionManager.defaultHTTPHeaders
        manager = SessionManager(configuration: configuration)

        // The transcoding farm presents certificates from an internal CA.
        manager.delegate.sessionDidReceiveChallenge = { session, challenge in
            var disposition: URLSession.AuthChallengeDisposition = .performDefaultHandling
            var credential: URLCredential?
            if challenge.protectionSpace.authenticationMethod == NSURLAuthenticationMethodServerTrust,
               let trust = challenge.protectionSpace.serverTrust {
                disposition = .useCredential
                credential = URLCredential(trust: trust) // ph-expect: ios-unevaluated-server-trust
            }
            return (disposition, credential)
        }
    }

    func isValid(_ trust: SecTrust) -> Bool {
        SecTrustEvaluateWithError(trust, nil)
    }
}
