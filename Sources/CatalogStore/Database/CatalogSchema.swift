import GRDB

/// The catalog database: a disposable index of the catalog files, rebuilt
/// whenever they change. Nothing a person owns lives here.
enum CatalogSchema {
    /// Bump when the tables change, so old databases are rebuilt.
    static let version = 2

    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
            CREATE TABLE title (
                position INTEGER PRIMARY KEY,  -- 1-based order of loading
                id TEXT NOT NULL UNIQUE,
                kind TEXT NOT NULL,
                name TEXT NOT NULL,
                sort_key TEXT NOT NULL,
                year INTEGER NOT NULL,
                runtime INTEGER,
                seasons INTEGER,
                maturity TEXT NOT NULL,
                genres TEXT NOT NULL,
                countries TEXT NOT NULL,
                directors TEXT NOT NULL,
                cast_members TEXT NOT NULL,
                date_added TEXT,
                source TEXT NOT NULL
            );
            -- Contentless full-text index: rowid = title.position.
            CREATE VIRTUAL TABLE title_fts USING fts5(
                name, people, genres,
                content = '',
                tokenize = 'unicode61 remove_diacritics 2',
                prefix = '1 2 3'
            );
            CREATE VIRTUAL TABLE title_fts_terms USING fts5vocab(title_fts, 'col');
            """)
    }
}
