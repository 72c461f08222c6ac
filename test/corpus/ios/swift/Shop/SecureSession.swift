//
//  SecureSession.swift
//  Shop
//
//  The production session relies on default evaluation. Pinning moved to the
//  dynamic pinning SDK; we no longer use DisabledTrustEvaluator or
//  PinnedCertificatesTrustEvaluator anywhere (see ADR-012).
//

import Alamofire
import Foundation

enum SecureSession {

    static func make() -> Session {
        let manager = ServerTrustManager(
            allHostsMustBeEvaluated: true,
            evaluators: [
                "api.shop-example.com": DefaultTrustEvaluator(validateHost: true),
                "auth.shop-example.com": RevocationTrustEvaluator(),
            ]
        )
        return Session(serverTrustManager: manager)
    }

    static func describe(_ evaluator: ServerTrustEvaluating) -> String {
        switch evaluator {
        case is DefaultTrustEvaluator:
            return "default"
        default:
            return "PinnedCertificatesTrustEvaluator() or DisabledTrustEvaluator() are not allowed"
        }
    }
}
