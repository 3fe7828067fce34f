extension Title {
    /// Minutes one sitting takes: a film's runtime, or a series' typical
    /// episode length estimated from its genres (catalogs do not record it).
    public var sittingMinutes: Int? {
        switch kind {
        case .movie: runtimeMinutes
        case .series: estimatedEpisodeMinutes
        }
    }

    /// 25 minutes for kids, anime, stand-up and plain comedy; 50 for drama,
    /// crime, thrillers, horror, mystery, sci-fi and action; 45 otherwise.
    public var estimatedEpisodeMinutes: Int {
        // Masks, not sets: the title index asks this of every series at launch.
        let genres = Genre.mask(self.genres)
        if genres & Self.shortGenres != 0 { return 25 }
        if genres & Genre.comedy.bit != 0 && genres & Self.seriousGenres == 0 { return 25 }
        if genres & Self.longGenres != 0 { return 50 }
        return 45
    }

    private static let shortGenres = Genre.mask([.kidsFamily, .anime, .standUp])
    private static let seriousGenres = Genre.mask([.drama, .crime, .thriller])
    private static let longGenres = Genre.mask([.drama, .crime, .thriller, .horror, .mystery, .sciFiFantasy, .actionAdventure])
}

extension Title {
    /// "Name (year)", as lists and messages name a title; a name that already
    /// ends in its year ("Nature's Great Events (2009)") is not given it twice.
    public var nameAndYear: String {
        name.hasSuffix("(\(year))") ? name : "\(name) (\(year))"
    }
}
