import Foundation
import TrustKit

/// Talks to the loyalty backend.
final class PinnedAPI {
    private let session: URLSession
    private let baseURL = URL(string: "https://loyalty.example.com/v1/")!

    init() {
        TrustKit.initSharedInstance(withConfiguration: [
            kTSKSwizzleNetworkDelegates: true,
            kTSKPinnedDomains: [
                "loyalty.example.com": [
                    kTSKPublicKeyHashes: [
                        "Vjs8r4z+80wjNcr1YKepWQboSIRi63WsWXhIMN+eWys=",
                        "Y9mvm0exBk1JoQ57f9Vm28jKo5lFm/woKcVxrYxu80o=",
                    ],
                ],
            ],
        ])
        session = URLSession(configuration: .ephemeral)
    }

    func points(for memberID: String) async throws -> Data {
        let request = URLRequest(url: baseURL.appendingPathComponent("members/\(memberID)/points"))
        let (data, response) = try await session.data(for: request)
        guard (response as? HTTPURLResponse)?.statusCode == 200 else {
            throw URLError(.badServerResponse)
        }
        return data
    }
}
