import Alamofire

enum Networking {
    static let trustManager = ServerTrustManager(evaluators: [
        "api.parking.example.com": .publicKeys(),
        "auth.parking.example.com": .pinnedCertificates(),
    ])

    static let session = Session(serverTrustManager: trustManager)
}
