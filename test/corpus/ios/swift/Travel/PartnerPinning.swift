//
//  PartnerPinning.swift
//  Travel
//
//  Pinning policy for the partner APIs, kept apart from the main policy.
//

import Foundation
import TrustKit

enum PartnerPinning {

    private static let hotelsPins = [
        "xgiFKVc395pwBlknWk3nzrwAc/7GpHY3p4HYmy7lPHM=",
        "VtKKfJKPl5RbCS0Y7JU03mw0Ztp3Z6839GU+7q3AJu0=",
    ]

    private static let hotelsPolicy: [String: Any] = [
        kTSKIncludeSubdomains: true,
        kTSKPublicKeyHashes: hotelsPins, // ph-expect: ios-trustkit-pins, pin-expiration
    ]

    private static let carsPolicy: [String: Any] = [
        kTSKEnforcePinning: NSNumber(value: false), // ph-expect: ios-trustkit-enforce-pinning-off
        kTSKPublicKeyHashes: [ // ph-expect: ios-trustkit-pins, pin-expiration
            "qqEwMr+H3Y8HXlyx5pLfaez1yYxYlsf9GgvWJNfa+O0=",
            "AgD4pHDi1C63q/hOsGLry0H8Sj8rCkIMQUHpVIE3wTw=",
        ],
    ]

    static let configuration: [String: Any] = [
        kTSKSwizzleNetworkDelegates: true,
        kTSKPinnedDomains: [
            "hotels.partner-example.com": hotelsPolicy,
            "cars.partner-example.com": carsPolicy,
        ],
    ]
}
