import GRDB

/// The catalog database: a disposable index of the catalog files, rebuilt
/// whenever they change. Nothing a person owns lives here.
enum CatalogSchema {
    /// Bump when the tables change, so old databases are rebuilt.
    static let version = 17

    /// The indexes over `title`, made once its rows are in: one sort each
    /// instead of a B-tree kept in order through a million inserts.
    static func createIndexes(_ db: Database) throws {
        try db.execute(sql: """
            CREATE INDEX title_by_folded_name ON title(folded_name);
            CREATE INDEX title_by_sort_key ON title(sort_key);
            -- Similar titles start from titles with nearly the same genres (SimilarCandidates).
            CREATE INDEX title_by_genre_mask ON title(genre_mask);
            CREATE INDEX title_by_work ON title(work) WHERE work IS NOT NULL;
            """)
    }

    /// The tables; `createIndexes` follows the rows.
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
            CREATE TABLE title (
                position INTEGER PRIMARY KEY,  -- 1-based order of loading
                id TEXT NOT NULL UNIQUE,
                cues TEXT NOT NULL,            -- cues.tsv's words, comma-separated, '' when none;
                                               -- early in the row so loading them never reads overflow pages
                kind TEXT NOT NULL,
                name TEXT NOT NULL,
                folded_name TEXT NOT NULL,     -- search words (TextFolding.searchName) joined by spaces
                sort_key TEXT NOT NULL,        -- the same without a leading article
                title_rank INTEGER NOT NULL,   -- place in A–Z order by folded name without article
                year INTEGER NOT NULL,
                runtime INTEGER,
                seasons INTEGER,
                maturity TEXT NOT NULL,
                genres TEXT NOT NULL,
                countries TEXT NOT NULL,
                directors TEXT NOT NULL,
                cast_members TEXT NOT NULL,
                folded_directors TEXT NOT NULL, -- folded names, | between people
                folded_cast TEXT NOT NULL,
                date_added TEXT,
                source TEXT NOT NULL,
                ai_status TEXT NOT NULL,
                ai_note TEXT,
                curated INTEGER NOT NULL,      -- 1 when moods.tsv has a profile
                nicknames TEXT NOT NULL,       -- initials and aliases in search form, | between them
                about TEXT NOT NULL,           -- AboutWords: topics, genres, countries, kind, space-separated
                work INTEGER,                  -- position of the work's representative (VersionGrouping),
                                               -- NULL when the work has no other versions
                version_count INTEGER NOT NULL, -- titles of the work, 1 for most
                genre_mask INTEGER NOT NULL    -- Genre.mask: bit n for Genre.allCases[n]
            );
            CREATE TABLE curated_mood (
                position INTEGER PRIMARY KEY REFERENCES title(position),
                tones TEXT NOT NULL,
                valence REAL NOT NULL,
                energy REAL NOT NULL,
                logline TEXT,
                standing TEXT,                 -- Standing raw value, NULL when unknown
                audience TEXT NOT NULL,        -- MadeFor raw value
                judged TEXT                    -- CurationMethod raw value, NULL when unsaid
            );
            -- What a launch worked out from every title (the library's columns), kept for the next
            -- launch; `stamp` names the build of the program that wrote it (CatalogDatabase+Derived).
            CREATE TABLE derived (name TEXT PRIMARY KEY NOT NULL, stamp TEXT NOT NULL, bytes BLOB NOT NULL);
            -- ratings.tsv: a community's mean (stars) and votes, the standing prior.
            CREATE TABLE community_rating (
                position INTEGER PRIMARY KEY REFERENCES title(position),
                stars REAL NOT NULL,
                votes INTEGER NOT NULL
            );
            """)
        try createSearch(db, withMeta: false)
    }

    /// The search index and the word tables filled from it: in catalog.sqlite,
    /// and alone (with `meta`) in the file `SearchIndexBuild` fills.
    static func createSearch(_ db: Database, withMeta: Bool = true) throws {
        if withMeta { try db.execute(sql: "CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)") }
        try db.execute(sql: """
            -- Contentless full-text index: rowid = title.position. `cjk` holds
            -- the title's CJK characters one by one, so that any part of a
            -- Chinese, Japanese or Korean title can be found. One- and
            -- two-letter prefixes are indexed: without, "s*" merges the word
            -- lists of tens of thousands of words on every keystroke (0.4-0.8 s
            -- at 1M titles). Longer prefixes name few words and merge in
            -- milliseconds, and a third prefix index cost a quarter of the index.
            CREATE VIRTUAL TABLE title_fts USING fts5(
                name, people, genres, cjk, nicknames, about,
                content = '',
                tokenize = 'unicode61 remove_diacritics 2',
                prefix = '1 2'
            );
            -- Every indexed word with the number of titles it appears in.
            CREATE VIRTUAL TABLE title_fts_terms USING fts5vocab(title_fts, 'row');
            -- The same, copied once the index is filled: a range of words is
            -- then an index walk, where the vocabulary table reads every
            -- word's whole list of titles. One-shot searches look words up
            -- here instead of loading them all (typos, selectivity).
            CREATE TABLE search_term (term TEXT PRIMARY KEY, docs INTEGER NOT NULL) WITHOUT ROWID;
            -- Typo candidates (TypoNeighbourhood): the words numbered in
            -- byte order, and the numbers of the words filed in each bucket
            -- of deletions (ascending, as varint gaps).
            CREATE TABLE search_typo_word (number INTEGER PRIMARY KEY, term TEXT NOT NULL);
            CREATE TABLE search_typo (bucket INTEGER PRIMARY KEY, words BLOB NOT NULL);
            """)
    }
}
