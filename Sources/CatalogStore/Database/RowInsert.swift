import GRDB
import GRDBSQLite

/// A prepared insert bound value by value through SQLite's C interface: the
/// index build writes millions of rows, and GRDB's arguments (an array of
/// values per row) cost more than the binding itself.
struct RowInsert {
    private let statement: Statement
    private let database: Database
    private var handle: OpaquePointer { statement.sqliteStatement }
    private var column: Int32 = 0

    init(_ sql: String, in database: Database) throws {
        self.statement = try database.makeStatement(sql: sql)
        self.database = database
    }

    /// SQLite copies the bytes: the string may go once bound.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    mutating func bind(_ text: String) {
        column += 1
        let length = Int32(text.utf8.count)
        _ = text.withCString { sqlite3_bind_text(handle, column, $0, length, Self.transient) }
    }

    mutating func bind(_ text: String?) {
        if let text { bind(text) } else { bindNull() }
    }

    mutating func bind(_ value: Int) {
        column += 1
        sqlite3_bind_int64(handle, column, sqlite3_int64(value))
    }

    mutating func bind(_ value: Int?) {
        if let value { bind(value) } else { bindNull() }
    }

    mutating func bind(_ value: Double) {
        column += 1
        sqlite3_bind_double(handle, column, value)
    }

    mutating func bindNull() {
        column += 1
        sqlite3_bind_null(handle, column)
    }

    /// Runs the insert with the values bound since the last run.
    mutating func run() throws {
        column = 0
        let code = sqlite3_step(handle)
        sqlite3_reset(handle)
        guard code == SQLITE_DONE else {
            let message = database.sqliteConnection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
    }
}
