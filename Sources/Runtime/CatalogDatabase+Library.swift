import Catalog
import CatalogStore
import Recommender

extension CatalogDatabase {
    /// Where the library's columns are kept in the catalog index, with their format.
    static var libraryColumnsName: String { "library-columns-\(LibraryColumns.format)" }

    /// The library of every title as a launch builds it: curated profiles,
    /// loglines, standing, audiences, cues and works from the index.
    ///
    /// The columns worked out from the titles (profiles, audiences, features)
    /// are read back when an earlier launch of this build of Marquee kept
    /// them, else worked out and kept for the next launch (`keepDerived`).
    /// `inferredProfilesOnly` ignores curated profiles (keeping their
    /// standing and audience), for `eval moods`; such columns are never kept.
    /// `reusedColumns` says whether the columns were read back.
    public func loadLibrary(titles: [Title], inferredProfilesOnly: Bool = false) throws
        -> (library: Library, reusedColumns: Bool) {
        let curated = try loadCuratedMoods()
        let cues = try loadCues()
        let works = try loadWorks()
        let stamp = inferredProfilesOnly ? nil : ProgramStamp.current
        let kept = stamp.flatMap { derivedBytes(named: Self.libraryColumnsName, stamp: $0) }
            .flatMap { LibraryColumns(decoding: $0, titleCount: titles.count) }
        let library = Library(titles: titles, profileOverrides: inferredProfilesOnly ? [:] : curated.mapValues(\.profile),
                              loglines: curated.compactMapValues(\.logline), standings: curated.compactMapValues(\.standing),
                              audiences: curated.mapValues(\.madeFor), cues: cues,
                              curationMethods: inferredProfilesOnly ? [:] : curated.compactMapValues(\.method),
                              works: works, columns: kept)
        if kept == nil, let stamp { keepDerived(library.columns.encoded(), named: Self.libraryColumnsName, stamp: stamp) }
        return (library, kept != nil)
    }
}
