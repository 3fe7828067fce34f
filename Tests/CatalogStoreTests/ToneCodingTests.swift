import Catalog
@testable import CatalogStore
import Foundation
import TestSupport
import Testing

/// Tone codings are read on bytes when they are ASCII; the answer is what
/// the character reading gives, for every coding the catalog holds and for
/// awkward ones.
@Suite struct ToneCodingTests {
    private func same(_ text: String) -> Bool {
        func bits(_ tones: ToneVector?) -> [UInt32]? {
            tones.map { vector in (0..<16).map { vector.storage[$0].bitPattern } }
        }
        return bits(ToneCoding.decode(text)) == bits(ToneCoding.decodeCharacters(text))
    }

    @Test func everyCuratedCodingReadsAsBefore() throws {
        let curated = try CatalogFiles(directory: Fixtures.embeddedCatalogDirectory).read().curated
        #expect(curated.count > 1000)
        for mood in curated.values {
            let text = ToneCoding.encode(mood.profile.tones)
            #expect(same(text), "\(text)")
            #expect(ToneCoding.decode(text) != nil)
        }
    }

    @Test(arguments: ["", ",", ",,", "tense=0.5", "tense=0.5,,dark=0.2", ",tense=0.5,", "tense==0.5", "=tense=0.5",
                      "tense=0.5=1", "tense", "=0.5", "TENSE=0.5", "tense= 0.5", "tense=0.5 ", " tense=0.5", "tense=1e-3",
                      "tense=nan", "tense=inf", "tense=-0", "tense=0x1p-2", "tense=.5", "tense=5.", "tense=0.5,tense=0.25",
                      "thought-provoking=0.3,light=1", "tense=0.5\r\n", "tense=\u{301}0.5", "tense\u{301}=0.5",
                      "tense=0.5,\u{301}dark=0.2", "tense=0.5,=\u{301}", "tensé=0.5", "dark=0.2,tense=٠.٥"])
    func awkwardCodingsReadAsBefore(_ text: String) {
        #expect(same(text))
    }
}
