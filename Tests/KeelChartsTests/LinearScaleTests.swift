import Testing
@testable import KeelCharts

@Suite struct LinearScaleTests {
    @Test func mapsAnUpwardYAxis() {
        let scale = LinearScale(domain: 0...1, from: 180, to: 30)
        #expect(scale.position(of: 0) == 180)
        #expect(scale.position(of: 1) == 30)
        #expect(scale.position(of: 0.5) == 105)
        #expect(scale.length(of: 0.5) == 75)
    }

    @Test func holdsOutliersAndNaNInsideThePlot() {
        let scale = LinearScale(domain: 0...10, from: 0, to: 100)
        #expect(scale.position(of: 20) == 100)
        #expect(scale.position(of: -5) == 0)
        #expect(scale.position(of: .nan) == 0)
        #expect(LinearScale(domain: 3...3, from: 0, to: 100).position(of: 3) == 0)
    }
}
