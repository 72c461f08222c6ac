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
                "beta.example.com": [
                    kTSKEnforcePinning: false,
                    kTSKPublicKeyHashes: [
                        "j9ESw8g3DxR9XM06fYZeuN1UB4O6xp/GAIjjdD/zM3g=",
                    ],
                    kTSKReportUris: ["https://pinning-reports.example.com/log"],
                ],
            ],
        ]
        TrustKit.initSharedInstance(withConfiguration: pinning)
        return true
    }
}
