import Alamofire

class LegacyManager {
    static let shared: SessionManager = {
        let policies: [String: ServerTrustPolicy] = [
            "intranet.example.com": .disableEvaluation,
            "www.example.com": .performDefaultEvaluation(validateHost: true),
        ]
        return SessionManager(
            configuration: URLSessionConfiguration.default,
            serverTrustPolicyManager: ServerTrustPolicyManager(policies: policies)
        )
    }()
}
