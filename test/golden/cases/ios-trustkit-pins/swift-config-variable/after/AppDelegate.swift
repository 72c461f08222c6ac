import UIKit
import TrustKit

@main
class AppDelegate: UIResponder, UIApplicationDelegate {

    func application(_ application: UIApplication,
                     didFinishLaunchingWithOptions launchOptions: [UIApplication.LaunchOptionsKey: Any]?) -> Bool {
        TrustKit.setLoggerBlock { message in
            print("TrustKit: \(message)")
        }

        return true
    }
}
