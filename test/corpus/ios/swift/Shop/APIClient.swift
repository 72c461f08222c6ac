//
//  APIClient.swift
//  Shop
//

import Alamofire
import Foundation

final class APIClient {

    static let shared = APIClient()

    let session: Session

    private init() {
        let evaluators: [String: ServerTrustEvaluating] = [
            "api.shop-example.com": PinnedCertificatesTrustEvaluator(), // ph-expect: ios-alamofire-pinning
            "auth.shop-example.com": PublicKeysTrustEvaluator( // ph-expect: ios-alamofire-pinning
                keys: Bundle.main.af.publicKeys,
                performDefaultValidation: true,
                validateHost: true
            ),
            "images.shop-example.com": DefaultTrustEvaluator(),
            "payments.shop-example.com": RevocationTrustEvaluator(options: .requirePositiveResponse),
        ]
        let manager = ServerTrustManager(allHostsMustBeEvaluated: false, evaluators: evaluators)
        session = Session(serverTrustManager: manager)
    }

    func products(page: Int) async throws -> [Product] {
        try await session.request("https://api.shop-example.com/v3/products", parameters: ["page": page])
            .validate()
            .serializingDecodable([Product].self)
            .value
    }
}

struct Product: Decodable {
    let id: String
    let name: String
    let price: Decimal
}
