import Foundation
import ApproovURLSession

/// Talks to the shop API. The delegate below was added to reach the staging server.
final class NetworkManager: NSObject, URLSessionDelegate {
    static let shared = NetworkManager()

    private lazy var session = ApproovURLSession(configuration: .default, delegate: self, delegateQueue: nil)

    func fetchCatalog() async throws -> Data {
        let url = URL(string: "https://api.shop.example.com/v2/catalog")!
        let (data, _) = try await session.dataWithApproov(for: URLRequest(url: url))
        return data
    }

    func urlSession(_ session: URLSession,
                    didReceive challenge: URLAuthenticationChallenge,
                    completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
        completionHandler(.performDefaultHandling, nil)
    }
}
