import Foundation

/// An e-mail with a plain-text and an HTML alternative, written as RFC 5322 / MIME text: UTF-8
/// bodies in base64 (lines of 76), a subject in RFC 2047 encoded words when it is not ASCII
/// ("Veckans sammanfattning – vecka 14" has an en dash; Norwegian subjects have ø), a `Date`
/// and a `Message-ID`. Lines end in CRLF, as SMTP requires.
public struct MIMEMessage: Hashable, Sendable {
    public var from: String
    public var to: String
    public var subject: String
    public var text: String
    public var html: String
    public var date: Date
    /// Without the angle brackets: `<id>@<domain>`.
    public var messageID: String

    public init(from: String, to: String, subject: String, text: String, html: String, date: Date, messageID: String) {
        self.from = from
        self.to = to
        self.subject = subject
        self.text = text
        self.html = html
        self.date = date
        self.messageID = messageID
    }

    /// The boundary between parts: derived from the message id, so it is stable for one message
    /// and never occurs in base64 text (which has no `=` before the end or `_`).
    var boundary: String { "=_keel_" + messageID.filter { $0.isLetter || $0.isNumber } }

    public var rendered: String {
        var lines = [
            "From: \(from)",
            "To: \(to)",
            "Subject: \(Self.encodedHeader(subject))",
            "Date: \(Self.rfc5322Date(date))",
            "Message-ID: <\(messageID)>",
            "MIME-Version: 1.0",
            "Content-Type: multipart/alternative; boundary=\"\(boundary)\"",
            "",
            "This is a message in MIME format: a plain-text and an HTML version.",
        ]
        for (type, body) in [("text/plain", text), ("text/html", html)] {
            lines += ["", "--\(boundary)", "Content-Type: \(type); charset=utf-8", "Content-Transfer-Encoding: base64", ""]
            lines += Self.base64Lines(body)
        }
        lines += ["", "--\(boundary)--", ""]
        return lines.joined(separator: "\r\n")
    }

    /// A header value as is when it is printable ASCII, else as RFC 2047 `=?utf-8?B?…?=` words of
    /// at most 75 characters each, split between whole characters.
    static func encodedHeader(_ value: String) -> String {
        if value.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F }) { return value }
        var words: [String] = []
        var chunk = ""
        for character in value {
            let candidate = chunk + String(character)
            // 39 bytes of UTF-8 make 52 base64 characters: with `=?utf-8?B?`, `?=` and the
            // header's name the first line stays within 78.
            if candidate.utf8.count > 39 {
                words.append(chunk)
                chunk = String(character)
            } else {
                chunk = candidate
            }
        }
        if !chunk.isEmpty { words.append(chunk) }
        return words.map { "=?utf-8?B?\(Data($0.utf8).base64EncodedString())?=" }.joined(separator: "\r\n ")
    }

    static func base64Lines(_ body: String) -> [String] {
        let encoded = Data(body.utf8).base64EncodedString()
        return stride(from: 0, to: encoded.count, by: 76).map { start in
            let from = encoded.index(encoded.startIndex, offsetBy: start)
            let to = encoded.index(from, offsetBy: min(76, encoded.count - start))
            return String(encoded[from..<to])
        }
    }

    /// `Mon, 30 Mar 2026 05:00:00 +0000`: always in UTC, in English, as RFC 5322 asks.
    static func rfc5322Date(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        return formatter.string(from: date)
    }

    /// An address SMTP's `MAIL FROM:<…>` and `RCPT TO:<…>` can carry as is: one `@`, no spaces,
    /// angle brackets or line breaks — nothing a header or command could be split with.
    public static func isPlainAddress(_ address: String) -> Bool {
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && !parts[1].isEmpty
            && address.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value < 0x7F && !"<>()[]\\,;:\"".unicodeScalars.contains($0) }
    }

    /// The DATA section as sent: every line starting with a dot gets another (RFC 5321 4.5.2),
    /// ended by a line holding a dot alone.
    var dataSection: String { Self.dotStuffed(rendered) }

    static func dotStuffed(_ text: String) -> String {
        text.components(separatedBy: "\r\n").map { $0.hasPrefix(".") ? "." + $0 : $0 }.joined(separator: "\r\n") + ".\r\n"
    }
}
