/// Makes user text (names of people, teams, competencies) safe inside SVG text and attributes.
///
/// The server embeds chart markup as trusted, so this is the only line of defence. Besides the
/// five markup characters it drops the control characters XML 1.0 forbids outright: one stray
/// form feed pasted into a team name would otherwise make the whole SVG unparseable.
public enum XMLEscaping: Sendable {
    public static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            case "\t", "\n", "\r": escaped += " "
            default:
                if isAllowedInXML(scalar) { escaped.unicodeScalars.append(scalar) }
            }
        }
        return escaped
    }

    /// XML 1.0's `Char` production, minus the whitespace controls handled above.
    static func isAllowedInXML(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}
