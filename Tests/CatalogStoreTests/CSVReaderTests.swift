@testable import CatalogStore
import Foundation
import TestSupport
import Testing

@Suite struct CSVReaderTests {
    func records(_ text: String) throws -> [CSVRecord] {
        try CSVReader().records(in: Data(text.utf8))
    }

    @Test func quotedFieldsKeepCommasAndQuotes() throws {
        let rows = try records("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n")
        #expect(rows.count == 2)
        #expect(rows[1].fields == ["x, y", "say \"hi\""])
    }

    @Test func crlfLineEndings() throws {
        let rows = try records("a,b\r\n1,2\r\n3,4\r\n")
        #expect(rows.map(\.fields) == [["a", "b"], ["1", "2"], ["3", "4"]])
        #expect(rows.map(\.line) == [1, 2, 3])
    }

    @Test func multiLineFieldsKeepPhysicalLineNumbers() throws {
        let rows = try records("h1,h2\n1,\"two\r\nlines\"\n3,4\n")
        #expect(rows[1].fields[1] == "two\r\nlines")
        #expect(rows[1].line == 2)
        #expect(rows[2].line == 4)
    }

    @Test func strayQuoteInsideAFieldIsText() throws {
        let rows = try records("a,b\n5'10\" tall,x\n")
        #expect(rows[1].fields == ["5'10\" tall", "x"])
    }

    @Test func unterminatedQuoteIsAnErrorWithItsLine() {
        #expect(throws: CSVReader.Failure.unterminatedQuote(line: 2)) {
            try CSVReader().records(in: Data("a,b\n\"open,b\nc,d\n".utf8))
        }
    }

    @Test func byteOrderMarkAndBlankLinesAreSkipped() throws {
        let rows = try records("\u{FEFF}a,b\n\n1,2")
        #expect(rows.map(\.fields) == [["a", "b"], ["1", "2"]])
    }

    @Test func invalidUTF8IsFlagged() throws {
        var data = Data("a,b\n".utf8)
        data.append(contentsOf: [0x4A, 0xF6, 0x72, 0x2C, 0x78, 0x0A])
        let rows = try CSVReader().records(in: data)
        #expect(rows[1].hadInvalidUTF8)
        #expect(rows[1].fields[0].contains("\u{FFFD}"))
    }
}

@Suite struct CSVStreamTests {
    @Test func aLoneCarriageReturnEndsALine() throws {
        let rows = try CSVReader().records(in: Data("a,b\r1,2\r\n3,4\r".utf8))
        #expect(rows.map(\.fields) == [["a", "b"], ["1", "2"], ["3", "4"]])
        #expect(rows.map(\.line) == [1, 2, 3])
    }

    @Test func streamingAFileGivesTheSameRecordsAsReadingItWhole() throws {
        let folder = TemporaryDirectory()
        var text = "\u{FEFF}h1,h2\n"
        for index in 0..<60_000 { text += "\(index),\"quoted, \(index)\nsecond line\"\r\n" }
        let url = folder.url.appendingPathComponent("big.csv")
        try Data(text.utf8).write(to: url)
        var streamed: [CSVRecord] = []
        try CSVReader().forEachRecord(in: url) { streamed.append($0) }
        let whole = try CSVReader().records(in: Data(text.utf8))
        #expect(streamed.count == 60_001)
        #expect(streamed.map(\.fields) == whole.map(\.fields))
        #expect(streamed.map(\.line) == whole.map(\.line))
        #expect(streamed.last?.line == 120_000)
    }

    @Test func invalidUTF8IsFlaggedPerField() throws {
        var data = Data("a,b\n".utf8)
        data.append(contentsOf: [0x78, 0x2C, 0x4A, 0xF6, 0x72, 0x0A])
        let rows = try CSVReader().records(in: data)
        #expect(rows[1].invalidUTF8Fields == [1])
    }
}
