import Catalog
import Recommender
import TestSupport
import Testing
@testable import ViewModel

@Suite struct NavigationTests {
    @Test func movesStayWithinTheList() {
        var driver = Driver()
        driver.press(.character("b"))
        let count = driver.state.browseItems.count
        driver.press(.character("k"))
        #expect(driver.state.browseList.selection == 0)
        driver.press(.character("j"), .down)
        #expect(driver.state.browseList.selection == 2)
        driver.press(.character("G"))
        #expect(driver.state.browseList.selection == count - 1)
        driver.press(.down)
        #expect(driver.state.browseList.selection == count - 1)
        driver.press(.home)
        #expect(driver.state.browseList.selection == 0)
    }

    @Test func pagingMovesByAScreenAndScrolls() {
        var driver = Driver(height: 12)
        driver.press(.character("b"))
        let page = Viewport.visibleItems(driver.state)
        driver.press(.pageDown)
        #expect(driver.state.browseList.selection == page)
        #expect(driver.state.browseList.offset == 1)
        driver.press(.control("u"))
        #expect(driver.state.browseList.selection == 0)
        driver.press(.control("d"), .control("d"))
        #expect(driver.state.browseList.selection == 2 * page)
    }

    @Test func enterOpensDetailAndEscGoesBack() {
        var driver = Driver()
        driver.press(.character("b"))
        let name = driver.selectedName!
        driver.press(.enter)
        guard case let .detail(context) = driver.state.screen else {
            Issue.record("expected the detail screen")
            return
        }
        #expect(driver.state.library.title(context.id)?.name == name)
        driver.press(.escape)
        #expect(driver.state.screen == .browse)
        driver.press(.escape)
        #expect(driver.state.stack == [.home])
    }

    @Test func panesSwitchWithHAndLWhenTheDetailPaneIsShown() {
        var driver = Driver(width: 100)
        driver.press(.character("b"), .character("l"))
        #expect(driver.state.browseFocus == .detail)
        driver.press(.character("j"))
        #expect(driver.state.browseList.selection == 0)
        driver.press(.backTab)
        #expect(driver.state.browseFocus == .list)
        var narrow = Driver(width: 60)
        narrow.press(.character("b"), .tab)
        #expect(narrow.state.browseFocus == .list)
    }

    @Test func screensByLetter() {
        var driver = Driver()
        driver.press(.character("W"))
        #expect(driver.state.screen == .watchlist)
        driver.press(.character("R"))
        #expect(driver.state.screen == .ratings)
        driver.press(.character("b"))
        #expect(driver.state.stack == [.home, .browse])
        driver.press(.escape)
        #expect(driver.state.stack == [.home])
    }

    @Test func resizeKeepsTheSelectionVisible() {
        var driver = Driver(height: 40)
        driver.press(.character("b"), .character("G"))
        driver.send(.resize(width: 50, height: 12))
        let list = driver.state.browseList
        #expect(list.selection >= list.offset && list.selection < list.offset + Viewport.visibleItems(driver.state))
    }
}

@Suite struct SearchTests {
    @Test func everyKeystrokeAsksForResults() {
        var driver = Driver()
        driver.press(.character("/"))
        #expect(driver.state.search.isEditing)
        let effects = driver.press(.character("s"), .character("t"))
        #expect(effects == [.query(TitleQuery(text: "s")), .query(TitleQuery(text: "st"))])
        driver.type("ranger")
        #expect(driver.state.browseItems.map { driver.state.library.titles[$0].name } == ["Stranger Things"])
    }

    @Test func lettersAreTextWhileTyping() {
        var driver = Driver()
        driver.press(.character("/"))
        driver.type("q5xm")
        #expect(driver.state.search.query == "q5xm")
        #expect(driver.state.isRunning)
        #expect(driver.state.signals.ratings.isEmpty)
        #expect(driver.state.overlay == nil)
    }

    @Test func staleAnswersAreIgnored() {
        var driver = Driver()
        driver.press(.character("/"))
        _ = driver.state.reduce(.key(.character("a")))
        _ = driver.state.reduce(.key(.character("b")))
        _ = driver.state.reduce(.queryResults(TitleQuery(text: "a"), positions: [0, 1, 2]))
        #expect(driver.state.search.results == nil)
        _ = driver.state.reduce(.queryResults(TitleQuery(text: "ab"), positions: [3]))
        #expect(driver.state.search.results == [3])
    }

    @Test func enterAcceptsAndEscClears() {
        var driver = Driver()
        driver.press(.character("/"))
        driver.type("the")
        driver.press(.down, .enter)
        #expect(!driver.state.search.isEditing)
        #expect(driver.state.browseList.selection == 0)
        #expect(driver.state.browseItems.count < driver.state.browseOrder.count)
        driver.press(.escape)
        #expect(driver.state.search.results == nil)
        #expect(driver.state.browseItems.count == driver.state.browseOrder.count)
    }

    @Test func escWhileTypingRestoresThePreviousSearch() {
        var driver = Driver()
        driver.press(.character("/"))
        driver.type("the")
        driver.press(.enter, .character("/"))
        driver.type("x")
        driver.press(.escape)
        #expect(driver.state.search.query == "the")
        #expect(!driver.state.search.isEditing)
    }

    @Test func backspaceToEmptyShowsEverything() {
        var driver = Driver()
        driver.press(.character("/"))
        driver.type("ok")
        driver.press(.backspace, .backspace, .backspace)
        #expect(driver.state.search.query.isEmpty)
        #expect(driver.state.search.results == nil)
    }
}

@Suite struct RatingAndUndoTests {
    @Test func numberKeysRateTheSelectedTitleAndSave() {
        var driver = Driver()
        let id = driver.state.selectedTitle!.id
        let effects = driver.press(.character("4"))
        #expect(effects == [.saveRating(id, Rating(stars: 4))])
        #expect(driver.state.signals.ratings[id] == Rating(stars: 4))
        #expect(driver.state.status?.text.contains("★★★★☆") == true)
        #expect(driver.press(.character("0")) == [.saveRating(id, nil)])
        #expect(driver.state.signals.ratings[id] == nil)
    }

    @Test func sameRatingTwiceDoesNothing() {
        var driver = Driver()
        driver.press(.character("3"))
        #expect(driver.press(.character("3")).isEmpty)
        #expect(driver.state.undoStack.count == 1)
    }

    @Test func undoRestoresThePreviousRating() {
        var driver = Driver(signals: UserSignals(ratings: ["stranger-things-2016": Rating(stars: 2)!]))
        driver.press(.character("/"))
        driver.type("stranger")
        driver.press(.enter, .enter)
        driver.press(.character("5"))
        let effects = driver.press(.character("u"))
        #expect(effects == [.saveRating("stranger-things-2016", Rating(stars: 2))])
        #expect(driver.state.signals.ratings["stranger-things-2016"] == Rating(stars: 2))
        driver.press(.character("u"))
        #expect(driver.state.status?.text == "Nothing to undo")
    }

    @Test func watchlistTogglesAndUndoes() {
        var driver = Driver()
        let id = driver.state.selectedTitle!.id
        #expect(driver.press(.character("a")) == [.saveWatchlist(id, true)])
        #expect(driver.state.signals.watchlist.contains(id))
        #expect(driver.press(.character("u")) == [.saveWatchlist(id, false)])
        #expect(!driver.state.signals.watchlist.contains(id))
    }

    @Test func notForMeRemovesASuggestionAndUndoPutsItBack() {
        var driver = Driver()
        driver.press(.character("s"))
        let before = driver.state.suggestions.items.map(\.id)
        driver.press(.down)
        let effects = driver.press(.character("x"))
        #expect(effects == [.saveHidden(before[1], true)])
        #expect(driver.state.suggestions.items.map(\.id) == Array(before[0..<1] + before[2...]))
        driver.press(.character("u"))
        #expect(driver.state.suggestions.items.map(\.id) == before)
        #expect(driver.state.suggestions.list.selection == 1)
        #expect(!driver.state.signals.hidden.contains(before[1]))
    }

    /// Each undo message names the state it restored, not the change it reverted.
    @Test func undoMessagesDescribeTheRestoredState() {
        var driver = Driver()
        driver.press(.character("b"))
        let id = driver.state.selectedTitle!.id
        let name = driver.selectedName!
        // x hides, x unhides, u restores "hidden".
        driver.press(.character("x"), .character("x"))
        driver.press(.character("u"))
        #expect(driver.state.signals.hidden.contains(id))
        #expect(driver.state.status?.text == "Undone: \(name) is hidden from suggestions again")
        driver.press(.character("u"))
        #expect(!driver.state.signals.hidden.contains(id))
        #expect(driver.state.status?.text == "Undone: \(name) may be suggested again")
        // a adds, u restores "off the watchlist"; a a u restores "on".
        driver.press(.character("a"), .character("u"))
        #expect(driver.state.status?.text == "Undone: \(name) is off your watchlist again")
        driver.press(.character("a"), .character("a"), .character("u"))
        #expect(driver.state.signals.watchlist.contains(id))
        #expect(driver.state.status?.text == "Undone: \(name) is on your watchlist again")
    }

    @Test func undoHistoryIsBounded() {
        var driver = Driver()
        for index in 0..<150 { driver.press(.character(index.isMultiple(of: 2) ? "1" : "2")) }
        #expect(driver.state.undoStack.count == AppState.undoLimit)
    }
}

@Suite struct MoodAndSuggestionTests {
    @Test func pickerChoosesAMoodAndShowsSuggestions() {
        var driver = Driver(mood: MoodSetting(mood: NamedMood.cheerful.mood))
        driver.press(.character("m"))
        guard case .moodPicker = driver.state.overlay else {
            Issue.record("mood picker not open")
            return
        }
        // cheerful → cozy → romantic → adventurous → tense
        driver.press(.down, .down, .down, .down)
        driver.press(.tab, .tab)  // map, strategy
        driver.press(.character("l"))  // lift
        driver.press(.tab, .right, .right, .right, .right, .right)  // time: 120
        driver.press(.tab, .right)  // partner
        let effects = driver.press(.enter)
        let expected = MoodSetting(mood: NamedMood.tense.mood, strategy: .lift, minutesAvailable: 120, audience: .partner)
        #expect(effects == [.saveMood(expected)])
        #expect(driver.state.moodSetting == expected)
        #expect(driver.state.overlay == nil)
        #expect(driver.state.screen == .suggestions)
        #expect(!driver.state.suggestions.items.isEmpty)
        #expect(driver.state.suggestions.items.allSatisfy { !$0.reason.isEmpty })
    }

    @Test func mapCursorMakesACustomMood() {
        var driver = Driver(mood: MoodSetting(mood: NamedMood.cozy.mood))
        driver.press(.character("m"), .tab, .left, .up)
        guard case let .moodPicker(picker) = driver.state.overlay else {
            Issue.record("mood picker not open")
            return
        }
        #expect(picker.namedIndex == nil)
        #expect(picker.mood.name == "custom")
        #expect(abs(picker.point.valence - 0.55) < 0.051 && abs(picker.point.energy - -0.4) < 0.051)
    }

    @Test func escCancelsThePickerWithoutChanges() {
        var driver = Driver(mood: MoodSetting(mood: NamedMood.cozy.mood))
        driver.press(.character("m"), .down, .down)
        #expect(driver.press(.escape).isEmpty)
        #expect(driver.state.moodSetting.mood.name == "cozy")
    }

    @Test func diversityDialIsClampedAndRefreshes() {
        var driver = Driver()
        driver.press(.character("s"))
        for _ in 0..<15 { driver.press(.character("]")) }
        #expect(driver.state.suggestions.diversity == 1)
        for _ in 0..<15 { driver.press(.character("[")) }
        #expect(driver.state.suggestions.diversity == 0)
        #expect(driver.state.status?.text.hasPrefix("Diversity") == true)
    }

    @Test func surpriseOpensAFittingTitleWithItsReason() {
        var driver = Driver()
        driver.press(.character("!"))
        guard case let .detail(context) = driver.state.screen else {
            Issue.record("surprise did not open a detail")
            return
        }
        #expect(context.reason?.hasPrefix("surprise · unlike this mood's usual picks") == true, "\(context.reason ?? "")")
    }

    @Test func ratingAfterSuggestionsMarksThemStale() {
        var driver = Driver()
        driver.press(.character("s"))
        #expect(!driver.state.suggestions.isStale)
        driver.press(.character("5"))
        #expect(driver.state.suggestions.isStale)
    }
}

@Suite struct OverlayAndQuitTests {
    @Test func qClosesAnOverlayBeforeQuitting() {
        var driver = Driver()
        driver.press(.character("?"))
        #expect(driver.state.overlay != nil)
        driver.press(.character("q"))
        #expect(driver.state.overlay == nil)
        #expect(driver.state.isRunning)
        #expect(driver.press(.character("q")) == [.quit])
        #expect(!driver.state.isRunning)
    }

    @Test(arguments: [[Key](), [.character("/")], [.character("m")], [.character("?")], [.character("s"), .enter]])
    func ctrlCQuitsFromAnywhere(prefix: [Key]) {
        var driver = Driver()
        driver.press(prefix)
        #expect(driver.press(.control("c")) == [.quit])
        #expect(!driver.state.isRunning)
    }

    @Test func helpScrollsWithinItsLines() {
        var driver = Driver(height: 12)
        driver.press(.character("?"))
        for _ in 0..<200 { driver.press(.character("j")) }
        #expect(driver.state.overlay == .help(scroll: HelpDocument.maxScroll(height: 12, lines: driver.state.helpLines)))
        for _ in 0..<30 { driver.press(.pageUp) }
        #expect(driver.state.overlay == .help(scroll: 0))
    }
}

@Suite struct FilterSortAndCorrectionTests {
    @Test func filtersApplyAndClear() {
        var driver = Driver()
        driver.press(.character("f"))
        guard case .filters = driver.state.overlay else {
            Issue.record("filters did not open")
            return
        }
        driver.press(.character("l"))  // films
        driver.press(.down, .down, .character("l"), .character("l"))  // released: 2010s
        let effects = driver.press(.enter)
        var expected = TitleFilter()
        expected.kinds = [.movie]
        expected.years = 2010...2019
        #expect(effects == [.query(TitleQuery(filter: expected))])
        #expect(driver.state.overlay == nil)
        let names = driver.state.browseItems.map { driver.state.library.titles[$0] }
        #expect(!names.isEmpty && names.allSatisfy { $0.kind == .movie && (2010...2019).contains($0.year) })
        driver.press(.character("F"))
        #expect(driver.state.search.filter.isEmpty)
        #expect(driver.state.browseItems.count == driver.state.browseOrder.count)
    }

    @Test func genresAreToggledWithSpace() {
        var driver = Driver()
        driver.press(.character("f"), .down)
        let horror = Genre.allCases.firstIndex(of: .horror)!
        for _ in 0..<horror { driver.press(.character("l")) }
        driver.press(.character(" "), .enter)
        #expect(driver.state.search.filter.genres == [.horror])
        #expect(driver.state.browseItems.allSatisfy { driver.state.library.titles[$0].genres.contains(.horror) })
    }

    @Test func escClearsWordsBeforeFilters() {
        var driver = Driver()
        driver.press(.character("f"), .character("l"), .enter, .character("/"))
        driver.type("the")
        driver.press(.enter, .escape)
        #expect(driver.state.search.query.isEmpty)
        #expect(driver.state.search.filter.kinds == [.movie])
        driver.press(.escape)
        #expect(driver.state.search.filter.isEmpty)
    }

    @Test func sortMenuChangesTheOrder() {
        var driver = Driver()
        driver.press(.character("o"), .down, .enter)
        #expect(driver.state.search.sort == .title)
        let names = driver.state.browseItems.map { TextFolding.foldedNameWithoutArticle(driver.state.library.titles[$0].name) }
        #expect(names == names.sorted())
        driver.press(.character("o"), .escape)
        #expect(driver.state.search.sort == .title)
    }

    @Test func correctionSavesAndWinsThenResets() {
        var driver = Driver()
        driver.press(.character("/"))
        driver.type("office")
        driver.press(.enter, .character("c"))
        guard case let .correction(correction) = driver.state.overlay else {
            Issue.record("correction did not open")
            return
        }
        #expect(correction.original.source == .curated)
        // Down to "sad" and raise it twice.
        for _ in 0..<Tone.sad.rawValue { driver.press(.down) }
        driver.press(.character("l"), .character("l"))
        let effects = driver.press(.enter)
        guard case let .saveCorrection(id, tones?)? = effects.first else {
            Issue.record("no save: \(effects)")
            return
        }
        #expect(id == "the-office-2005")
        #expect(abs(tones[.sad] - 0.2) < 0.001)
        let position = driver.state.library.position(of: id)!
        let profile = driver.state.library.profile(at: position, corrections: driver.state.signals.corrections)
        #expect(profile.source == .corrected)
        #expect(driver.state.detailPaneLines.contains { $0.text == "corrected by you" })
        driver.press(.character("c"), .character("r"))
        #expect(driver.effects.last == .saveCorrection(id, nil))
        #expect(driver.state.signals.corrections.isEmpty)
    }
}
