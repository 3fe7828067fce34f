import ArgumentParser
import Foundation
import Catalog

extension TitleKind: ExpressibleByArgument {}
extension TitleSort: ExpressibleByArgument {}
extension AIUseStatus: ExpressibleByArgument {}

/// Filters and order for title lists, shared by commands that list titles.
struct FilterOptions: ParsableArguments {
    @Option(name: .long, help: "movie or series.")
    var type: TitleKind?

    @Option(name: .long, help: ArgumentHelp("A genre the titles must have (repeat for several): a code like scifi-fantasy or a name like \"Sci-Fi & Fantasy\".", valueName: "genre"))
    var genre: [String] = []

    @Option(name: .long, help: ArgumentHelp("Release years: 1994, 1990-1999, 2015- or -1980.", valueName: "range"))
    var year: String?

    @Option(name: .long, help: ArgumentHelp("Minutes per sitting (a film's runtime, a series' episode): 90, 60-120, 0-30 or 150-.", valueName: "range"))
    var runtime: String?

    @Option(name: .long, help: ArgumentHelp("Highest maturity rating allowed, for example PG-13 or TV-Y7.", valueName: "code"))
    var maturity: String?

    @Option(name: .long, help: ArgumentHelp("A production country (repeat for any of several).", valueName: "name"))
    var country: [String] = []

    @Option(name: .long, help: ArgumentHelp("Generative-AI use: used, none or unknown (repeat for several).", valueName: "status"))
    var ai: [AIUseStatus] = []

    @Option(name: .long, help: "Order: relevance, title, year, runtime, rating or added.")
    var sort: TitleSort = .relevance

    func validate() throws {
        _ = try filter()
    }

    /// The filter these options describe. Countries are matched in any
    /// capitalisation when the filter runs (`TitleIndex`).
    func filter() throws -> TitleFilter {
        var filter = TitleFilter()
        if let type { filter.kinds = [type] }
        for name in genre {
            guard let match = Self.genre(named: name) else {
                throw ValidationError("unknown genre '\(name)'; genres are \(Genre.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            filter.genres.insert(match)
        }
        if let year { filter.years = try Self.range(year, option: "--year", bounds: 1870...2100) }
        if let runtime { filter.minutes = try Self.range(runtime, option: "--runtime", bounds: 0...TitleFilter.noUpperMinutes) }
        if let maturity {
            guard let code = Maturity.allCases.first(where: { $0.rawValue.lowercased() == maturity.lowercased() }) else {
                throw ValidationError("unknown maturity '\(maturity)'; codes are \(Maturity.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            filter.maturityCeiling = code
        }
        for name in country {
            filter.countries.insert(name)
        }
        filter.aiUse = Set(ai)
        return filter
    }

    static func genre(named name: String) -> Genre? {
        let key = name.lowercased()
        return Genre.allCases.first { $0.rawValue == key || $0.displayName.lowercased() == key }
    }

    /// "1990-1999", "1994", "2015-", "-1980".
    static func range(_ text: String, option: String, bounds: ClosedRange<Int>) throws -> ClosedRange<Int> {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        let low: Int?, high: Int?
        switch parts.count {
        case 1:
            low = Int(parts[0])
            high = low
        case 2:
            low = parts[0].isEmpty ? bounds.lowerBound : Int(parts[0])
            high = parts[1].isEmpty ? bounds.upperBound : Int(parts[1])
        default:
            low = nil
            high = nil
        }
        guard let low, let high, low <= high, bounds.contains(low), bounds.contains(high) else {
            throw ValidationError("\(option) takes a number or a range like 1990-1999, got '\(text)'")
        }
        return low...high
    }
}
