//
//  DebugTrustManager.swift
//  Media
//

import Alamofire
import Foundation

/// Lets QA point the app at any proxy. Compiled into internal builds only.
final class DebugTrustManager: ServerTrustManager {

    override func serverTrustEvaluator(forHost host: String) throws -> ServerTrustEvaluating? {
        #if DEBUG
        return DisabledTrustEvaluator() // ph-expect: ios-alamofire-disabled-evaluation
        #else
        return try super.serverTrustEvaluator(forHost: host)
        #endif
    }
}

/// Pins the CDN key for every host under our domain.
final class CDNTrustManager: ServerTrustManager {

    override func serverTrustEvaluator(forHost host: String) throws -> ServerTrustEvaluating? {
        guard host.hasSuffix(".media-example.com") else {
            return try super.serverTrustEvaluator(forHost: host)
        }
        return PublicKeysTrustEvaluator(keys: Bundle.main.af.publicKeys) // ph-expect: ios-alamofire-pinning
    }
}
