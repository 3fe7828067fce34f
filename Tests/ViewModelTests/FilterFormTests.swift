import Catalog
import Testing
@testable import ViewModel

/// The filter form's rows step through their choices and back to "any".
@Suite struct FilterFormTests {
    @Test func theAIUseRowOffersEveryStatusAndAny() {
        var form = FilterFormState(filter: TitleFilter(), countries: [])
        form.field = .aiUse
        var seen: [Set<AIUseStatus>] = []
        var labels: [String] = []
        for _ in 0..<4 {
            form.step(1)
            seen.append(form.filter.aiUse)
            labels.append(form.valueLabel(.aiUse))
        }
        // "makers say none" is its own filter, not the same as "any".
        #expect(seen == [[.used], [.none], [.unknown], []])
        #expect(labels == ["reported used", "makers say none", "unknown", "any"])
    }
}
