import Foundation
@testable import KeelServer
import SalesDomain
import Testing

/// Issue 13's proof that Swedish and Norwegian pages show no English interface text: each role
/// switches language, then every page reachable by links from the start page (up to a bound) is
/// read, and its visible text — with titles, placeholders and labels for assistive technology —
/// is searched for each phrase of the English catalog that the language words differently.
/// Names and numbers are data, not catalog text, so they never match.
@Suite struct EveryPageTranslatedTests {
    static let pagesPerRole = 60

    @Test(arguments: [Language.swedish, .norwegianBokmal])
    func noReachablePageShowsEnglishInterfaceText(_ language: Language) async throws {
        try await withServer { server in
            let phrases = Self.englishPhrases(differingIn: language)
            let words = Self.englishDomainWords(differingIn: language)
            var findings: [String] = []
            var pagesRead = 0
            for person in [server.demo.logins.seller, server.demo.logins.manager, server.demo.logins.leader, server.demo.logins.admin] {
                let browser = TestBrowser(server)
                try await browser.signIn(person.email)
                try await browser.post("/language", form: [("language", language.rawValue), ("returnTo", "/")])
                var queue = ["/"]
                var seen: Set<String> = ["/"]
                var read = 0
                while !queue.isEmpty, read < Self.pagesPerRole {
                    let path = queue.removeFirst()
                    let page = try await browser.get(path)
                    guard page.status == .ok, page.headers.contentType?.subType == "html" else { continue }
                    read += 1
                    let text = Self.visibleText(page.text)
                    for phrase in phrases where text.contains(phrase) {
                        findings.append("\(person.accessRole.rawValue) \(path): “\(phrase)”")
                    }
                    for word in Self.domainWords(words, in: text) {
                        findings.append("\(person.accessRole.rawValue) \(path): the English default “\(word)”")
                    }
                    for link in Self.links(in: page.text) where Self.shouldFollow(link) && seen.insert(Self.shape(of: link)).inserted {
                        queue.append(link)
                    }
                }
                pagesRead += read
            }
            #expect(pagesRead > 80, "read \(pagesRead) pages")
            #expect(findings.isEmpty, "\(findings.count) English phrases on \(language.rawValue) pages:\n\(Set(findings).sorted().joined(separator: "\n"))")
        }
    }

    /// The English catalog's texts, cut at their placeholders, that `language` words otherwise:
    /// only pieces of two words or more and at least 12 characters, so a word both languages
    /// share ("Status", "Coaching") is no finding.
    static func englishPhrases(differingIn language: Language) -> [String] {
        let english = Localizer.catalog(for: .english)
        let translated = Localizer.catalog(for: language)
        var phrases: Set<String> = []
        for (key, text) in english where translated[key] != text {
            for piece in text.split(whereSeparator: { $0 == "{" || $0 == "}" }).enumerated() where piece.offset.isMultiple(of: 2) {
                let phrase = piece.element.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters))
                if phrase.count >= 12, phrase.contains(" "), !(translated[key] ?? "").contains(phrase) { phrases.insert(phrase) }
            }
        }
        return phrases.sorted()
    }

    /// Keel's English names for activity types, stages and job roles that `language` names
    /// otherwise ("Qualification", "Account executive"): on its pages each is a name the
    /// organization's vocabulary failed to translate.
    static func englishDomainWords(differingIn language: Language) -> [String] {
        var words: Set<String> = []
        for kind in [VocabularyKind.activityType, .dealStage, .jobRole] {
            for (code, _) in OrganizationVocabulary.keelDefaults[kind] ?? [:] {
                let english = OrganizationVocabulary.defaultName(kind, code, in: .english) ?? code
                if OrganizationVocabulary.defaultName(kind, code, in: language) != english { words.insert(english) }
            }
        }
        return words.sorted()
    }

    /// The words found in `text` as whole words, in their capitalized form as a name is shown.
    static func domainWords(_ words: [String], in text: String) -> [String] {
        words.filter { word in
            text.range(of: "(?<![\\p{L}-])" + NSRegularExpression.escapedPattern(for: word) + "(?![\\p{L}-])", options: .regularExpression) != nil
        }
    }

    @Test func anEnglishDefaultNameIsAFindingOnASwedishPage() {
        let words = Self.englishDomainWords(differingIn: .swedish)
        #expect(Self.domainWords(words, in: "Steg: Qualification · 12 affärer") == ["Qualification"])
        #expect(Self.domainWords(words, in: "Befattning: Account executive") == ["Account executive"])
        #expect(Self.domainWords(words, in: "Steg: Kvalificering · Demo · Meetings") == [])
        #expect(!words.contains("Demo"), "a word the languages share is no finding")
    }

    /// Text a reader sees or hears: the page without scripts, styles and tags, plus the titles,
    /// placeholders and labels of its elements, with entities decoded.
    static func visibleText(_ html: String) -> String {
        // Scripts and styles are not read; code is data (a CRM's column header, a key), and an
        // element in English on purpose says so (the three languages of an editable text).
        var text = html.replacingOccurrences(of: #"<(script|style|code)\b[^>]*>[\s\S]*?</\1>"#, with: " ", options: .regularExpression)
            .replacingOccurrences(of: #"<(\w+)\b[^>]*\blang="en"[^>]*>[\s\S]*?</\1>"#, with: " ", options: .regularExpression)
            .replacingOccurrences(of: #"<(input|textarea)\b[^>]*\blang="en"[^>]*>"#, with: " ", options: .regularExpression)
        var attributes: [String] = []
        let pattern = try! NSRegularExpression(pattern: #"\b(title|placeholder|aria-label|alt)="([^"]*)""#)
        for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            if let range = Range(match.range(at: 2), in: text) { attributes.append(String(text[range])) }
        }
        text = text.replacingOccurrences(of: #"<[^>]*>"#, with: " ", options: .regularExpression)
        text += " " + attributes.joined(separator: " ")
        for (entity, character) in [("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&nbsp;", " ")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text.replacingOccurrences(of: #"\s+"#, with: " ", options: .regularExpression)
    }

    static func links(in html: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: ##"href="(/[^"#]*)""##)
        return pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)).compactMap { match in
            Range(match.range(at: 1), in: html).map { String(html[$0]).replacingOccurrences(of: "&amp;", with: "&") }
        }
    }

    /// Pages, not files, sign-out or the API; the same page with other ids or filters is read once.
    static func shouldFollow(_ link: String) -> Bool {
        let path = link.split(separator: "?").first.map(String.init) ?? link
        let skipped = ["/api/", "/logout", "/login", "/openapi", "/static", "/healthz", "/metrics"]
        let files = [".csv", ".json", ".ics", ".css", ".js", ".yaml", ".html", ".pdf", "/export", "/download", "/file", "/templates/"]
        return !skipped.contains(where: path.hasPrefix) && !files.contains(where: path.contains)
    }

    /// A link's path with ids for its ids, and the names of its query parameters without values.
    static func shape(of link: String) -> String {
        let parts = link.split(separator: "?", maxSplits: 1).map(String.init)
        let names = parts.count > 1 ? parts[1].split(separator: "&").map { $0.split(separator: "=").first.map(String.init) ?? "" }.sorted() : []
        return (parts.first ?? link).replacingOccurrences(of: #"[0-9A-Fa-f]{8}-[0-9A-Fa-f-]{27}"#, with: "{id}", options: .regularExpression)
            .replacingOccurrences(of: #"/\d+(?=/|$)"#, with: "/{n}", options: .regularExpression) + "?" + names.joined(separator: "&")
    }
}
