import Foundation

enum ApiKeys {
    static let clientSecret = "p8Hq2ZtV7wLk4RnX9cYb3MfJ6sDg1TaE"

    static func sign(_ request: inout URLRequest) {
        request.setValue(clientSecret, forHTTPHeaderField: "X-Client-Secret")
    }
}
