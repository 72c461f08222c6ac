import Foundation
import ApproovURLSession

/// Talks to the loyalty backend.
final class PinnedAPI {
    private let session: ApproovURLSession
    private let baseURL = URL(string: "https://loyalty.example.com/v1/")!

    init() {
        session = ApproovURLSession(configuration: .ephemeral)
    }

    func points(for memberID: String) async throws -> Data {
        let request = URLRequest(url: baseURL.appendingPathComponent("members/\(memberID)/points"))
        let (data, response) = try await session.dataWithApproov(for: request)
        guard (response as? HTTPURLResponse)?.statusCode == 200 else {
            throw URLError(.badServerResponse)
        }
        return data
    }
}
