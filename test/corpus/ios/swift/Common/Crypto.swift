//
//  Crypto.swift
//  Common
//
//  Keys and digests that look like pins but are not.
//

import CryptoKit
import Foundation

enum Crypto {

    /// AES-256 key used to encrypt the local cache (rotated with each release).
    static let cacheKey = SymmetricKey(data: Data(base64Encoded: "VtKKfJKPl5RbCS0Y7JU03mw0Ztp3Z6839GU+7q3AJu0=")!)

    /// SHA-256 digests of the bundled JavaScript files, checked before they are loaded.
    static let scriptDigests: [String: [String]] = [
        "checkout.js": ["qqEwMr+H3Y8HXlyx5pLfaez1yYxYlsf9GgvWJNfa+O0="],
        "tracking.js": ["AgD4pHDi1C63q/hOsGLry0H8Sj8rCkIMQUHpVIE3wTw="],
    ]

    /// Feature configuration that happens to use TrustKit-like names.
    static let reportingConfig: [String: Any] = [
        "publicKeyHashes": ["xgiFKVc395pwBlknWk3nzrwAc/7GpHY3p4HYmy7lPHM="],
        "enforcePinning": false,
        "allowInvalidCertificates": true,
    ]

    static func verify(_ data: Data, name: String) -> Bool {
        let digest = Data(SHA256.hash(data: data)).base64EncodedString()
        return scriptDigests[name]?.contains(digest) ?? false
    }
}

/// Wraps credentials for the proxy login sheet.
struct ProxyLogin {
    let user: String
    let password: String

    var credential: URLCredential {
        URLCredential(user: user, password: password, persistence: .forSession)
    }
}
