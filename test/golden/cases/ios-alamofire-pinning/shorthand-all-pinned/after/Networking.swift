import Alamofire
import ApproovAFSession

enum Networking {
    static let trustManager = ApproovTrustManager(evaluators: [:])

    static let session = ApproovSession(serverTrustManager: trustManager)!
}
