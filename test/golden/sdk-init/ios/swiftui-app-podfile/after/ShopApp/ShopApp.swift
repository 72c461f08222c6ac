import SwiftUI
import ApproovURLSession

@main
struct ShopApp: App {
    @StateObject private var cart = Cart()

    init() {
        do {
            try ApproovService.initialize(config: "<enter-your-config-string-here>")
        } catch {
            print("Approov SDK initialisation failed: \(error)")
        }
    }

    // MARK: - Scenes

    var body: some Scene {
        WindowGroup {
            ContentView()
                .environmentObject(cart)
        }
    }
}
