import UIKit
import TrustKit

class AppDelegate: UIResponder, UIApplicationDelegate {
    var window: UIWindow?

    func application(_ application: UIApplication,
                     didFinishLaunchingWithOptions launchOptions: [UIApplication.LaunchOptionsKey: Any]?) -> Bool {
        let pinning: [String: Any] = [
            kTSKSwizzleNetworkDelegates: true,
            kTSKPinnedDomains: [
                "checkout.example.com": [
                    kTSKPublicKeyHashes: PinStore.checkoutHashes,
                ],
            ],
        ]
        TrustKit.initSharedInstance(withConfiguration: pinning)
        return true
    }
}
