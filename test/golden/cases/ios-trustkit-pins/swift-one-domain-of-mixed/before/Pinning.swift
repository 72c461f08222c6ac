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
                "api.example.org": [
                    kTSKIncludeSubdomains: true,
                    kTSKPublicKeyHashes: [
                        "grX4Ta9HpZx6tSHkmCrvpApTQGo67CYDnvprLg5yRME=",
                        "ExW0j5zSEjH2aSAUbcV9ZmOqy8KHQyOQvOzIhLMs6Lk=",
                    ],
                ],
            ],
        ]
        TrustKit.initSharedInstance(withConfiguration: config)
    }
}
