//
//  ForecastService.swift
//  Weather
//
//  The forecast provider's staging servers use an internal CA, so the
//  session delegate below was added "temporarily" in 2021.
//

import Foundation

final class ForecastService: NSObject {

    private lazy var session: URLSession = {
        let configuration = URLSessionConfiguration.default
        configuration.timeoutIntervalForRequest = 20
        return URLSession(configuration: configuration, delegate: self, delegateQueue: .main)
    }()

    func forecast(for city: String, completion: @escaping (Result<Data, Error>) -> Void) {
        var components = URLComponents(string: "https://api.weather-example.com/v1/forecast")!
        components.queryItems = [URLQueryItem(name: "q", value: city)]
        session.dataTask(with: components.url!) { data, _, error in
            if let error = error {
                completion(.failure(error))
            } else {
                completion(.success(data ?? Data()))
            }
        }.resume()
    }
}

extension ForecastService: URLSessionDelegate {

    func urlSession(_ session: URLSession,
                    didReceive challenge: URLAuthenticationChallenge,
                    completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
        guard challenge.protectionSpace.authenticationMethod == NSURLAuthenticationMethodServerTrust,
              let serverTrust = challenge.protectionSpace.serverTrust else {
            completionHandler(.performDefaultHandling, nil)
            return
        }
        let credential = URLCredential(trust: serverTrust) // ph-expect: ios-unevaluated-server-trust
        completionHandler(.useCredential, credential)
    }
}

extension ForecastService: URLSessionTaskDelegate {

    func urlSession(_ session: URLSession, task: URLSessionTask,
                    didReceive challenge: URLAuthenticationChallenge,
                    completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
        if challenge.protectionSpace.host.hasSuffix("weather-example.com") {
            completionHandler(.useCredential, URLCredential(trust: challenge.protectionSpace.serverTrust!)) // ph-expect: ios-unevaluated-server-trust
        } else {
            completionHandler(.performDefaultHandling, nil)
        }
    }
}
