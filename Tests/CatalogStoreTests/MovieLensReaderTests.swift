import Catalog
@testable import CatalogStore
import Foundation
import TestSupport
import Testing

/// Malformed MovieLens files: each refused with one `file:line: field: what is
/// wrong` line, or accepted cleanly. Every fixture here is invented.
@Suite struct MovieLensReaderTests {
    static let ratingsHeader = "userId,movieId,rating,timestamp\n"
    static let moviesHeader = "movieId,title,genres\n"

    /// Writes `bytes` to `name` in a fresh folder and returns its URL (the folder lives as long as the test).
    static func file(_ name: String, _ bytes: [UInt8], in folder: TemporaryDirectory) throws -> URL {
        let url = folder.url.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url
    }

    static func failure(_ body: () throws -> Void) -> String? {
        do { try body() } catch let error as StoreError { return error.description } catch { return "unexpected: \(error)" }
        return nil
    }

    @Test func aDuplicateMovieIdNamesBothLines() throws {
        let folder = TemporaryDirectory()
        let movies = try Self.file("movies.csv", Array((Self.moviesHeader + "7,Harbour Lights (1990),Drama\n8,Tin Moon (1991),Comedy\n7,Paper Kite (1992),Drama\n").utf8), in: folder)
        #expect(Self.failure { _ = try MovieLensReader().readMovies(movies) } == "movies.csv:4: movieId: 7 is also on line 2")
    }

    @Test func ratingsAreHalfStarsFromHalfToFive() throws {
        let folder = TemporaryDirectory()
        for bad in ["0.3", "0", "5.5", "-1", "4.25", "nan", "0x1p2"] {
            let ratings = try Self.file("ratings.csv", Array((Self.ratingsHeader + "1,7,4.5,100\n1,8,\(bad),101\n").utf8), in: folder)
            #expect(Self.failure { _ = try MovieLensReader().readRatings(ratings) }
                    == "ratings.csv:3: rating: '\(bad)' is not a rating: half stars from 0.5 to 5", "\(bad)")
        }
        let good = try Self.file("ratings.csv", Array((Self.ratingsHeader + "1,7,0.5,100\n1,8,5,101\n2,7,3.5,102\n").utf8), in: folder)
        #expect(try MovieLensReader().readRatings(good).map(\.stars) == [0.5, 5, 3.5])
    }

    @Test func aNulInsideAFieldIsRefused() throws {
        let folder = TemporaryDirectory()
        let ratings = try Self.file("ratings.csv", Array((Self.ratingsHeader + "1,7,4").utf8) + [0] + Array(",100\n".utf8), in: folder)
        #expect(Self.failure { _ = try MovieLensReader().readRatings(ratings) } == "ratings.csv:2: rating: contains a NUL byte")
        let movies = try Self.file("movies.csv", Array((Self.moviesHeader + "7,Harbour").utf8) + [0] + Array(" Lights (1990),Drama\n".utf8), in: folder)
        #expect(Self.failure { _ = try MovieLensReader().readMovies(movies) } == "movies.csv:2: title: contains a NUL byte")
    }

    @Test func titlesMustBeUTF8WithoutControlCharacters() throws {
        let folder = TemporaryDirectory()
        // "Harbour Lïghts" written in Latin-1: 0xEF alone is not UTF-8.
        let latin1 = try Self.file("movies.csv", Array((Self.moviesHeader + "7,Harbour L").utf8) + [0xEF] + Array("ghts (1990),Drama\n".utf8), in: folder)
        #expect(Self.failure { _ = try MovieLensReader().readMovies(latin1) }
                == "movies.csv:2: title: not valid UTF-8 (save the file as UTF-8)")
        let escape = try Self.file("movies.csv", Array((Self.moviesHeader + "7,Tin Moon (1991),Comedy\n8,Harbour \u{1B}]0;pwned\u{07} (1990),Drama\n").utf8), in: folder)
        #expect(Self.failure { _ = try MovieLensReader().readMovies(escape) }
                == "movies.csv:3: title: contains the control character U+001B")
        let c1 = try Self.file("movies.csv", Array((Self.moviesHeader + "8,Harbour \u{9B}31m (1990),Drama\n").utf8), in: folder)
        #expect(Self.failure { _ = try MovieLensReader().readMovies(c1) } == "movies.csv:2: title: contains the control character U+009B")
        // Tabs and line breaks inside a quoted title are white space, not controls.
        let spaced = try Self.file("movies.csv", Array((Self.moviesHeader + "8,\"Harbour\tLights\r\n (1990)\",Drama\n").utf8), in: folder)
        let items = try MovieLensReader().readMovies(spaced)
        #expect(items.map(\.title) == ["Harbour Lights"])
        #expect(items.map(\.year) == [1990])
    }

    @Test func aHeaderOnlyFileHasNothingToImport() throws {
        let folder = TemporaryDirectory()
        let ratings = try Self.file("ratings.csv", Array(Self.ratingsHeader.utf8), in: folder)
        #expect(Self.failure { _ = try MovieLensReader().readRatings(ratings) } == "ratings.csv:1: no ratings after the header")
        let movies = try Self.file("movies.csv", Array(Self.moviesHeader.utf8), in: folder)
        #expect(Self.failure { _ = try MovieLensReader().readMovies(movies) } == "movies.csv:1: no films after the header")
        let empty = try Self.file("ratings.csv", [], in: folder)
        #expect(Self.failure { _ = try MovieLensReader().readRatings(empty) } == "ratings.csv:1: header: expected userId,movieId,rating,timestamp")
    }

    @Test func aLastLineEndingInALoneCarriageReturnIsAccepted() throws {
        let folder = TemporaryDirectory()
        let ratings = try Self.file("ratings.csv", Array((Self.ratingsHeader + "1,7,4.5,100\n2,8,3,101\r").utf8), in: folder)
        let read = try MovieLensReader().readRatings(ratings)
        #expect(read.map(\.timestamp) == [100, 101])
        // Old Mac files end every line in a lone CR; lines are still counted.
        let mac = try Self.file("ratings.csv", Array("userId,movieId,rating,timestamp\r1,7,4.5,100\r2,x,3,101\r".utf8), in: folder)
        #expect(Self.failure { _ = try MovieLensReader().readRatings(mac) } == "ratings.csv:3: movieId: 'x' is not a number")
    }

    @Test func aFileLargerThanOneReadChunkReadsWhole() throws {
        let folder = TemporaryDirectory()
        var text = Self.ratingsHeader
        // About 3 MB: several chunks, with records split across chunk ends.
        for index in 0..<150_000 { text += "\(index % 997),\(index % 31),\(Double(index % 10 + 1) / 2),\(1_000_000 + index)\n" }
        let ratings = try Self.file("ratings.csv", Array(text.utf8), in: folder)
        let read = try MovieLensReader().readRatings(ratings)
        #expect(read.count == 150_000)
        #expect(read.last?.timestamp == 1_149_999)
        #expect(read.last?.stars == Float(149_999 % 10 + 1) / 2)
    }
}
