import Alamofire
import Foundation

enum StagingSession {
    static let evaluators: [String: ServerTrustEvaluating] = [
        // pin-hygiene-ignore-next-line ios-alamofire-pinning, ios-alamofire-disabled-evaluation: staging uses a self-signed certificate, never shipped in release builds
        "staging.shop.example.com": DisabledTrustEvaluator(),
    ]

    static let session = Session(serverTrustManager: ServerTrustManager(evaluators: evaluators))
}
