import Catalog
import Recommender

/// Filters, sort menu and mood correction: overlays with their own keys.
extension AppState {
    mutating func openFilters() {
        overlay = .filters(FilterFormState(filter: search.filter, countries: countryChoices))
    }

    mutating func handleFilterForm(_ key: Key, _ form: FilterFormState) -> [Effect] {
        guard let command = Keymap.lookup(key, in: Keymap.filterForm) else { return [] }
        var form = form
        switch command {
        case .forceQuit:
            isRunning = false
            return [.quit]
        case .cancel:
            overlay = nil
            return []
        case .apply:
            overlay = nil
            stack = [.home, .browse]
            search.filter = form.filter
            status = .info(form.filter.isEmpty ? "No filters" : "Filter: \(form.filter.summary)")
            return requery()
        case .nextField:
            form.field = form.field.cycled(by: 1)
        case .previousField:
            form.field = form.field.cycled(by: -1)
        case .previousValue:
            form.step(-1)
        case .nextValue:
            form.step(1)
        case .toggle:
            if form.field == .genres {
                let genre = Genre.allCases[form.genreCursor]
                if form.filter.genres.contains(genre) { form.filter.genres.remove(genre) } else { form.filter.genres.insert(genre) }
            } else {
                form.step(1)
            }
        case .clearAll:
            form.filter = TitleFilter()
        }
        overlay = .filters(form)
        return []
    }

    mutating func openSortMenu() {
        overlay = .sortMenu(selection: TitleSort.allCases.firstIndex(of: search.sort) ?? 0)
    }

    mutating func handleSortMenu(_ key: Key, selection: Int) -> [Effect] {
        guard let command = Keymap.lookup(key, in: Keymap.sortMenu) else { return [] }
        let count = TitleSort.allCases.count
        switch command {
        case .forceQuit:
            isRunning = false
            return [.quit]
        case .cancel:
            overlay = nil
        case .down:
            overlay = .sortMenu(selection: selection.cycled(by: 1, count: count))
        case .up:
            overlay = .sortMenu(selection: selection.cycled(by: -1, count: count))
        case .apply:
            overlay = nil
            stack = [.home, .browse]
            search.sort = TitleSort.allCases[selection]
            status = .info("Order: \(search.sort.displayName)")
            return requery()
        }
        return []
    }

    mutating func openCorrection() {
        guard let position = selectedPosition else { return }
        overlay = .correction(CorrectionState(
            id: library.titles[position].id, profile: library.profile(at: position, corrections: signals.corrections)))
    }

    mutating func handleCorrection(_ key: Key, _ correction: CorrectionState) -> [Effect] {
        guard let command = Keymap.lookup(key, in: Keymap.correction) else { return [] }
        var correction = correction
        let name = library.title(correction.id).map { SafeText.display($0.name) } ?? correction.id.rawValue
        let count = Tone.allCases.count
        switch command {
        case .forceQuit:
            isRunning = false
            return [.quit]
        case .cancel:
            overlay = nil
            return []
        case .down: correction.selected = correction.selected.cycled(by: 1, count: count)
        case .up: correction.selected = correction.selected.cycled(by: -1, count: count)
        case .less, .more:
            let tone = correction.selectedTone
            let step: Float = command == .more ? 0.1 : -0.1
            correction.tones[tone] = (min(max(correction.tones[tone] + step, 0), 1) * 10).rounded() / 10
        case .zero:
            correction.tones[correction.selectedTone] = 0
        case .reset:
            overlay = nil
            guard signals.corrections[correction.id] != nil else {
                status = .info("\(name) has no correction of yours")
                return []
            }
            signals.corrections[correction.id] = nil
            markRecommendationsStale()
            status = .info("Mood of \(name) is the catalog's again")
            return [.saveCorrection(correction.id, nil)]
        case .save:
            overlay = nil
            guard correction.tones != correction.original.tones || correction.original.source == .corrected else { return [] }
            signals.corrections[correction.id] = correction.tones
            markRecommendationsStale()
            status = .info("Saved your mood profile of \(name)")
            return [.saveCorrection(correction.id, correction.tones)]
        }
        overlay = .correction(correction)
        return []
    }
}
