import Foundation

/// An axis range widened to round numbers, with the ticks inside it.
public struct NiceTicks: Hashable, Sendable {
    public var lower: Double
    public var upper: Double
    public var step: Double
    public var values: [Double]

    public init(lower: Double, upper: Double, step: Double, values: [Double]) {
        self.lower = lower
        self.upper = upper
        self.step = step
        self.values = values
    }

    /// Ticks at 1, 2 or 5 × 10ⁿ covering `lower…upper` with about `targetCount` ticks
    /// (Heckbert, "Nice numbers for graph labels", Graphics Gems, 1990).
    ///
    /// A degenerate range (one value, or no finite value) is widened so a chart of a constant
    /// series still has an axis instead of dividing by zero.
    public static func covering(_ lower: Double, _ upper: Double, targetCount: Int = 5) -> NiceTicks {
        var low = lower.isFinite ? lower : 0
        var high = upper.isFinite ? upper : low + 1
        if low > high { swap(&low, &high) }
        if high - low < 1e-12 {
            let pad = low == 0 ? 1 : abs(low) * 0.1
            low -= low == 0 ? 0 : pad
            high += pad
        }
        let count = max(2, targetCount)
        let span = niceNumber(high - low, rounding: false)
        let (mantissa, exponent) = niceStep(span / Double(count - 1))
        let step = scaled(1, mantissa: mantissa, exponent: exponent)
        // The tolerance keeps 0.3 / 0.1 = 2.9999999999999996 from adding a tick below 0.3.
        let firstIndex = Int((low / step + 1e-9).rounded(.down))
        let lastIndex = Int((high / step - 1e-9).rounded(.up))
        let values = (firstIndex...max(firstIndex + 1, lastIndex)).map { scaled($0, mantissa: mantissa, exponent: exponent) }
        return NiceTicks(lower: values.first ?? low, upper: values.last ?? high, step: step, values: values)
    }

    /// The nice number (1, 2, 5 or 10 × 10ⁿ) nearest to `value`, or the smallest one not below
    /// it when `rounding` is false.
    static func niceNumber(_ value: Double, rounding: Bool) -> Double {
        let exponent = floor(log10(value))
        let fraction = value / pow(10, exponent)
        let nice: Double
        if rounding {
            nice = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10
        } else {
            nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10
        }
        return nice * pow(10, exponent)
    }

    /// The rounded step as an integer mantissa (1, 2 or 5) and a power of ten, so ticks can
    /// be computed as exact integer multiples instead of accumulating 0.1 + 0.1 + 0.1.
    static func niceStep(_ rawStep: Double) -> (mantissa: Int, exponent: Int) {
        let nice = niceNumber(rawStep, rounding: true)
        var exponent = Int(floor(log10(nice)))
        var mantissa = Int((nice / pow(10, Double(exponent))).rounded())
        if mantissa == 10 {
            mantissa = 1
            exponent += 1
        }
        return (mantissa, exponent)
    }

    /// index × mantissa × 10^exponent, dividing for negative exponents: 3 / 10 is exactly the
    /// double nearest 0.3, while 3 × 0.1 is not.
    static func scaled(_ index: Int, mantissa: Int, exponent: Int) -> Double {
        let multiple = Double(index * mantissa)
        return exponent >= 0 ? multiple * pow(10, Double(exponent)) : multiple / pow(10, Double(-exponent))
    }
}
