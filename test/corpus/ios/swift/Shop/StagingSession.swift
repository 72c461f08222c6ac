//
//  StagingSession.swift
//  Shop
//
//  QA builds talk to staging hosts that use a self-signed certificate.
//

import Alamofire
import Foundation

enum StagingSession {

    static let staging = "staging.shop-example.com"

    static func make() -> Session {
        let certificates = Bundle.main.af.certificates
        let pinned = PinnedCertificatesTrustEvaluator( // ph-expect: ios-alamofire-pinning
            certificates: certificates,
            acceptSelfSignedCertificates: true,
            performDefaultValidation: false,
            validateHost: true
        )
        let evaluators: [String: ServerTrustEvaluating] = [
            staging: DisabledTrustEvaluator(), // ph-expect: ios-alamofire-disabled-evaluation
            "qa.shop-example.com": pinned,
            "qa-cdn.shop-example.com": pinned,
        ]
        return Session(serverTrustManager: ServerTrustManager(evaluators: evaluators))
    }

    /// Alamofire 5.5 shorthand form.
    static func makeCompact() -> Session {
        let manager = ServerTrustManager(evaluators: [
            "beta.shop-example.com": .publicKeys(), // ph-expect: ios-alamofire-pinning
            "sandbox.shop-example.com": .disabled, // ph-expect: ios-alamofire-disabled-evaluation
            "www.shop-example.com": .default,
            "status.shop-example.com": .revocation(options: .preferCRL),
        ])
        return Session(serverTrustManager: manager)
    }
}
