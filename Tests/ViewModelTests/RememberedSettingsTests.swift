import Catalog
import Recommender
import TestSupport
import Testing
@testable import ViewModel

/// What the person set last time comes back: the diversity dial like the mood.
@Suite struct RememberedSettingsTests {
    @Test func theDialStartsWhereItWasLeft() {
        let state = AppState(library: Fixtures.library, moodSetting: MoodSetting(mood: NamedMood.tense.mood), diversity: 0.7)
        #expect(state.suggestions.diversity == 0.7)
        #expect(state.suggestionRequest.diversity == 0.7)
    }

    @Test func movingTheDialAsksToSaveIt() {
        var driver = Driver()
        driver.press(.character("s"))
        #expect(driver.press(.character("]")) == [.saveDiversity(0.4)])
        #expect(driver.press(.character("["), .character("[")) == [.saveDiversity(0.3), .saveDiversity(0.2)])
        // At the end of the dial nothing changes and nothing is saved.
        for _ in 0..<5 { driver.press(.character("[")) }
        #expect(driver.press(.character("[")).isEmpty)
    }
}

/// "With family" — grown-ups with children — is a choice of its own in the
/// picker, and ranks as safely as "with kids".
@Suite struct FamilyAudienceTests {
    @Test func thePickerOffersFamilyBetweenFriendsAndKids() {
        var driver = Driver(mood: MoodSetting(mood: NamedMood.cozy.mood, audience: .friends))
        driver.press(.character("m"), .tab, .tab, .tab, .tab)  // map, strategy, time, watching
        driver.press(.right)
        let effects = driver.press(.enter)
        #expect(effects == [.saveMood(MoodSetting(mood: NamedMood.cozy.mood, audience: .family))])
        #expect(driver.state.status?.text == "Mood: Cozy · match · any length · with family")
        driver.press(.character("m"), .tab, .tab, .tab, .tab, .right)
        guard case let .moodPicker(picker) = driver.state.overlay else {
            Issue.record("mood picker not open")
            return
        }
        #expect(picker.audience == .kids)
    }

    /// Family evenings get the kids' rules: the same list, every title kid-safe.
    @Test func familySuggestionsAreTheKidsSuggestions() {
        let recommender = Recommender(library: Fixtures.library)
        for mood in [NamedMood.cozy, .cheerful, .tense, .scared] {
            let family = recommender.suggest(.init(setting: MoodSetting(mood: mood.mood, audience: .family)), signals: UserSignals())
            let kids = recommender.suggest(.init(setting: MoodSetting(mood: mood.mood, audience: .kids)), signals: UserSignals())
            let alone = recommender.suggest(.init(setting: MoodSetting(mood: mood.mood)), signals: UserSignals())
            #expect(family.map(\.id) == kids.map(\.id), "\(mood)")
            #expect(family.allSatisfy { Fixtures.library.titles[$0.position].maturity.isKidSafe }, "\(mood)")
            #expect(alone.contains { !Fixtures.library.titles[$0.position].maturity.isKidSafe }, "\(mood): the fixture has grown-up titles")
        }
    }
}
