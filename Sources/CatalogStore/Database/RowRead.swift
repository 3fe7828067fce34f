import Foundation
import GRDB
import GRDBSQLite

/// A query stepped and read column by column through SQLite's C interface:
/// loading the catalog reads every title at launch, and GRDB's `Row`
/// subscripts and Character-based splitting cost several times the reading
/// itself (issue 13). Values read as GRDB reads them (`String(cString:)`,
/// `sqlite3_column_int64`); columns count from 0.
struct RowRead {
    private let statement: Statement
    private let database: Database
    private var handle: OpaquePointer { statement.sqliteStatement }

    init(_ sql: String, arguments: StatementArguments = StatementArguments(), in database: Database) throws {
        self.statement = try database.makeStatement(sql: sql)
        self.database = database
        try statement.setArguments(arguments)
    }

    /// Moves to the next row; false after the last.
    func step() throws -> Bool {
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return true
        case SQLITE_DONE:
            sqlite3_reset(handle)
            return false
        case let code:
            let message = database.sqliteConnection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
            sqlite3_reset(handle)
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
    }

    func isNull(_ column: Int32) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }

    func int(_ column: Int32) -> Int { Int(sqlite3_column_int64(handle, column)) }

    func optionalInt(_ column: Int32) -> Int? { isNull(column) ? nil : int(column) }

    func double(_ column: Int32) -> Double { sqlite3_column_double(handle, column) }

    /// The column's text as bytes, valid until the next step; up to the
    /// first NUL, as `String(cString:)` would read it.
    func bytes(_ column: Int32) -> UnsafeBufferPointer<UInt8> {
        guard let text = sqlite3_column_text(handle, column) else { return UnsafeBufferPointer(start: nil, count: 0) }
        let count = Int(sqlite3_column_bytes(handle, column))
        let end = memchr(text, 0, count).map { UnsafePointer<UInt8>($0.assumingMemoryBound(to: UInt8.self)) - text } ?? count
        return UnsafeBufferPointer(start: text, count: end)
    }

    func text(_ column: Int32) -> String { String(decoding: bytes(column), as: UTF8.self) }

    func optionalText(_ column: Int32) -> String? { isNull(column) ? nil : text(column) }
}
