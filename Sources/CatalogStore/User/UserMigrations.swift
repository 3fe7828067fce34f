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
        return migrator
    }
}
