import Catalog
import Testing
import ViewModel

/// The mood picker's map reads the titles' places from a grid worked out at
/// launch: every place is kept, in its cell, and nothing else is.
@Suite struct MoodMapDotsTests {
    private func dots(_ map: MoodMapDots) -> [(x: Float, y: Float)] {
        var found: [(x: Float, y: Float)] = []
        map.forEachDot { found.append(($0, $1)) }
        return found
    }

    @Test func eachPlaceLandsInItsCellAndRepeatsAreOneDot() {
        let points = [MoodPoint(valence: 0.5, energy: -0.5), MoodPoint(valence: 0.5, energy: -0.5), MoodPoint(valence: -0.25, energy: 0.75)]
        let found = dots(MoodMapDots(points: points))
        #expect(found.count == 2)
        let cell = 1 / Float(MoodMapDots.side)
        for point in points {
            let x = (point.valence + 1) / 2, y = (1 - point.energy) / 2
            #expect(found.contains { abs($0.x - x) <= cell && abs($0.y - y) <= cell }, "\(point)")
        }
        // Row by row from the most energetic.
        #expect(found.first!.y < found.last!.y)
    }

    @Test func theCornersStayOnTheMap() {
        let corners = [MoodPoint(valence: -1, energy: -1), MoodPoint(valence: 1, energy: 1), MoodPoint(valence: 1, energy: -1), MoodPoint(valence: -1, energy: 1)]
        let found = dots(MoodMapDots(points: corners))
        #expect(found.count == 4)
        #expect(found.allSatisfy { (0...1).contains($0.x) && (0...1).contains($0.y) })
    }

    @Test func anEmptyCatalogHasNoDots() {
        #expect(dots(MoodMapDots(points: [])).isEmpty)
    }
}
