/// How numbers a reader sees are written: decimal mark, digit grouping, percent sign.
///
/// A plain value rather than a `NumberFormatter` so that output is the same on every machine
/// and in every process locale (charts are compared byte for byte in tests and cached), and
/// so the caller can supply its own conventions. The presets follow the languages Keel
/// speaks: Swedish and Norwegian write a decimal comma, group thousands with a no-break
/// space and put a no-break space before "%".
public struct ChartNumberFormat: Hashable, Sendable {
    public var decimalSeparator: String
    public var groupingSeparator: String
    /// Written after a percentage, including any space before the sign.
    public var percentSuffix: String
    public var minusSign: String

    public init(decimalSeparator: String, groupingSeparator: String, percentSuffix: String, minusSign: String = "\u{2212}") {
        self.decimalSeparator = decimalSeparator
        self.groupingSeparator = groupingSeparator
        self.percentSuffix = percentSuffix
        self.minusSign = minusSign
    }

    public static let english = ChartNumberFormat(decimalSeparator: ".", groupingSeparator: ",", percentSuffix: "%")
    public static let swedish = ChartNumberFormat(decimalSeparator: ",", groupingSeparator: "\u{00A0}", percentSuffix: "\u{00A0}%")
    public static let norwegianBokmal = ChartNumberFormat(decimalSeparator: ",", groupingSeparator: "\u{00A0}", percentSuffix: "\u{00A0}%")

    /// The preset for a BCP 47 language tag such as `sv`, `nb-NO` or `en`; English for any
    /// other language.
    public init(languageTag: String) {
        let primary = languageTag.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() } ?? ""
        switch primary {
        case "sv": self = .swedish
        case "nb", "no", "nn": self = .norwegianBokmal
        default: self = .english
        }
    }

    /// `value` with at most `maximumFractionDigits` decimals, trailing zeros dropped:
    /// 3.0 → "3", 3.25 → "3,3" (one digit, Swedish), 12345 → "12 345".
    public func number(_ value: Double, maximumFractionDigits: Int = 1) -> String {
        guard value.isFinite else { return "–" }
        let digits = min(max(maximumFractionDigits, 0), 6)
        var power: Int64 = 1
        for _ in 0..<digits { power *= 10 }
        let limit = 1e15 / Double(power)
        let clamped = min(max(value, -limit), limit)
        let scaled = Int64((clamped * Double(power)).rounded(.toNearestOrAwayFromZero))
        let magnitude = scaled.magnitude
        var text = grouped(magnitude / UInt64(power))
        let fraction = magnitude % UInt64(power)
        if fraction != 0 {
            var fractionDigits = String(fraction)
            fractionDigits = String(repeating: "0", count: digits - fractionDigits.count) + fractionDigits
            while fractionDigits.hasSuffix("0") { fractionDigits.removeLast() }
            text += decimalSeparator + fractionDigits
        }
        // A value that rounds to zero prints without a sign: "−0" would be noise.
        return scaled < 0 ? minusSign + text : text
    }

    public func integer(_ value: Int) -> String {
        let text = grouped(UInt64(value.magnitude))
        return value < 0 ? minusSign + text : text
    }

    /// A share 0…1 as a percentage: 0.625 → "63%" (English) or "63 %" (Swedish).
    public func percent(_ share: Double, maximumFractionDigits: Int = 0) -> String {
        guard share.isFinite else { return "–" }
        return number(share * 100, maximumFractionDigits: maximumFractionDigits) + percentSuffix
    }

    /// A difference of two shares in percentage points, always signed so a rise and a fall
    /// read differently without color: 0.18 → "+18", −0.04 → "−4", 0 → "0".
    public func signedPoints(_ shareDifference: Double, maximumFractionDigits: Int = 0) -> String {
        signed(shareDifference * 100, maximumFractionDigits: maximumFractionDigits)
    }

    /// A difference always signed, so a rise and a fall read differently without color:
    /// 0.5 → "+0.5", −1 → "−1", 0 → "0".
    public func signed(_ difference: Double, maximumFractionDigits: Int = 1) -> String {
        guard difference.isFinite else { return "–" }
        let text = number(difference, maximumFractionDigits: maximumFractionDigits)
        if text == "0" || text.hasPrefix(minusSign) { return text }
        return "+" + text
    }

    private func grouped(_ value: UInt64) -> String {
        let digits = Array(String(value))
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { text += groupingSeparator }
            text.append(digit)
        }
        return text
    }
}
