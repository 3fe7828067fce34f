import GRDB

extension CatalogDatabase {
    /// The indexed words search would try for the typed `word` (at most
    /// eight, closest first). `byScan` compares every word sharing its first
    /// letter instead of the deletion neighbourhood's few: the benchmark
    /// times both on the same catalog.
    public func similarWords(to word: String, byScan: Bool = false) throws -> [String] {
        try byScan ? searchIndex.similarTermsByScan(to: word) : searchIndex.similarTerms(to: word)
    }

    /// Every word of the search index, in byte order.
    public func indexedWords() throws -> [String] {
        try read { try String.fetchAll($0, sql: "SELECT term FROM search_term ORDER BY term") }
    }
}
