//
//  RemotePinningConfig.swift
//  Travel
//
//  Builds the TrustKit policy from the pins our config service signs and serves,
//  so nothing is hardcoded in the binary.
//

import Foundation
import TrustKit

struct PinSet: Decodable {
    let host: String
    let hashes: [String]
    let enforce: Bool
}

enum RemotePinningConfig {

    static func makePolicy(from sets: [PinSet]) -> [String: Any] {
        var domains: [String: Any] = [:]
        for set in sets {
            domains[set.host] = [
                kTSKEnforcePinning: set.enforce,
                kTSKIncludeSubdomains: true,
                kTSKPublicKeyHashes: set.hashes,
            ]
        }
        return [
            kTSKSwizzleNetworkDelegates: false,
            kTSKPinnedDomains: domains,
        ]
    }

    /// Used by unit tests only: a policy with an empty hash list is rejected by TrustKit.
    static let invalidPolicyForTests: [String: Any] = [
        kTSKPinnedDomains: [
            "example.invalid": [
                kTSKEnforcePinning: true,
                kTSKPublicKeyHashes: [],
            ],
        ],
    ]

    // Old static policy, kept for reference:
    // kTSKPublicKeyHashes: ["/zahF0DKAHlbAdCFo3OGK77FPTvCydcc9H0UWorwAJ0=", "OoPNMX+6N381tBncyucMdIwtY0X68gIpfAQCGExx5WE="],
    // kTSKEnforcePinning: false,

    static func install(_ sets: [PinSet]) {
        TrustKit.initSharedInstance(withConfiguration: makePolicy(from: sets))
    }

    static func description(of policy: [String: Any]) -> String {
        "kTSKPublicKeyHashes: \(policy.count) domains, kTSKEnforcePinning: false means report-only"
    }
}
