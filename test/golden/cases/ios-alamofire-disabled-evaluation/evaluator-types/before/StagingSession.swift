import Alamofire

struct StagingSession {
    static func make() -> Session {
        let manager = ServerTrustManager(evaluators: [
            "staging.api.example.com": DisabledTrustEvaluator(),
            "qa.api.example.com": DisabledEvaluator(),
            "api.example.com": DefaultTrustEvaluator(),
        ])
        return Session(serverTrustManager: manager)
    }
}
