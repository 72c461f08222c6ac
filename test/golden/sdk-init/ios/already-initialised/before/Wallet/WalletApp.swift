import SwiftUI
import ApproovURLSession

@main
struct WalletApp: App {
    init() {
        try! ApproovService.initialize(config: "#wallet#YWJjZGVmZ2hpams=")
    }

    var body: some Scene {
        WindowGroup { ContentView() }
    }
}
