import Catalog
import CatalogStore
import Dispatch
import Recommender

/// What a launch reads from the catalog index before its first frame: every
/// title, the library over them and the title index for filters and sorts.
///
/// Two connections read at once (the titles on one, the library's side
/// tables and kept columns on the other), then the library and the title
/// index are made at once: a launch has two cores' worth of work to do.
public struct LaunchLoad {
    public let library: Library
    public let index: TitleIndex
    /// Whether the library's columns were read back (`LibraryColumns`)
    /// rather than worked out.
    public let reusedColumns: Bool
    /// Milliseconds spent reading (both connections) and making the library
    /// and index, for the benchmark.
    public let readMilliseconds: Double, makeMilliseconds: Double
    /// Milliseconds of each step on each thread ("titles", "curated", …), for the benchmark.
    public let steps: [(String, Double)]

    /// `inferredProfilesOnly` ignores curated profiles (keeping their
    /// standing and audience), for `eval moods`; such columns are neither
    /// read back nor kept.
    public init(from catalog: CatalogDatabase, inferredProfilesOnly: Bool = false) throws {
        let started = DispatchTime.now()
        let side = try catalog.anotherReader()
        let ((titles, titlesTime), sides) = try Self.together({ try Self.timed { try catalog.loadTitles() } },
                                                             { try LibrarySides(side, inferredProfilesOnly: inferredProfilesOnly) })
        let read = DispatchTime.now()
        let ((library, libraryTime), (index, indexTime)) = try Self.together({ Self.timed { sides.library(titles: titles) } },
                                                                             { Self.timed { TitleIndex(titles: titles, titleRanks: sides.ranks) } })
        if sides.kept == nil, let stamp = sides.stamp {
            side.keepDerived(library.columns.encoded(), named: CatalogDatabase.libraryColumnsName, stamp: stamp)
        }
        self.library = library
        self.index = index
        reusedColumns = sides.kept != nil
        readMilliseconds = Double(read.uptimeNanoseconds - started.uptimeNanoseconds) / 1e6
        makeMilliseconds = Double(DispatchTime.now().uptimeNanoseconds - read.uptimeNanoseconds) / 1e6
        steps = [("titles", titlesTime)] + sides.steps + [("library", libraryTime), ("index", indexTime)]
    }

    static func timed<Value>(_ work: () throws -> Value) rethrows -> (Value, Double) {
        let start = DispatchTime.now()
        let value = try work()
        return (value, Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e6)
    }

    /// Runs `first` on another thread and `second` on this one; both answers, or the first error.
    static func together<A: Sendable, B>(_ first: @escaping @Sendable () throws -> A, _ second: () throws -> B) throws -> (A, B) {
        let box = ResultBox<A>()
        let group = DispatchGroup()
        DispatchQueue.global(qos: .userInitiated).async(group: group) { box.result = Result { try first() } }
        let other = Result { try second() }
        group.wait()
        return (try box.result!.get(), try other.get())
    }
}

/// Written by one thread before `DispatchGroup.wait` returns on the other.
private final class ResultBox<Value>: @unchecked Sendable {
    var result: Result<Value, Error>?
}

/// What the library reads beside the titles: curated moods, cues, works,
/// A–Z ranks and the kept columns.
private struct LibrarySides: Sendable {
    let curated: [TitleID: CuratedMood]
    let cues: [TitleID: [String]]
    let works: [Int]
    let ranks: [Int32]
    let inferredProfilesOnly: Bool
    /// This build's stamp; nil when its columns must not be kept.
    let stamp: String?
    let kept: LibraryColumns?

    /// Milliseconds of each read, for the benchmark.
    let steps: [(String, Double)]

    init(_ catalog: CatalogDatabase, inferredProfilesOnly: Bool) throws {
        var steps: [(String, Double)] = []
        func timed<Value>(_ name: String, _ work: () throws -> Value) rethrows -> Value {
            let (value, milliseconds) = try LaunchLoad.timed(work)
            steps.append((name, milliseconds))
            return value
        }
        curated = try timed("curated") { try catalog.loadCuratedMoods() }
        cues = try timed("cues") { try catalog.loadCues() }
        works = try timed("works") { try catalog.loadWorks() }
        ranks = try timed("ranks") { try catalog.loadTitleRanks() }
        self.inferredProfilesOnly = inferredProfilesOnly
        let stamp = inferredProfilesOnly ? nil : ProgramStamp.current
        self.stamp = stamp
        let count = works.count
        let bytes = timed("kept columns read") { stamp.flatMap { catalog.derivedBytes(named: CatalogDatabase.libraryColumnsName, stamp: $0) } }
        kept = timed("decoded") { bytes.flatMap { LibraryColumns(decoding: $0, titleCount: count) } }
        self.steps = steps
    }

    func library(titles: [Title]) -> Library {
        Library(titles: titles, profileOverrides: inferredProfilesOnly ? [:] : curated.mapValues(\.profile),
                loglines: curated.compactMapValues(\.logline), standings: curated.compactMapValues(\.standing),
                audiences: curated.mapValues(\.madeFor), cues: cues,
                curationMethods: inferredProfilesOnly ? [:] : curated.compactMapValues(\.method),
                works: works, columns: kept)
    }
}

extension CatalogDatabase {
    /// Where the library's columns are kept in the catalog index, with their format.
    static var libraryColumnsName: String { "library-columns-\(LibraryColumns.format)" }
}
