import Catalog
import CatalogStore
import Foundation
import Recommender

/// The opened stores and the in-memory library: what every command works on.
final class AppEnvironment {
    let catalog: CatalogDatabase
    let user: UserDatabase
    let library: Library

    init(options: GlobalOptions) throws {
        let dataDirectory = options.dataDirectory()
        let files = CatalogFiles(directory: try options.catalogDirectory())
        do {
            catalog = try CatalogDatabase.open(in: dataDirectory, files: files)
            user = try UserDatabase(directory: dataDirectory)
            library = Library(titles: try catalog.loadTitles())
        } catch let error as StoreError {
            throw MarqueeError(error.description)
        }
    }

    func signals() throws -> UserSignals {
        UserSignals(ratings: try user.ratings(), watchlist: try user.watchlist(), hidden: try user.hidden())
    }

    func moodSetting() throws -> MoodSetting {
        try user.moodSetting() ?? .default
    }

    /// The title with this id, or a one-line error naming it.
    func title(_ id: String) throws -> (position: Int, title: Title) {
        guard let position = library.position(of: TitleID(id)) else {
            throw MarqueeError("unknown title id '\(SafeText.display(id))' (try `marquee search`)")
        }
        return (position, library.titles[position])
    }
}
