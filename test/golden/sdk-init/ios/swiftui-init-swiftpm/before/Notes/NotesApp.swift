import SwiftUI

@main
struct NotesApp: App {
    let persistence: PersistenceController

    init() {
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
