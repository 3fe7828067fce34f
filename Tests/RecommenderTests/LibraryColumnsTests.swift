import Catalog
import Recommender
import TestSupport
import Testing

/// The library's columns as bytes: a later launch reads back exactly what an
/// earlier one worked out, and anything else is refused, never half-read.
@Suite struct LibraryColumnsTests {
    private static let library = Fixtures.embeddedLibrary

    @Test func theEmbeddedCatalogsColumnsReadBackExactly() throws {
        let columns = Self.library.columns
        let decoded = try #require(LibraryColumns(decoding: columns.encoded(), titleCount: Self.library.count))
        #expect(decoded == columns)
        // Bit for bit, not only equal as numbers (a -0 or a rounding would pass `==`).
        for position in stride(from: 0, to: Self.library.count, by: 97) {
            let original = columns.profiles[position], read = decoded.profiles[position]
            for lane in 0..<16 { #expect(original.tones.storage[lane].bitPattern == read.tones.storage[lane].bitPattern) }
            #expect(original.point.valence.bitPattern == read.point.valence.bitPattern)
            #expect(columns.features[position].weights.map(\.bitPattern) == decoded.features[position].weights.map(\.bitPattern))
        }
    }

    @Test func aLibraryBuiltFromReadColumnsSuggestsAsTheOriginal() throws {
        let titles = Self.library.titles
        let decoded = try #require(LibraryColumns(decoding: Self.library.columns.encoded(), titleCount: titles.count))
        let rebuilt = Library(titles: titles, loglines: Self.library.loglines, standings: [:], cues: Self.library.cues,
                              works: Self.library.works, columns: decoded)
        let original = Library(titles: titles, loglines: Self.library.loglines, standings: [:], cues: Self.library.cues,
                               works: Self.library.works, columns: Self.library.columns)
        for mood in NamedMood.allCases {
            let request = Recommender.Request(setting: MoodSetting(mood: mood.mood), limit: 20)
            let a = Recommender(library: rebuilt).suggest(request, signals: UserSignals())
            let b = Recommender(library: original).suggest(request, signals: UserSignals())
            #expect(a.map(\.id) == b.map(\.id) && a.map(\.score) == b.map(\.score) && a.map(\.reason) == b.map(\.reason), "\(mood)")
        }
    }

    @Test func columnsOfAnotherCatalogSizeAreNotUsed() throws {
        let titles = Array(Self.library.titles.prefix(40))
        let columns = LibraryColumns(titles: titles)
        #expect(LibraryColumns(decoding: columns.encoded(), titleCount: 41) == nil)
        // Given to a library of another size, they are worked out again.
        let more = Array(Self.library.titles.prefix(41))
        #expect(Library(titles: more, columns: columns).columns == LibraryColumns(titles: more))
    }

    @Test func damagedBytesAreRefused() throws {
        let titles = Array(Self.library.titles.prefix(60))
        let bytes = LibraryColumns(titles: titles).encoded()
        #expect(LibraryColumns(decoding: bytes, titleCount: titles.count) != nil)
        // Cut anywhere: refused.
        for length in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 50)) {
            #expect(LibraryColumns(decoding: Array(bytes.prefix(length)), titleCount: titles.count) == nil, "cut at \(length)")
        }
        #expect(LibraryColumns(decoding: bytes + [0], titleCount: titles.count) == nil)
        var otherFormat = bytes
        otherFormat[4] &+= 1
        #expect(LibraryColumns(decoding: otherFormat, titleCount: titles.count) == nil)
        var notOurs = bytes
        notOurs[0] = UInt8(ascii: "X")
        #expect(LibraryColumns(decoding: notOurs, titleCount: titles.count) == nil)
        // A feature number past the vocabulary (the last title's first feature).
        var badFeature = bytes
        let lastVector = LibraryColumns(titles: titles).features.last!
        let offset = bytes.count - titles.count * 4 - lastVector.indices.count * 8
        badFeature.replaceSubrange(offset..<offset + 4, with: [0xff, 0xff, 0xff, 0x7f])
        #expect(LibraryColumns(decoding: badFeature, titleCount: titles.count) == nil)
        // The browse order naming one position twice (the last entry made the first's).
        var twice = bytes
        twice.replaceSubrange(bytes.count - 4..<bytes.count, with: bytes[(bytes.count - titles.count * 4)..<(bytes.count - titles.count * 4 + 4)])
        #expect(LibraryColumns(decoding: twice, titleCount: titles.count) == nil)
    }

    @Test func theBrowseOrderIsNewestFirstThenByName() {
        let titles = Self.library.titles
        let reference = titles.indices.sorted { a, b in
            let dateA = titles[a].dateAdded, dateB = titles[b].dateAdded
            if dateA != dateB {
                guard let dateA else { return false }
                guard let dateB else { return true }
                return dateA > dateB
            }
            return titles[a].name < titles[b].name
        }
        #expect(Self.library.newestFirst.map(Int.init) == reference)
        #expect(titles[Int(Self.library.newestFirst.last!)].dateAdded == nil || titles.allSatisfy { $0.dateAdded != nil })
    }
}
