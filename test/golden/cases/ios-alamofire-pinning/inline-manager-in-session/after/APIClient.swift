import Foundation
import Alamofire
import ApproovAFSession

final class APIClient {
    static let shared = APIClient()

    let session: Session

    private init() {
        let configuration = URLSessionConfiguration.af.default
        configuration.timeoutIntervalForRequest = 30
        session = ApproovSession(
            configuration: configuration,
            serverTrustManager: ApproovTrustManager(evaluators: [
                "static.recipes.example.com": DefaultTrustEvaluator(),
            ])
        )!
    }

    func recipes(completion: @escaping (Result<Data, AFError>) -> Void) {
        session.request("https://api.recipes.example.com/v2/recipes")
            .validate()
            .responseData { response in completion(response.result) }
    }
}
