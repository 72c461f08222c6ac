import SwiftUI
import ApproovURLSession

@main
struct NotesApp: App {
    let persistence: PersistenceController

    init() {
        do {
            try ApproovService.initialize(config: "<enter-your-config-string-here>")
        } catch {
            print("Approov SDK initialisation failed: \(error)")
        }
        persistence = PersistenceController.shared
        Analytics.start()
    }

    var body: some Scene {
        WindowGroup {
            NotesListView()
                .environment(\.managedObjectContext, persistence.container.viewContext)
        }
    }
}
