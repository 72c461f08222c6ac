import SwiftUI

@main
struct ShopApp: App {
    @StateObject private var cart = Cart()

    // MARK: - Scenes

    var body: some Scene {
        WindowGroup {
            ContentView()
                .environmentObject(cart)
        }
    }
}
