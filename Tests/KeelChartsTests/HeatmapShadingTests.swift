import Testing
@testable import KeelCharts

@Suite struct HeatmapShadingTests {
    @Test func everyShadeHasReadableText() {
        for palette in [HeatmapShading.levelPalette, HeatmapShading.shortfallPalette] {
            #expect(palette.count == HeatmapShading.steps)
            for color in palette {
                let text = HeatmapShading.textColor(on: color)
                #expect(color.contrastRatio(with: text) >= 4.5, "\(color.hex) with \(text.hex)")
            }
        }
        let none = HeatmapShading.noData
        #expect(none.background.contrastRatio(with: none.text) >= 4.5)
    }

    @Test func palettesRunFromLightToDark() {
        for palette in [HeatmapShading.levelPalette, HeatmapShading.shortfallPalette] {
            let luminances = palette.map(\.relativeLuminance)
            #expect(zip(luminances, luminances.dropFirst()).allSatisfy { $0 > $1 }, "sequential, readable in grayscale")
        }
    }

    @Test func levelsMapOntoSevenSteps() {
        #expect(HeatmapShading.level(1, scaleMaximum: 5).step == 1)
        #expect(HeatmapShading.level(3, scaleMaximum: 5).step == 4)
        #expect(HeatmapShading.level(5, scaleMaximum: 5).step == 7)
        #expect(HeatmapShading.level(9, scaleMaximum: 5).step == 7)
        #expect(HeatmapShading.level(0, scaleMaximum: 5).step == 1)
        #expect(HeatmapShading.level(5.5, scaleMaximum: 10).step == 4)
        #expect(HeatmapShading.level(4.2, scaleMaximum: 5).cssClass == "heat-level-6")
    }

    @Test func sharesBelowTargetUseTheirOwnScale() {
        #expect(HeatmapShading.shareBelowTarget(0).cssClass == "heat-shortfall-1")
        #expect(HeatmapShading.shareBelowTarget(0.5).step == 4)
        #expect(HeatmapShading.shareBelowTarget(1).step == 7)
        #expect(HeatmapShading.shareBelowTarget(0.5).background == HeatmapShading.shortfallPalette[3])
    }

    @Test func missingValuesGetTheNoDataShade() {
        #expect(HeatmapShading.level(nil, scaleMaximum: 5) == HeatmapShading.noData)
        #expect(HeatmapShading.level(.nan, scaleMaximum: 5).cssClass == "heat-none")
        #expect(HeatmapShading.level(3, scaleMaximum: 1) == HeatmapShading.noData)
        #expect(HeatmapShading.shareBelowTarget(.infinity) == HeatmapShading.noData)
    }

    /// Pages carry no inline style (the Content-Security-Policy allows none): each shade is a
    /// class of the served stylesheet.
    @Test func everyShadeIsAStylesheetRule() {
        let shade = HeatmapShading.level(5, scaleMaximum: 5)
        #expect(shade.cssClass == "heat-level-7")
        #expect(ChartStylesheet.stylesheet.contains(".heat-level-7 { background-color: #0c3f78; color: #ffffff; }"))
        #expect(ChartStylesheet.stylesheet.contains(".heat-shortfall-1 {"))
        #expect(ChartStylesheet.stylesheet.contains(".heat-none {"))
    }

    @Test func seriesColorsStandOutAgainstWhite() {
        for color in ChartPalette.series {
            #expect(color.contrastRatio(with: .white) >= 3, "\(color.hex)")
        }
        #expect(RGBColor(hex: "#0072b2").hex == "#0072b2")
    }
}
