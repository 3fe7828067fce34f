import GRDB

/// Versioned schema of the user database. Append migrations; never edit a
/// released one (a person's ratings depend on them applying in order).
enum UserMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: ratings, watchlist, hidden, settings") { db in
            try db.execute(sql: """
                CREATE TABLE rating (
                    title_id TEXT PRIMARY KEY NOT NULL,
                    stars REAL NOT NULL CHECK (stars >= 0.5 AND stars <= 5 AND stars * 2 = CAST(stars * 2 AS INTEGER)),
                    rated_at TEXT NOT NULL
                );
                CREATE TABLE watchlist (
                    title_id TEXT PRIMARY KEY NOT NULL,
                    added_at TEXT NOT NULL
                );
                -- "Not for me": hidden from suggestions.
                CREATE TABLE hidden (
                    title_id TEXT PRIMARY KEY NOT NULL,
                    hidden_at TEXT NOT NULL
                );
                CREATE TABLE setting (
                    key TEXT PRIMARY KEY NOT NULL,
                    value TEXT NOT NULL
                );
                """)
        }
        migrator.registerMigration("v2: mood profile corrections") { db in
            try db.execute(sql: """
                -- A person's own judgement of a title's tones; wins over curated and inferred.
                CREATE TABLE profile_correction (
                    title_id TEXT PRIMARY KEY NOT NULL,
                    tones TEXT NOT NULL,
                    corrected_at TEXT NOT NULL
                );
                """)
        }
        migrator.registerMigration("v3: imported history") { db in
            try db.execute(sql: """
                -- Where a rating came from: NULL when given in Marquee, else the service ("letterboxd").
                ALTER TABLE rating ADD COLUMN source TEXT;
                -- Viewings: from imported histories (Netflix, Letterboxd diary, Trakt). The day is
                -- '' when the file does not say; one row per title, day and service.
                CREATE TABLE watched (
                    title_id TEXT NOT NULL,
                    watched_on TEXT NOT NULL,
                    rewatch INTEGER NOT NULL DEFAULT 0,
                    source TEXT NOT NULL DEFAULT '',
                    PRIMARY KEY (title_id, watched_on, source)
                );
                -- Likes on another service (Letterboxd's heart): a mild positive signal.
                CREATE TABLE liked (
                    title_id TEXT PRIMARY KEY NOT NULL,
                    source TEXT NOT NULL
                );
                -- IMDb ids that imported files gave for catalog titles, for exports back to Letterboxd.
                CREATE TABLE imdb_link (
                    title_id TEXT PRIMARY KEY NOT NULL,
                    imdb_id TEXT NOT NULL
                );
                -- One row per finished import, for the stats screen.
                CREATE TABLE import_log (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    source TEXT NOT NULL,
                    imported_at TEXT NOT NULL,
                    read INTEGER NOT NULL,
                    matched INTEGER NOT NULL,
                    ambiguous INTEGER NOT NULL,
                    unmatched INTEGER NOT NULL,
                    new_ratings INTEGER NOT NULL,
                    changed_ratings INTEGER NOT NULL,
                    viewings INTEGER NOT NULL
                );
                """)
        }
        return migrator
    }
}
