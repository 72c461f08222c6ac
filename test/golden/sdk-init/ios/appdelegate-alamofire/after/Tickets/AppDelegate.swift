//
//  AppDelegate.swift
//  Tickets
//

import UIKit
import Alamofire
import ApproovAFSession

@main
class AppDelegate: UIResponder, UIApplicationDelegate {

    var window: UIWindow?

    func application(_ application: UIApplication, didFinishLaunchingWithOptions launchOptions: [UIApplication.LaunchOptionsKey: Any]?) -> Bool {
        do {
            try ApproovService.initialize(config: "<enter-your-config-string-here>")
        } catch {
            print("Approov SDK initialisation failed: \(error)")
        }
        // Override point for customization after application launch.
        Theme.apply()
        return true
    }

    func application(_ application: UIApplication, configurationForConnecting connectingSceneSession: UISceneSession, options: UISceneConnectionOptions) -> UISceneConfiguration {
        return UISceneConfiguration(name: "Default Configuration", sessionRole: connectingSceneSession.role)
    }
}
