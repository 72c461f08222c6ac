//
//  RadarDownloader.swift
//  Weather
//

import Foundation

/// Downloads radar tiles; checks the server trust with the system policy before accepting it.
final class RadarDownloader: NSObject, URLSessionDelegate {

    private let host = "radar.weather-example.com"

    func urlSession(_ session: URLSession,
                    didReceive challenge: URLAuthenticationChallenge,
                    completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
        guard challenge.protectionSpace.authenticationMethod == NSURLAuthenticationMethodServerTrust,
              let trust = challenge.protectionSpace.serverTrust else {
            completionHandler(.performDefaultHandling, nil)
            return
        }
        let policy = SecPolicyCreateSSL(true, host as CFString)
        SecTrustSetPolicies(trust, policy)
        var error: CFError?
        if SecTrustEvaluateWithError(trust, &error) {
            completionHandler(.useCredential, URLCredential(trust: trust))
        } else {
            completionHandler(.cancelAuthenticationChallenge, nil)
        }
    }
}

/// Client certificate authentication for the enterprise radar feed.
final class EnterpriseFeedDelegate: NSObject, URLSessionTaskDelegate {

    let identity: SecIdentity

    init(identity: SecIdentity) {
        self.identity = identity
    }

    func urlSession(_ session: URLSession, task: URLSessionTask,
                    didReceive challenge: URLAuthenticationChallenge,
                    completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
        switch challenge.protectionSpace.authenticationMethod {
        case NSURLAuthenticationMethodClientCertificate:
            completionHandler(.useCredential, URLCredential(identity: identity, certificates: nil, persistence: .forSession))
        case NSURLAuthenticationMethodHTTPBasic:
            completionHandler(.useCredential, URLCredential(user: "feed", password: Secrets.feedPassword, persistence: .forSession))
        default:
            completionHandler(.performDefaultHandling, nil)
        }
    }
}

enum Secrets {
    static var feedPassword: String { ProcessInfo.processInfo.environment["FEED_PASSWORD"] ?? "" }
}
