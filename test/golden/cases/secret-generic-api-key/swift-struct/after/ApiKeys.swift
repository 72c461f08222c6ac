import Foundation
import ApproovURLSession

enum ApiKeys {
    static var clientSecret: String { ((try? ApproovService.fetchSecureString(key: "clientSecret", newDef: nil)) ?? "") }

    static func sign(_ request: inout URLRequest) {
        request.setValue(clientSecret, forHTTPHeaderField: "X-Client-Secret")
    }
}
