/// One film or series of the catalog: facts only.
public struct Title: Hashable, Sendable, Identifiable {
    public var id: TitleID
    public var kind: TitleKind
    public var name: String
    public var year: Int
    /// A film's running time in minutes.
    public var runtimeMinutes: Int?
    /// A series' number of seasons.
    public var seasons: Int?
    public var maturity: Maturity
    public var genres: [Genre]
    public var countries: [String]
    public var directors: [String]
    public var cast: [String]
    public var dateAdded: CalendarDate?
    /// Where the record came from, for example `netflix:s123`; lets the
    /// generator keep ids stable when it is run again on a newer source.
    public var source: String
    /// Generative-AI use in the making, where publicly known.
    public var aiUse: AIUse

    public init(
        id: TitleID, kind: TitleKind, name: String, year: Int,
        runtimeMinutes: Int? = nil, seasons: Int? = nil, maturity: Maturity = .notRated,
        genres: [Genre] = [], countries: [String] = [], directors: [String] = [], cast: [String] = [],
        dateAdded: CalendarDate? = nil, source: String = "", aiUse: AIUse = .unknown
    ) {
        self.id = id
        self.kind = kind
        self.name = name
        self.year = year
        self.runtimeMinutes = runtimeMinutes
        self.seasons = seasons
        self.maturity = maturity
        self.genres = genres
        self.countries = countries
        self.directors = directors
        self.cast = cast
        self.dateAdded = dateAdded
        self.source = source
        self.aiUse = aiUse
    }

    /// "98 min" for a film, "3 seasons" for a series.
    public var lengthDescription: String {
        switch kind {
        case .movie:
            return runtimeMinutes.map { "\($0) min" } ?? "length unknown"
        case .series:
            guard let seasons else { return "seasons unknown" }
            return seasons == 1 ? "1 season" : "\(seasons) seasons"
        }
    }
}
