import Alamofire
import Foundation
import ApproovAFSession

class NetworkService {
    private let evaluators: [String: ServerTrustEvaluating] = [
        "cdn.example.com": DefaultTrustEvaluator(validateHost: true)
    ]

    private lazy var manager: ApproovTrustManager = ApproovTrustManager(allHostsMustBeEvaluated: true, evaluators: evaluators)

    private lazy var session: Session = ApproovSession(
        configuration: .default,
        interceptor: Interceptor(adapters: [AuthAdapter()]),
        serverTrustManager: manager,
        eventMonitors: [NetworkLogger()]
    )!

    func pay(_ payment: Payment) -> DataRequest {
        session.request("https://payments.example.com/v1/charges", method: .post, parameters: payment, encoder: JSONParameterEncoder.default)
    }
}
