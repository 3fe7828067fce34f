@testable import Catalog
import Testing

@Suite struct SafeTextTests {
    @Test func escapeSequencesBecomeVisibleSymbols() {
        let hostile = "Evil\u{1B}[31mRed\u{07}"
        let shown = SafeText.display(hostile)
        #expect(!shown.unicodeScalars.contains { $0.value < 0x20 })
        #expect(shown == "Evil␛[31mRed␇")
    }

    @Test func whitespaceControlsBecomeSpaces() {
        #expect(SafeText.display("a\tb\nc\rd") == "a b c d")
    }

    @Test func c1AndDeleteAreReplaced() {
        #expect(SafeText.display("a\u{7F}b\u{9B}c") == "a␡b\u{FFFD}c")
    }

    @Test func bidiOverridesAreDropped() {
        #expect(SafeText.display("ab\u{202E}cd") == "abcd")
    }

    @Test func cleanTextIsUntouched() {
        let text = "Amélie · 千と千尋の神隠し"
        #expect(SafeText.display(text) == text)
        #expect(SafeText.isClean(text))
        #expect(!SafeText.isClean("x\u{1B}"))
    }

    @Test func collapsingWhitespace() {
        #expect(SafeText.collapsingWhitespace("  The Memphis Belle:\r\n A Story ") == "The Memphis Belle: A Story")
        #expect(SafeText.collapsingWhitespace("Legend\u{A0}of\u{A0}Exorcism") == "Legend of Exorcism")
    }

    @Test func linesKeepTheirBreaksAndLoseTheirEscapes() {
        #expect(SafeText.displayLines("Usage: x\n  y") == "Usage: x\n  y")
        #expect(SafeText.displayLines("got '\u{1B}]0;t\u{07}'\nnext\u{9B}") == "got '␛]0;t␇'\nnext\u{FFFD}")
    }

    @Test func jsonTextEscapesC1DelAndBidiOnly() {
        #expect(SafeText.escapingJSON("{\"a\":\"x\u{9B}y\u{202E}z\u{2069}\u{7F}é\"}") == #"{"a":"x\u009by\u202ez\u2069\u007fé"}"#)
        #expect(SafeText.escapingJSON(#"{"a":"plain ☆"}"#) == #"{"a":"plain ☆"}"#)
    }
}

@Suite struct TextFoldingTests {
    @Test func foldsCaseAndAccents() {
        #expect(TextFolding.fold("Amélie") == "amelie")
        #expect(TextFolding.fold("POKÉMON") == "pokemon")
    }

    @Test func sortKeyIgnoresLeadingArticles() {
        #expect(TextFolding.sortKey("The Matrix") == "matrix")
        #expect(TextFolding.sortKey("A Quiet Place") == "quiet place")
        #expect(TextFolding.sortKey("The") == "the")
        #expect(TextFolding.sortKey("Theory") == "theory")
    }

    /// The ASCII shortcut must fold exactly as Foundation does.
    @Test func asciiFoldingMatchesFoundationFolding() {
        func slow(_ text: String) -> String {
            TextFolding.fold(TextFolding.typingHabitsEvened(text))
                .split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: " ")
        }
        var generator = SplitMix64(seed: 11)
        let alphabet = Array("aZ09 -:'!.,&_()\t\u{7f}\u{1b}Qz")
        for _ in 0..<2_000 {
            let length = Int(generator.next() % 24)
            let text = String((0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
            #expect(TextFolding.asciiFoldedName(TextFolding.typingHabitsEvened(text)) == slow(text), "\(text.debugDescription)")
            #expect(TextFolding.foldedName(text) == slow(text))
        }
        #expect(TextFolding.asciiFoldedName("Amélie") == nil)
        #expect(TextFolding.foldedName("  The OFFICE (U.S.) ") == "the office us")
    }

    @Test func wordsSplitOnPunctuation() {
        #expect(TextFolding.words("Spider-Man: Far From Home") == ["spider", "man", "far", "from", "home"])
        #expect(TextFolding.words("9-1-1") == ["9", "1", "1"])
    }
}

@Suite struct DisplayWidthTests {
    @Test func widths() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("千と千尋") == 8)
        #expect(DisplayWidth.of("반드시") == 6)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("🎬") == 2)
        #expect(DisplayWidth.of("★½") == 2)
        #expect(DisplayWidth.of("\u{200B}") == 0)
    }

    @Test func wrappingRespectsWidth() {
        let lines = TextWrap.lines("Winona Ryder, David Harbour, Millie Bobby Brown", width: 16)
        #expect(lines == ["Winona Ryder,", "David Harbour,", "Millie Bobby", "Brown"])
        for line in TextWrap.lines("千と千尋の神隠し 千と千尋の神隠し", width: 7) {
            #expect(DisplayWidth.of(line) <= 7)
        }
        #expect(TextWrap.lines("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
    }
}

@Suite struct MoodModelTests {
    @Test func namedMoodsByName() {
        #expect(Mood.named("Tense")?.name == "tense")
        #expect(Mood.named("nope") == nil)
        #expect(NamedMood.allCases.count == 12)
    }

    @Test func everyNamedMoodWantsSomethingAndSitsOnTheMap() {
        for mood in NamedMood.allCases {
            #expect(mood.preferences.values.contains { $0 > 0 }, "\(mood)")
            #expect(abs(mood.point.valence) <= 1 && abs(mood.point.energy) <= 1)
        }
    }

    @Test func customMoodWantsNearbyTones() {
        let scaredCorner = Mood.custom(at: MoodPoint(valence: -0.8, energy: 0.8))
        #expect(scaredCorner.preferences[.scary] > 0.5)
        #expect(scaredCorner.preferences[.light] < 0)
        #expect(scaredCorner.name == "custom")
        #expect(!scaredCorner.isNamed)
    }

    @Test func pointsAreClamped() {
        let point = MoodPoint(valence: 3, energy: -2)
        #expect(point.valence == 1 && point.energy == -1)
        #expect(abs(MoodPoint(valence: 0, energy: 0).distance(to: MoodPoint(valence: 1, energy: 0)) - 1) < 0.0001)
    }

    @Test func durations() {
        #expect(DurationText.minutes(45) == "45 min")
        #expect(DurationText.minutes(120) == "2 h")
        #expect(DurationText.minutes(150) == "2 h 30")
        #expect(DurationText.available(nil) == "any length")
        #expect(MoodSetting(mood: NamedMood.tense.mood, minutesAvailable: 120).summary == "Tense · match · 2 h · alone")
    }
}

@Suite struct ToneTests {
    @Test func codesRoundTrip() {
        for tone in Tone.allCases {
            #expect(Tone(code: tone.code) == tone)
            #expect(tone.description == tone.code)
        }
        #expect(Tone.thoughtProvoking.code == "thought-provoking")
    }
}

@Suite struct TypingHabitTests {
    @Test func apostrophesJoinAndAmpersandsAreAnd() {
        #expect(TextFolding.words("The Queen's Gambit") == ["the", "queens", "gambit"])
        #expect(TextFolding.words("Grey’s Anatomy") == ["greys", "anatomy"])
        #expect(TextFolding.words("Love, Death & Robots") == ["love", "death", "and", "robots"])
        #expect(TextFolding.words("Love+Death") == ["love", "and", "death"])
    }

    @Test func dottedInitialsAreOneWord() {
        #expect(TextFolding.foldedName("The Office (U.S.)") == "the office us")
        #expect(TextFolding.foldedName("S.W.A.T.: Under Siege") == "swat under siege")
        #expect(TextFolding.foldedName("office u.s") == "office us")
        // A lone initial or an abbreviation stays as it was.
        #expect(TextFolding.foldedName("J. Edgar") == "j edgar")
        #expect(TextFolding.foldedName("Dr. No") == "dr no")
        #expect(TextFolding.foldedName("9.5 Weeks") == "9 5 weeks")
    }

    @Test func numbersAreWrittenOneWayForSearch() {
        #expect(TextFolding.searchWords("Da Five Bloods") == ["da", "5", "bloods"])
        #expect(TextFolding.searchWords("Rocky II") == ["rocky", "2"])
        #expect(TextFolding.searchWords("The Thirteenth Floor") == ["the", "13th", "floor"])
        #expect(TextFolding.searchWords("Second Chance") == ["2nd", "chance"])
        #expect(TextFolding.searchWords("Twenty-First") == ["20", "1st"])
        // A lone I, V or X is a letter, not a number.
        #expect(TextFolding.searchWords("Malcolm X") == ["malcolm", "x"])
        #expect(TextFolding.searchWords("I Am Mother") == ["i", "am", "mother"])
    }
}

@Suite struct NicknameTests {
    @Test func initialsOfTheWholeNameAndOfEachPart() {
        #expect(Nicknames.initials(of: "Orange Is the New Black") == ["oitnb"])
        #expect(Nicknames.initials(of: "Avatar: The Last Airbender") == ["atla", "tla"])
        #expect(Nicknames.initials(of: "The Lord of the Rings: The Two Towers").contains("lotr"))
        #expect(Nicknames.initials(of: "The Great British Baking Show") == ["tgbbs", "gbbs"])
        // Two words give too short a nickname to be told apart.
        #expect(Nicknames.initials(of: "Peaky Blinders").isEmpty)
    }

    @Test func aliasesKeepTheirSearchFormAndSkipInitials() {
        let forms = Nicknames.searchForms(name: "Orange Is the New Black", aliases: ["OITNB", "Litchfield Two"])
        #expect(forms.initials == ["oitnb"])
        #expect(forms.aliases == ["litchfield 2"])
        #expect(Nicknames.column(name: "Orange Is the New Black", aliases: ["Litchfield"]) == "oitnb|=litchfield")
    }
}

@Suite struct LatinFoldingTests {
    @Test func lettersWithoutAnAccentToDropAreSpelledInASCII() {
        #expect(TextFolding.fold("Æon") == "aeon")
        #expect(TextFolding.foldedName("Sträßer") == "strasser")
        #expect(TextFolding.foldedName("Pilou Asbæk") == "pilou asbaek")
        #expect(TextFolding.foldedName("Jon Øigarden") == "jon oigarden")
        #expect(TextFolding.foldedName("Łódź") == "lodz")
        #expect(TextFolding.foldedName("Þór") == "thor")
        // Nothing else changes: accents go, other scripts stay.
        #expect(TextFolding.foldedName("Amélie") == "amelie")
        #expect(TextFolding.foldedName("千と千尋") == "千と千尋")
    }
}

@Suite struct TopicWordsTests {
    @Test func topicsAreFoundWithTheirSynonymsInTextOrder() {
        let text = "In a Joseon-era village, the undead rise while a gifted girl with a talent for chess plots a heist."
        #expect(TopicWords.topics(in: text) == ["period", "small town", "zombie", "prodigy", "chess", "heist"])
        // Only lexicon words are kept, never the sentence.
        #expect(TopicWords.topics(in: "Zorblax counts pebbles.").isEmpty)
    }

    @Test func theLexiconIsWellFormed() {
        var owner: [[String]: String] = [:]
        for entry in TopicWords.entries {
            #expect(TopicWords.topics(in: entry.topic) == [entry.topic], "\(entry.topic)")
            for form in [entry.topic] + entry.forms {
                let words = DescriptionCues.tokens(form)
                #expect(!words.isEmpty, "\(form)")
                #expect(owner[words] == nil || owner[words] == entry.topic,
                        "'\(form)' belongs to both '\(owner[words] ?? "")' and '\(entry.topic)'")
                owner[words] = entry.topic
            }
        }
    }

    @Test func aboutWordsHoldTopicsGenresCountriesAndKind() {
        let title = Title(id: "k", kind: .series, name: "Kingdom", year: 2020, runtimeMinutes: nil, seasons: 2,
                          maturity: .tvMA, genres: [.korean, .actionAdventure], countries: ["South Korea"])
        let words = AboutWords.words(for: title, topics: ["pandemic"], logline: "The undead in Joseon.")
        for word in ["pandemic", "zombie", "period", "korean", "south", "series"] { #expect(words.contains(word), "\(word)") }
    }
}

/// The quick path for names already collapsed gives what the slow one would.
@Suite struct CollapsingWhitespaceTests {
    @Test(arguments: ["Heat", "The Lantern Keeper", "", " Heat", "Heat ", "The  Office", "Tab\there", "Line\nbreak",
                      "Amélie", "Non\u{00A0}breaking", "A", " ", "Ocean's Eleven (2001)"])
    func quickAndSlowAgree(_ text: String) {
        var slow = ""
        var pending = false
        for character in text {
            if character.isWhitespace { pending = !slow.isEmpty } else {
                if pending { slow.append(" ") }
                pending = false
                slow.append(character)
            }
        }
        #expect(SafeText.collapsingWhitespace(text) == slow)
        #expect(SafeText.isCollapsedASCII(text) == (text == slow && text.utf8.allSatisfy { $0 < 0x7F }))
    }
}
