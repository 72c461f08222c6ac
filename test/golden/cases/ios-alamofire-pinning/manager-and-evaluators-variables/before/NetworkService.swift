import Alamofire
import Foundation

class NetworkService {
    private let evaluators: [String: ServerTrustEvaluating] = [
        "payments.example.com": PublicKeysTrustEvaluator(
            keys: Bundle.main.af.publicKeys,
            performDefaultValidation: true,
            validateHost: true
        ),
        "cdn.example.com": DefaultTrustEvaluator(validateHost: true)
    ]

    private lazy var manager: ServerTrustManager = ServerTrustManager(allHostsMustBeEvaluated: true, evaluators: evaluators)

    private lazy var session: Session = Session(
        configuration: .default,
        interceptor: Interceptor(adapters: [AuthAdapter()]),
        serverTrustManager: manager,
        eventMonitors: [NetworkLogger()]
    )

    func pay(_ payment: Payment) -> DataRequest {
        session.request("https://payments.example.com/v1/charges", method: .post, parameters: payment, encoder: JSONParameterEncoder.default)
    }
}
