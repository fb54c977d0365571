/// A number as a Nordic reader types it into a form: a decimal comma or point, spaces (also
/// non-breaking) between thousands, a typographic minus. `nil` for an empty field.
enum TypedNumber {
    enum Reading: Equatable {
        case empty
        case number(Double)
        case notANumber
    }

    static func read(_ text: String?) -> Reading {
        let cleaned = (text ?? "").replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "\u{00A0}", with: "")
            .replacingOccurrences(of: "\u{2212}", with: "-").replacingOccurrences(of: ",", with: ".")
        guard !cleaned.isEmpty else { return .empty }
        guard let value = Double(cleaned), value.isFinite else { return .notANumber }
        return .number(value)
    }
}
