import Alamofire

struct StagingSession {
    static func make() -> Session {
        let manager = ServerTrustManager(evaluators: [
            "staging.api.example.com": DefaultTrustEvaluator(),
            "qa.api.example.com": DefaultTrustEvaluator(),
            "api.example.com": DefaultTrustEvaluator(),
        ])
        return Session(serverTrustManager: manager)
    }
}
