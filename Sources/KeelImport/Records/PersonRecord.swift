import Foundation
import SalesDomain

/// A salesperson as a CRM's user or team export describes them.
public struct PersonRecord: Sendable, Hashable {
    public var line: Int
    public var name: String
    /// From the file, or made from the mapping's `email_pattern`.
    public var email: String
    public var manager: String?
    /// A sales office or region; becomes the team above the manager's team.
    public var office: String?

    static func read(_ record: CSVRecord, binding: HeaderBinding) -> Result<PersonRecord, RowProblems> {
        var row = RowReader(binding: binding, record: record)
        let name = row.required(.name)
        var email = row.text(.email)
        if email == nil, let name, let pattern = binding.mapping.emailPattern {
            email = EmailPattern.address(for: name, pattern: pattern)
        }
        if let raw = email {
            do { email = try EmailAddress.normalize(raw) } catch {
                row.report(.email, value: raw, "not an e-mail address", Problem(.importNotAnEmail))
                email = nil
            }
        } else if row.problems.isEmpty {
            row.report(.email, value: nil, "an e-mail address is required; map an email column or give the mapping an email_pattern",
                       Problem(.importEmailRequired))
        }
        guard row.problems.isEmpty, let name, let email else { return .failure(RowProblems(row.problems)) }
        return .success(PersonRecord(line: record.line, name: name, email: email, manager: row.text(.manager), office: row.text(.office)))
    }
}

/// Company e-mail addresses made from names, for exports that list people by name only.
public enum EmailPattern {
    /// `{first}.{last}@example.com` with `Moses Frase` gives `moses.frase@example.com`; letters
    /// are folded to ASCII (å → a, ø → o) and middle names join the first name with a dot.
    public static func address(for name: String, pattern: String) -> String {
        let parts = name.split(whereSeparator: { $0.isWhitespace }).map { fold(String($0)) }.filter { !$0.isEmpty }
        let first = parts.dropLast().joined(separator: ".")
        let last = parts.last ?? ""
        return pattern
            .replacingOccurrences(of: "{first}", with: first.isEmpty ? last : first)
            .replacingOccurrences(of: "{last}", with: first.isEmpty ? "" : last)
            .replacingOccurrences(of: ".@", with: "@")
    }

    static func fold(_ word: String) -> String {
        word.lowercased().map { character -> String in
            switch character {
            case "å", "ä", "á", "à", "â": "a"
            case "ö", "ø", "ó", "ò", "ô": "o"
            case "æ": "ae"
            case "é", "è", "ê", "ë": "e"
            case "ü", "ú": "u"
            case "í", "ï": "i"
            case "ß": "ss"
            default: character.isASCII && (character.isLetter || character.isNumber || character == "-") ? String(character) : ""
            }
        }.joined()
    }
}
