import ArgumentParser
import Catalog
import CatalogStore
import Recommender
import Runtime

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show every fact of one title, its mood profile, your rating and watchlist state.")

    @Argument(help: "The title's id, as `marquee search` prints it.")
    var id: String

    @Flag(name: .long, help: "Print JSON.")
    var json = false

    @OptionGroup var options: GlobalOptions

    func run() throws {
        // Read from the index: the title, its versions and the titles that
        // may be similar to it, never the whole catalog.
        let environment = try StoreEnvironment(options: options)
        let neighbourhood = try TitleNeighbourhood(id: id, environment: environment)
        AppEnvironment.say(neighbourhood.warnings)
        let library = neighbourhood.library, position = neighbourhood.position, community = neighbourhood.community
        let title = library.titles[position]
        let signals = try environment.user.signals()
        let rating = signals.ratings[title.id]
        // The person's own correction wins, as on the detail screen.
        let profile = library.profile(at: position, corrections: signals.corrections)
        let provenance = library.provenance(at: position, corrections: signals.corrections)
        let similar = SimilarTitles(library: library, community: community)
            .similar(to: position, limit: 5, excluding: signals.hidden)
            .map { (title: library.titles[$0.position], because: $0.because) }
        let versions = library.versions(of: position).filter { $0 != position }
        let viewings = try environment.user.viewings()[title.id] ?? []
        let ratingSource = rating == nil ? nil : try environment.user.ratingSources()[title.id]
        if json {
            var object = TitleJSON(title)
            object.countries = title.countries
            object.directors = title.directors
            object.cast = title.cast
            object.added = title.dateAdded?.iso
            object.myRating = .some(rating?.stars)
            object.onWatchlist = signals.watchlist.contains(title.id)
            object.notForMe = signals.hidden.contains(title.id)
            object.ratingSource = .some(ratingSource?.rawValue)
            object.watched = viewings.map { $0.on?.iso }
            object.versions = versions.map { other in
                let version = library.titles[other]
                return VersionJSON(id: version.id.rawValue, title: version.name, year: version.year,
                                   version: library.versionLabel(at: other), myRating: signals.ratings[version.id]?.stars)
            }
            var mood = MoodJSON(profile)
            mood.method = .some(provenance.method?.rawValue)
            mood.cues = provenance.cues
            mood.provenance = provenance.text
            object.mood = mood
            object.standing = .some(provenance.standing?.rawValue)
            object.communityRating = community.standings[title.id].map {
                CommunityRatingJSON(mean: ($0.mean * 100).rounded() / 100, count: $0.count, standing: ($0.prior * 100).rounded() / 100)
            }
            object.madeFor = provenance.madeFor.rawValue
            object.similar = similar.map { SimilarJSON(id: $0.title.id.rawValue, title: $0.title.name, year: $0.title.year, because: $0.because) }
            try Output.json(object)
            return
        }
        var lines = [
            title.nameAndYear,
            "id          \(title.id)",
            "type        \(title.kind.displayName) · \(title.lengthDescription) · \(title.maturity.rawValue)",
            "genres      \(title.genres.map(\.displayName).joined(separator: ", "))",
        ]
        if !title.countries.isEmpty { lines.append("countries   \(title.countries.joined(separator: ", "))") }
        if !title.directors.isEmpty { lines.append("directed by \(title.directors.joined(separator: ", "))") }
        if !title.cast.isEmpty { lines.append("cast        \(title.cast.prefix(8).joined(separator: ", "))") }
        if let added = title.dateAdded { lines.append("added       \(added.iso)") }
        let tones = profile.tones.strongest(above: 0.15).prefix(4).map(\.adjective).joined(separator: ", ")
        lines.append("mood        \(tones.isEmpty ? "neutral" : tones)")
        lines.append("            \(provenance.text)")
        if let standing = provenance.standingText(community: community.standings[title.id]) {
            lines.append("standing    \(standing)")
        }
        if provenance.madeFor != .everyone { lines.append("made for    \(provenance.madeFor.displayName)") }
        lines.append("my rating   \(rating.map { "\($0.starText) (\($0.numberText))" } ?? "not rated")")
        if let ratingSource { lines.append("            imported from \(ratingSource.displayName)") }
        if let watched = signals.watched[title.id] { lines.append("watched     \(watched.detailText)") }
        lines.append("watchlist   \(signals.watchlist.contains(title.id) ? "yes" : "no")")
        if signals.hidden.contains(title.id) { lines.append("not for me  yes (hidden from suggestions)") }
        for (index, other) in versions.enumerated() {
            let version = library.titles[other]
            let stars = signals.ratings[version.id].map { " · \($0.starText)" } ?? ""
            lines.append("\(index == 0 ? "versions   " : "           ") \(version.nameAndYear) · "
                + "\(library.versionLabel(at: other)) · \(version.id)\(stars)")
        }
        for (index, match) in similar.enumerated() {
            lines.append("\(index == 0 ? "similar    " : "           ") \(match.title.nameAndYear) · \(match.because)")
        }
        lines.forEach { print(SafeText.display($0)) }
    }
}
