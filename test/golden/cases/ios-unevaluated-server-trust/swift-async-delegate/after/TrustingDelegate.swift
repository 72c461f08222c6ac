import Foundation

actor TrustingDelegate: NSObject, URLSessionTaskDelegate {
    nonisolated func urlSession(_ session: URLSession,
                                task: URLSessionTask,
                                didReceive challenge: URLAuthenticationChallenge) async -> (URLSession.AuthChallengeDisposition, URLCredential?) {
        guard challenge.protectionSpace.serverTrust != nil else {
            return (.performDefaultHandling, nil)
        }
        return (.performDefaultHandling, nil)
    }
}
