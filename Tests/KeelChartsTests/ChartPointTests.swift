import Foundation
import Testing
@testable import KeelCharts

@Suite struct ChartPointTests {
    @Test func polarToCartesianTurnsClockwiseOnScreen() {
        let center = ChartPoint(x: 100, y: 100)
        let right = ChartPoint.polar(center: center, radius: 10, angle: 0)
        let down = ChartPoint.polar(center: center, radius: 10, angle: Double.pi / 2)
        let up = ChartPoint.polar(center: center, radius: 10, angle: -Double.pi / 2)
        #expect(abs(right.x - 110) < 1e-9 && abs(right.y - 100) < 1e-9)
        #expect(abs(down.x - 100) < 1e-9 && abs(down.y - 110) < 1e-9)
        #expect(abs(up.x - 100) < 1e-9 && abs(up.y - 90) < 1e-9)
    }
}
