/// Colors for heatmap cells: team × competency mean levels, or shares below target.
///
/// Each scale is sequential in a single hue, running from light to dark with lightness
/// changing steadily, so order is readable with any color-vision deficiency and in
/// grayscale (blues for levels; oranges for shares below target, so the two heatmaps are
/// never mistaken for each other). Seven steps: enough to see a gradient, few enough to
/// tell neighbouring cells apart. The palette was chosen so that either ink or white text
/// reaches 4.5 : 1 on every step; ``textColor(on:)`` picks the better one and a test holds
/// the guarantee.
public enum HeatmapShading: Sendable {
    public static let steps = 7

    /// Light to dark blue, for mean levels (darker = higher level).
    public static let levelPalette: [RGBColor] = [
        "#eef4fb", "#cfe1f2", "#a9cce6", "#7fb2d9", "#5b9bcc", "#2a6faa", "#0c3f78",
    ].map(RGBColor.init(hex:))

    /// Light to dark orange, for shares below target (darker = more people below).
    public static let shortfallPalette: [RGBColor] = [
        "#fdf0e1", "#fbd9b0", "#f7bd7d", "#f29c4c", "#e07b2a", "#a94a0a", "#6e2c05",
    ].map(RGBColor.init(hex:))

    /// A cell without data: page background and muted text, told apart by the "–" the server
    /// prints in it rather than by a color.
    public static let noData = HeatmapShade(step: 0, cssClass: "heat-none", background: RGBColor(hex: "#f6f7f9"),
                                            text: .muted)

    /// The step 1…7 for `fraction` 0…1: seven equal bands, the top one closed so 1 lands on 7.
    public static func step(forFraction fraction: Double) -> Int {
        let clamped = min(max(fraction, 0), 1)
        return min(Int(clamped * Double(steps)) + 1, steps)
    }

    /// The shade for a mean level on a scale from 1 to `scaleMaximum`; level 1 is lightest and
    /// the maximum darkest.
    public static func level(_ mean: Double?, scaleMaximum: Int) -> HeatmapShade {
        guard let mean = mean.finiteOrNil, scaleMaximum > 1 else { return noData }
        let step = step(forFraction: (mean - 1) / Double(scaleMaximum - 1))
        return shade(step: step, palette: levelPalette, prefix: "heat-level")
    }

    /// The shade for the share 0…1 of people below their target.
    public static func shareBelowTarget(_ share: Double?) -> HeatmapShade {
        guard let share = share.finiteOrNil else { return noData }
        return shade(step: step(forFraction: share), palette: shortfallPalette, prefix: "heat-shortfall")
    }

    /// The shade for one person's gap to target, `target − level`, on a scale from 1 to
    /// `scaleMaximum`: none at or above target, then lighter to darker orange as the gap nears the
    /// whole scale — the same hue as the heatmap's share below target, so orange always means
    /// "short of target".
    public static func gapToTarget(_ gap: Double, scaleMaximum: Int) -> HeatmapShade? {
        guard let gap = gap.finiteOrNil, gap > 0, scaleMaximum > 1 else { return nil }
        return shade(step: step(forFraction: gap / Double(scaleMaximum - 1)), palette: shortfallPalette, prefix: "heat-shortfall")
    }

    /// Ink or white, whichever has the higher contrast on `background`.
    public static func textColor(on background: RGBColor) -> RGBColor {
        background.contrastRatio(with: .ink) >= background.contrastRatio(with: .white) ? .ink : .white
    }

    private static func shade(step: Int, palette: [RGBColor], prefix: String) -> HeatmapShade {
        let background = palette[step - 1]
        return HeatmapShade(step: step, cssClass: "\(prefix)-\(step)", background: background, text: textColor(on: background))
    }

    /// The CSS for every class this type hands out.
    static var stylesheet: String {
        var rules = [".\(noData.cssClass) { background-color: \(noData.background.hex); color: \(noData.text.hex); }"]
        for (prefix, palette) in [("heat-level", levelPalette), ("heat-shortfall", shortfallPalette)] {
            for (index, color) in palette.enumerated() {
                rules.append(".\(prefix)-\(index + 1) { background-color: \(color.hex); color: \(textColor(on: color).hex); }")
            }
        }
        return rules.joined(separator: "\n")
    }
}
