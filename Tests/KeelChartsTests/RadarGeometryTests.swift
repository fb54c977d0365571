import Testing
@testable import KeelCharts

@Suite struct RadarGeometryTests {
    let geometry = RadarGeometry(center: ChartPoint(x: 100, y: 100), radius: 80, axisCount: 4, scaleMaximum: 5)

    func close(_ point: ChartPoint?, _ x: Double, _ y: Double) -> Bool {
        guard let point else { return false }
        return abs(point.x - x) < 1e-9 && abs(point.y - y) < 1e-9
    }

    @Test func verticesLieOnTheirAxesAtTheirLevel() {
        let vertices = geometry.vertices([5, 2.5, nil, 1])
        #expect(close(vertices[0], 100, 20))   // up, full radius
        #expect(close(vertices[1], 140, 100))  // right, half radius
        #expect(vertices[2] == nil)            // not rated: no vertex, not the center
        #expect(close(vertices[3], 84, 100))   // left, one fifth: level 1 is the first ring
    }

    @Test func nonFiniteAndMissingTrailingValuesHaveNoVertex() {
        let vertices = geometry.vertices([.nan, .infinity, 3])
        #expect(vertices.count == 4)
        #expect(vertices[0] == nil && vertices[1] == nil && vertices[3] == nil)
        #expect(close(vertices[2], 100, 148))
    }

    @Test func valuesOffTheScaleAreHeldOnIt() {
        #expect(close(geometry.point(axis: 0, value: 9), 100, 20))
        #expect(close(geometry.point(axis: 0, value: -2), 100, 100))
    }

    @Test func ringsHaveACornerPerAxis() {
        let ring = geometry.ring(level: 5)
        #expect(ring.count == 4)
        #expect(close(ring[2], 100, 180))
    }

    @Test func runsWrapAroundAndStopAtGaps() {
        let a = ChartPoint(x: 1, y: 1), b = ChartPoint(x: 2, y: 2), d = ChartPoint(x: 4, y: 4), e = ChartPoint(x: 5, y: 5)
        #expect(RadarGeometry.runs([a, b, nil, d, e]) == [[d, e, a, b]])
        #expect(RadarGeometry.runs([a, nil, b, nil]) == [[b], [a]])
        #expect(RadarGeometry.runs([a, b, d]) == [[a, b, d]])
        #expect(RadarGeometry.runs([nil, nil]).isEmpty)
        #expect(RadarGeometry.runs([]).isEmpty)
    }

    @Test func thirtyAxesAreEvenlySpaced() {
        let thirty = RadarGeometry(center: ChartPoint(x: 0, y: 0), radius: 10, axisCount: 30, scaleMaximum: 10)
        let step = thirty.angle(ofAxis: 1) - thirty.angle(ofAxis: 0)
        #expect(abs(step - 2 * Double.pi / 30) < 1e-12)
        #expect(abs(thirty.angle(ofAxis: 15) - Double.pi / 2) < 1e-12)  // half way round: straight down
    }
}
