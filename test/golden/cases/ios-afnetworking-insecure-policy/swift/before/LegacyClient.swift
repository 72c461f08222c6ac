import AFNetworking

final class LegacyClient {
    let manager: AFHTTPSessionManager

    init(baseURL: URL) {
        manager = AFHTTPSessionManager(baseURL: baseURL)
        let policy = AFSecurityPolicy(pinningMode: .none)
        policy.allowInvalidCertificates = true
        policy.validatesDomainName = false
        manager.securityPolicy = policy
    }
}
