//
//  AppDelegate.swift
//  Travel
//

import UIKit
import TrustKit

@main
final class AppDelegate: UIResponder, UIApplicationDelegate {

    var window: UIWindow?

    private static let bookingHost = "booking.travel-example.com"
    private static let reviewsHost = "reviews.travel-example.com"

    // Two keys per host: the current one and the backup we keep offline.
    private static let bookingPrimaryPin = "/zahF0DKAHlbAdCFo3OGK77FPTvCydcc9H0UWorwAJ0="
    private static let bookingBackupPin = "OoPNMX+6N381tBncyucMdIwtY0X68gIpfAQCGExx5WE="

    func application(_ application: UIApplication,
                     didFinishLaunchingWithOptions launchOptions: [UIApplication.LaunchOptionsKey: Any]?) -> Bool {
        configurePinning()
        return true
    }

    private func configurePinning() {
        let trustKitConfig: [String: Any] = [
            kTSKSwizzleNetworkDelegates: false,
            kTSKPinnedDomains: [
                AppDelegate.bookingHost: [
                    kTSKIncludeSubdomains: true,
                    kTSKEnforcePinning: true,
                    kTSKExpirationDate: "2026-12-31",
                    kTSKPublicKeyHashes: [ // ph-expect: ios-trustkit-pins
                        AppDelegate.bookingPrimaryPin,
                        AppDelegate.bookingBackupPin,
                    ],
                ],
                AppDelegate.reviewsHost: [
                    // Report-only while the reviews backend migrates to the new CDN.
                    kTSKEnforcePinning: false, // ph-expect: ios-trustkit-enforce-pinning-off
                    kTSKPublicKeyHashes: ["1X6G8Rfb2JhSryXgkeHHgnelp+h31fGf6p7egFpmEcc=", "fHPPMNy4W7jKk3yM4nhu7Sr0nel8NPrsptL8IRkksp4="], // ph-expect: ios-trustkit-pins, pin-expiration
                    kTSKReportUris: ["https://reports.travel-example.com/pinning"],
                ],
            ],
        ]
        TrustKit.initSharedInstance(withConfiguration: trustKitConfig)
    }
}
