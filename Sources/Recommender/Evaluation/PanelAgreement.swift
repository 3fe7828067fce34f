import Catalog

/// How far two judges agree on the titles both judged: Cohen's κ for each
/// yes/no question of the panel (does it suit mood M? made for young
/// children? uplifting?). κ = (observed − chance) / (1 − chance), where
/// chance agreement comes from how often each judge says yes.
public enum PanelAgreement {
    public struct Row: Sendable, Encodable, Hashable {
        public var question: String
        public var titles: Int
        /// Share of titles where both said the same.
        public var observed: Double
        public var kappa: Double?
        /// How many titles each judge said yes for.
        public var firstYes: Int
        public var secondYes: Int
    }

    public static func compare(_ first: [TitleID: PanelJudgement], _ second: [TitleID: PanelJudgement]) -> [Row] {
        let shared = second.keys.filter { first[$0] != nil }.sorted { $0.rawValue < $1.rawValue }
        var questions: [(String, (PanelJudgement) -> Bool)] = NamedMood.allCases.map { mood in
            (mood.rawValue, { $0.suits.contains(mood) })
        }
        questions.append(("for children", \.isForChildren))
        questions.append(("made for young children", \.madeForYoungChildren))
        questions.append(("uplifting", \.uplifting))
        return questions.map { question, answer in
            let pairs = shared.map { (answer(first[$0]!), answer(second[$0]!)) }
            return row(question, pairs)
        }
    }

    static func row(_ question: String, _ pairs: [(Bool, Bool)]) -> Row {
        let n = Double(pairs.count)
        let firstYes = pairs.filter(\.0).count
        let secondYes = pairs.filter(\.1).count
        guard n > 0 else { return Row(question: question, titles: 0, observed: 0, kappa: nil, firstYes: 0, secondYes: 0) }
        let observed = Double(pairs.filter { $0.0 == $0.1 }.count) / n
        let chance = (Double(firstYes) / n) * (Double(secondYes) / n)
            + (1 - Double(firstYes) / n) * (1 - Double(secondYes) / n)
        // When both judges give one answer to everything κ is undefined.
        let kappa: Double? = chance >= 1 ? nil : (observed - chance) / (1 - chance)
        return Row(question: question, titles: pairs.count, observed: observed, kappa: kappa,
                   firstYes: firstYes, secondYes: secondYes)
    }
}
