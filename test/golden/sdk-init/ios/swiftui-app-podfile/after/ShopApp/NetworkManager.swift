import Foundation
import TrustKit

final class NetworkManager {
    static let shared = NetworkManager()

    private init() {
        let config: [String: Any] = [
            kTSKPinnedDomains: [
                "api.example-shop.com": [
                    kTSKPublicKeyHashes: [
                        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
                        "BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB=",
                    ],
                ],
            ],
        ]
        TrustKit.initSharedInstance(withConfiguration: config)
    }

    func fetchProducts() async throws -> Data {
        let (data, _) = try await URLSession.shared.data(from: URL(string: "https://api.example-shop.com/products")!)
        return data
    }
}
