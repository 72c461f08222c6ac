import Foundation
import TrustKit

/// Starts TrustKit for the partner hosts that are not covered by NSPinnedDomains.
enum ShopPinning {
    static func start() {
        let config: [String: Any] = [
            kTSKSwizzleNetworkDelegates: false,
            kTSKPinnedDomains: [
                "loyalty.shop.example.com": [
                    kTSKEnforcePinning: true,
                    kTSKIncludeSubdomains: true,
                    kTSKPublicKeyHashes: [ // ph-expect: ios-trustkit-pins
                        "Vjs8r4z+80wjNcr1YKepWQboSIRi63WsWXhIMN+eWys=",
                        "lOyhQ9sFyMkdVn9NqmjT7xuxHxYp6nQ+XxjYmDePBlE=",
                    ],
                    // Pins stop being enforced after this date (TrustKit).
                    kTSKExpirationDate: "2022-09-30", // ph-expect: pin-expiration
                ],
                "gifts.shop.example.com": [
                    kTSKEnforcePinning: true,
                    kTSKPublicKeyHashes: [ // ph-expect: ios-trustkit-pins
                        "C5+lpZ7tcVwmwQIMcRtPbsQtWLABXhQzejna0wHFr8M=",
                        "Pn4kxbZ6XjLqQyDqR7gEcJAn0Xb8ZNrrfXaBFWVkz8Q=",
                    ],
                    kTSKExpirationDate: "2099-01-01",
                ],
            ],
        ]
        TrustKit.initSharedInstance(withConfiguration: config)
        // Old config kept for reference:
        // kTSKExpirationDate: "2019-01-01",
    }
}
