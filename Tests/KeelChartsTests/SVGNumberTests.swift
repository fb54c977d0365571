import Testing
@testable import KeelCharts

@Suite struct SVGNumberTests {
    @Test(arguments: [
        (1.5, "1.5"), (2, "2"), (0.1, "0.1"), (10.1, "10.1"), (3.05, "3.05"), (1234.567, "1234.57"),
        (-2.5, "-2.5"), (-0.004, "0"), (0.005, "0.01"), (-0.005, "-0.01"), (0, "0"), (-0.0, "0"),
    ])
    func formatsWithAPointAndAtMostTwoDecimals(value: Double, expected: String) {
        #expect(SVGNumber.format(value) == expected)
    }

    @Test func nonFiniteAndHugeValuesStayPrintable() {
        #expect(SVGNumber.format(.nan) == "0")
        #expect(SVGNumber.format(.infinity) == "0")
        #expect(SVGNumber.format(1e300) == "1000000000")
    }

    @Test func pointListsAreSpaceSeparated() {
        #expect(SVGNumber.list([ChartPoint(x: 1, y: 2), ChartPoint(x: 3.5, y: 4.125)]) == "1 2 3.5 4.13")
    }
}
