import Catalog
import Foundation

/// The reader for each service's export.
public enum HistoryFiles {
    /// Reads `url` as `source`'s export: a file, a folder, or (Letterboxd) a .zip.
    /// `profile`: Netflix only, whose ratings to read from an account's Ratings.csv.
    public static func read(_ source: HistorySource, at url: URL, sink: HistoryRowSink = HistoryRowSink(),
                            profile: String? = nil) throws -> HistoryRead {
        switch source {
        case .letterboxd: try LetterboxdReader().read(at: url, sink: sink)
        case .imdb: try IMDbHistoryReader().read(at: url, sink: sink)
        case .netflix: try NetflixHistoryReader(profile: profile).read(at: url, sink: sink)
        case .trakt: try TraktReader().read(at: url, sink: sink)
        case .marquee: try MarqueeExportReader().read(at: url, sink: sink).read
        }
    }
}
