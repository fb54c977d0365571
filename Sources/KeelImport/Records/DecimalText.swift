import Foundation

/// Reads an amount as people and spreadsheets write it: `1234.50`, `1,234.50`, `1 234,50`,
/// `1234,50`, `1.234,50`, `1'234.50`.
///
/// Spaces (also the no-break spaces Excel groups thousands with) and `'` group digits. With a
/// decimal mark given, the other of `.` and `,` groups digits too. Without one, the value's own
/// writing tells: of both marks the last is the decimal one, a mark that appears twice groups,
/// and a single mark is decimal unless exactly three digits follow it — `1,234` and `1.234` are
/// then read the way the file's region writes them (`commaIsDecimal`: a `;`-separated file).
enum DecimalText {
    static func parse(_ raw: String, decimalMark: Character?, commaIsDecimal: Bool) -> Decimal? {
        var characters: [Character] = []
        for character in raw where !character.isWhitespace && character != "'" {
            characters.append(character)
        }
        let mark = decimalMark ?? Self.decimalMark(of: characters, commaIsDecimal: commaIsDecimal)
        var cleaned = ""
        for (index, character) in characters.enumerated() {
            switch character {
            case mark: cleaned.append(".")
            case ".", ",": continue
            case "-" where index == 0: cleaned.append("-")
            case "0"..."9": cleaned.append(character)
            default: return nil
            }
        }
        guard cleaned.filter({ $0 == "." }).count <= 1, cleaned.contains(where: \.isNumber) else { return nil }
        return Decimal(string: cleaned, locale: Locale(identifier: "en_US_POSIX"))
    }

    private static func decimalMark(of characters: [Character], commaIsDecimal: Bool) -> Character {
        let lastDot = characters.lastIndex(of: "."), lastComma = characters.lastIndex(of: ",")
        switch (lastDot, lastComma) {
        case (let dot?, let comma?):
            return dot > comma ? "." : ","
        case (let index?, nil), (nil, let index?):
            let mark = characters[index]
            let grouped = characters.filter { $0 == mark }.count > 1
            let digitsAfter = characters.count - index - 1
            if grouped || digitsAfter == 3 && commaIsDecimal != (mark == ",") {
                return mark == "," ? "." : ","
            }
            return mark
        case (nil, nil):
            return "."
        }
    }
}
