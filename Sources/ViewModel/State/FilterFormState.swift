import Catalog

/// The filter form overlay: one row per filter, each with a few choices.
public struct FilterFormState: Hashable, Sendable {
    public enum Field: Int, CaseIterable, Sendable {
        case type, genres, years, minutes, maturity, country, aiUse

        public var label: String {
            switch self {
            case .type: "Type"
            case .genres: "Genres"
            case .years: "Released"
            case .minutes: "Length"
            case .maturity: "Maturity"
            case .country: "Country"
            case .aiUse: "AI use"
            }
        }
    }

    public struct Choice<Value: Hashable & Sendable>: Hashable, Sendable {
        public var label: String
        public var value: Value
    }

    public static let typeChoices: [Choice<TitleKind?>] = [
        Choice(label: "any", value: nil), Choice(label: "films", value: .movie), Choice(label: "series", value: .series),
    ]
    public static let yearChoices: [Choice<ClosedRange<Int>?>] = [
        Choice(label: "any year", value: nil), Choice(label: "2020s", value: 2020...2029),
        Choice(label: "2010s", value: 2010...2019), Choice(label: "2000s", value: 2000...2009),
        Choice(label: "1990s", value: 1990...1999), Choice(label: "1980s", value: 1980...1989),
        Choice(label: "before 1980", value: 1870...1979),
    ]
    public static let minuteChoices: [Choice<ClosedRange<Int>?>] = [
        Choice(label: "any length", value: nil), Choice(label: "up to 30 min", value: 0...30),
        Choice(label: "31–60 min", value: 31...60), Choice(label: "61–90 min", value: 61...90),
        Choice(label: "91–120 min", value: 91...120), Choice(label: "121–150 min", value: 121...150),
        Choice(label: "over 150 min", value: 151...TitleFilter.noUpperMinutes),
    ]
    public static let maturityChoices: [Choice<Maturity?>] = [
        Choice(label: "any", value: nil), Choice(label: "young kids (up to TV-Y7)", value: .tvY7),
        Choice(label: "family (up to PG / TV-PG)", value: .pg), Choice(label: "teens (up to PG-13 / TV-14)", value: .tv14),
        Choice(label: "adults (up to R / TV-MA)", value: .tvMA),
    ]
    public static let aiChoices: [Choice<AIUseStatus?>] = [
        Choice(label: "any", value: nil), Choice(label: "reported used", value: .used),
        Choice(label: "makers say none", value: AIUseStatus.none), Choice(label: "unknown", value: .unknown),
    ]

    public var field: Field = .type
    public var filter: TitleFilter
    /// The genre under the cursor in the genres row.
    public var genreCursor = 0
    /// Countries offered, most titles first.
    public var countries: [String]

    public init(filter: TitleFilter, countries: [String]) {
        self.filter = filter
        self.countries = countries
    }

    /// The label of the current choice of a row.
    public func valueLabel(_ field: Field) -> String {
        switch field {
        case .type: Self.label(Self.typeChoices, filter.kinds.count == 1 ? filter.kinds.first : nil)
        case .genres: filter.genres.isEmpty ? "any" : filter.genres.sorted().map(\.displayName).joined(separator: " + ")
        case .years: Self.label(Self.yearChoices, filter.years)
        case .minutes: Self.label(Self.minuteChoices, filter.minutes)
        case .maturity: Self.label(Self.maturityChoices, filter.maturityCeiling)
        case .country: filter.countries.isEmpty ? "any" : filter.countries.sorted().joined(separator: " or ")
        case .aiUse: Self.label(Self.aiChoices, filter.aiUse.count == 1 ? filter.aiUse.first : nil)
        }
    }

    static func label<Value>(_ choices: [Choice<Value?>], _ value: Value?) -> String {
        choices.first { $0.value == value }?.label ?? "custom"
    }

    /// Moves the row's value one choice along (wrapping round).
    mutating func step(_ delta: Int) {
        func next<Value>(_ choices: [Choice<Value>], after current: Value) -> Value {
            choices[(choices.firstIndex { $0.value == current } ?? 0).cycled(by: delta, count: choices.count)].value
        }
        switch field {
        case .type:
            let kind = next(Self.typeChoices, after: filter.kinds.count == 1 ? filter.kinds.first : nil)
            filter.kinds = kind.map { [$0] } ?? []
        case .genres:
            genreCursor = genreCursor.cycled(by: delta, count: Genre.allCases.count)
        case .years: filter.years = next(Self.yearChoices, after: filter.years)
        case .minutes: filter.minutes = next(Self.minuteChoices, after: filter.minutes)
        case .maturity: filter.maturityCeiling = next(Self.maturityChoices, after: filter.maturityCeiling)
        case .country:
            let options: [String?] = [nil] + countries.map { Optional($0) }
            let current = filter.countries.count == 1 ? filter.countries.first : nil
            filter.countries = options.element(delta, from: current).map { [$0] } ?? []
        case .aiUse:
            let status = next(Self.aiChoices, after: filter.aiUse.count == 1 ? filter.aiUse.first : nil)
            filter.aiUse = status.map { [$0] } ?? []
        }
    }
}
