/// Moving through a short list of choices that wraps around at both ends:
/// fields of a form, entries of a menu, values of a setting.
extension Int {
    /// This index moved `step` places through `count` places.
    func cycled(by step: Int, count: Int) -> Int { ((self + step) % count + count) % count }
}

extension Array where Element: Equatable {
    /// The element `step` places from `current`; from the first when `current` is not there.
    func element(_ step: Int, from current: Element) -> Element {
        self[(firstIndex(of: current) ?? 0).cycled(by: step, count: count)]
    }
}

extension CaseIterable where Self: Equatable {
    /// The case `step` places on, in declaration order.
    func cycled(by step: Int) -> Self { Array(Self.allCases).element(step, from: self) }
}
