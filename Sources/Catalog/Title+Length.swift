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
        let genres = Set(self.genres)
        if !genres.isDisjoint(with: [.kidsFamily, .anime, .standUp]) { return 25 }
        if genres.contains(.comedy) && genres.isDisjoint(with: [.drama, .crime, .thriller]) { return 25 }
        if !genres.isDisjoint(with: [.drama, .crime, .thriller, .horror, .mystery, .sciFiFantasy, .actionAdventure]) { return 50 }
        return 45
    }
}

extension Title {
    /// "Name (year)", as lists and messages name a title; a name that already
    /// ends in its year ("Nature's Great Events (2009)") is not given it twice.
    public var nameAndYear: String {
        name.hasSuffix("(\(year))") ? name : "\(name) (\(year))"
    }
}
