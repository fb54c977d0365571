/// Estimates how wide a label will render, without access to the browser's fonts.
///
/// The widths are Helvetica/Arial advance widths in ems, rounded up, then widened by 8 %
/// because the system UI fonts the site uses (San Francisco, Segoe UI, Roboto) run a little
/// wider. Over-estimating costs a slightly earlier wrap; under-estimating costs overlapping
/// text, so the error is kept on the safe side.
public enum TextMetrics: Sendable {
    static let safetyFactor = 1.08

    public static func estimatedWidth(of text: String, fontSize: Double) -> Double {
        var ems = 0.0
        for character in text { ems += emWidth(of: character) }
        return ems * fontSize * safetyFactor
    }

    static func emWidth(of character: Character) -> Double {
        switch character {
        case " ", "\u{00A0}", "i", "j", "l", "I", "|", "!", ".", ",", ":", ";", "'", "’", "`": 0.28
        case "f", "t", "r", "(", ")", "[", "]", "-", "/", "\"": 0.34
        case "m", "w", "M", "W", "æ", "Æ", "œ", "Œ", "@", "%", "…": 0.86
        case "\u{2212}", "+", "=", "<", ">", "~": 0.59
        default:
            if character.isNumber { 0.56 }
            else if character.isUppercase { 0.69 }
            else if character.isLetter { 0.56 }
            else { 0.6 }
        }
    }
}
