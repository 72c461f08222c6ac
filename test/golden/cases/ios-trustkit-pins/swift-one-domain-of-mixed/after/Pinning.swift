import Foundation
import TrustKit

enum Pinning {
    static func start(remote: RemotePins) {
        let config: [String: Any] = [
            kTSKSwizzleNetworkDelegates: true,
            kTSKPinnedDomains: [
                "media.example.org": [
                    kTSKPublicKeyHashes: remote.hashes(for: "media.example.org"),
                ],
            ],
        ]
        TrustKit.initSharedInstance(withConfiguration: config)
    }
}
