@testable import Catalog
import Testing

/// The description-cue lexicon on descriptions invented for these tests.
@Suite struct DescriptionCuesTests {
    @Test func wordsAreFoundInTextOrder() {
        #expect(DescriptionCues.cues(in: "A haunting tale of a widow's grief on a stormy island.") == ["haunting", "widow", "grief"])
        #expect(DescriptionCues.cues(in: "GRIEVING twins plan a HEIST.") == ["grief", "heist"])
    }

    @Test func onlyWholeWordsCount() {
        // "ghost" inside "ghostwriter", "grief" inside "grievance", "war" inside "award" and "dwarf".
        #expect(DescriptionCues.cues(in: "A ghostwriter with a grievance wins an award for a dwarf.").isEmpty)
        #expect(DescriptionCues.cues(in: "Two ghosts.") == ["ghost"])
    }

    @Test func phrasesWinOverTheirWords() {
        #expect(DescriptionCues.cues(in: "A serial killer leaves riddles.") == ["serial killer", "puzzle"])
        #expect(DescriptionCues.cues(in: "A killer returns.") == ["killer"])
        // Hyphens and line breaks read as spaces.
        #expect(DescriptionCues.cues(in: "a coming-of-age story about time\ntravel") == ["coming-of-age", "time travel"])
        #expect(DescriptionCues.cues(in: "She falls in love in a feel-good rom-com.") == ["falls in love", "feel-good", "romantic comedy"])
    }

    @Test func blockedPhrasesAndFigurativeUsesDoNotMislead() {
        #expect(DescriptionCues.cues(in: "A cult classic about a comic book store.").isEmpty)
        #expect(DescriptionCues.cues(in: "A boxer battles his inner demons.") == ["inner demons"])
        #expect(DescriptionCues.cues(in: "A detective is haunted by the past.") == ["detective", "haunted by"])
        // "stand up" alone is not comedy ("stands up to a bully"); the special is.
        #expect(DescriptionCues.cues(in: "She learns to stand up to a bully.").isEmpty)
        #expect(DescriptionCues.cues(in: "His stand-up special riffs on parenting.") == ["stand-up comedy", "riffs"])
    }

    @Test func cuesAreDeduplicatedAndCapped() {
        #expect(DescriptionCues.cues(in: "Murder after murder, murders everywhere.") == ["murder"])
        let crowded = "zombie vampire werewolf witch curse ghost demon heist spy chess cozy"
        let cues = DescriptionCues.cues(in: crowded)
        #expect(cues.count == DescriptionCues.limit)
        #expect(cues == ["zombie", "vampire", "werewolf", "witch", "curse", "ghost", "demon", "heist"])
    }

    @Test func nothingOfTheSentenceIsKeptButLexiconWords() {
        let sentence = "Zorblax the accountant, haunted by grief, bakes a quirky cake for Mrs. Pennywhistle."
        let cues = DescriptionCues.cues(in: sentence)
        #expect(!cues.isEmpty)
        for cue in cues { #expect(DescriptionCues.isKnown(cue), "\(cue)") }
        #expect(!cues.joined(separator: " ").localizedCaseInsensitiveContains("zorblax"))
        #expect(!cues.joined(separator: " ").localizedCaseInsensitiveContains("pennywhistle"))
    }

    @Test func theLexiconIsWellFormed() {
        let entries = DescriptionCues.entries
        let cues = DescriptionCues.allCues
        #expect((200...400).contains(cues.count))
        #expect(Set(cues).count == cues.count, "a cue is listed twice")
        var owner: [[String]: String] = [:]
        for entry in entries {
            for form in entry.forms {
                let words = DescriptionCues.tokens(form)
                #expect(owner[words] == nil, "'\(form)' belongs to both '\(owner[words] ?? "")' and '\(entry.cue)'")
                owner[words] = entry.cue
            }
            #expect(!entry.cue.contains(",") && !entry.cue.contains("\t"))
            #expect(entry.cue.isEmpty == entry.tones.isEmpty)
            for (_, weight) in entry.tones { #expect(weight > 0 && weight <= 0.5, "\(entry.cue)") }
            // A cue's stored name reads back as itself.
            if !entry.cue.isEmpty { #expect(DescriptionCues.cues(in: entry.cue) == [entry.cue], "\(entry.cue)") }
        }
    }
}
