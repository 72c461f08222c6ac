import UIKit
import TrustKit

@main
class AppDelegate: UIResponder, UIApplicationDelegate {

    func application(_ application: UIApplication,
                     didFinishLaunchingWithOptions launchOptions: [UIApplication.LaunchOptionsKey: Any]?) -> Bool {
        TrustKit.setLoggerBlock { message in
            print("TrustKit: \(message)")
        }

        let trustKitConfig = [
            kTSKSwizzleNetworkDelegates: true,
            kTSKPinnedDomains: [
                "api.weather.example.com": [
                    kTSKIncludeSubdomains: true,
                    kTSKExpirationDate: "2026-09-30",
                    kTSKPublicKeyHashes: [
                        "hXweb81C3HnmM2Ai1dnUzFba40UJMhuu8qZmvN/6WWc=",
                        "7A5bXW1JBPqIkM9EGPK3n3XvUwHZKbKcBnGtwbM8y3Y="
                    ],
                ],
                "uploads.weather.example.com": [
                    kTSKPublicKeyHashes: [
                        "hXweb81C3HnmM2Ai1dnUzFba40UJMhuu8qZmvN/6WWc=",
                        "7A5bXW1JBPqIkM9EGPK3n3XvUwHZKbKcBnGtwbM8y3Y="
                    ],
                ],
            ]
        ] as [String : Any]

        TrustKit.initSharedInstance(withConfiguration: trustKitConfig)

        return true
    }
}
