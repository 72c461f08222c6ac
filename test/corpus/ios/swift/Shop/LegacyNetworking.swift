//
//  LegacyNetworking.swift
//  Shop (Alamofire 4 branch for the iOS 10 build)
//

import Alamofire
import Foundation

final class LegacyNetworking {

    static let shared = LegacyNetworking()

    let manager: SessionManager

    private init() {
        let policies: [String: ServerTrustPolicy] = [
            "api.shop-example.com": .pinCertificates( // ph-expect: ios-alamofire-pinning
                certificates: ServerTrustPolicy.certificates(),
                validateCertificateChain: true,
                validateHost: true
            ),
            "auth.shop-example.com": ServerTrustPolicy.pinPublicKeys( // ph-expect: ios-alamofire-pinning
                publicKeys: ServerTrustPolicy.publicKeys(),
                validateCertificateChain: true,
                validateHost: true
            ),
            "dev.shop-example.com": .disableEvaluation, // ph-expect: ios-alamofire-disabled-evaluation
            "www.shop-example.com": .performDefaultEvaluation(validateHost: true),
        ]
        manager = SessionManager(
            configuration: URLSessionConfiguration.default,
            serverTrustPolicyManager: ServerTrustPolicyManager(policies: policies)
        )
    }

    func label(for policy: ServerTrustPolicy) -> String {
        switch policy {
        case .pinCertificates(let certificates, _, _):
            return "\(certificates.count) certificates"
        case .pinPublicKeys(let keys, _, _):
            return "\(keys.count) keys"
        case .disableEvaluation:
            return "none"
        default:
            return "default"
        }
    }
}
