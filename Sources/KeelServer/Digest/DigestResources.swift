import Foundation
import KeelStore
import SalesDomain
import Vapor

/// `GET`/`PUT /api/v1/me/digest`: the person's choice, and whether the server sends e-mail at all.
struct DigestSettingResource: Content {
    var enabled: Bool
    /// `false` while the person has never chosen: the digest is on by default.
    var chosen: Bool
    /// Whether `KEEL_SMTP_URL` is set; without it nothing is sent whatever the choice.
    var configured: Bool
    /// `manager` or `seller`; absent for roles that get no digest.
    var audience: String?
    var address: String

    init(_ preference: DigestPreference, person: Person, configured: Bool) {
        enabled = preference.enabled
        chosen = preference.chosen
        self.configured = configured
        audience = Digest.audience(of: person)?.rawValue
        address = person.email
    }
}

struct DigestSettingRequest: Content {
    var enabled: Bool
}

/// `GET /api/v1/me/digest/preview`: this week's digest as it would be sent now, in the caller's
/// language: the e-mail's subject and both parts, and its lists one by one.
struct DigestPreviewResource: Content {
    struct Section: Content {
        struct Line: Content {
            var text: String
            var overdue: Bool
            var link: String
        }

        var id: String
        var title: String
        var note: String?
        var lines: [Line]
    }

    var week: String
    var configured: Bool
    var enabled: Bool
    /// `true` when nothing is due: such a digest is not sent.
    var empty: Bool
    var audience: String?
    var subject: String?
    var text: String?
    var html: String?
    var sections: [Section]

    init(_ screen: DigestScreen, configured: Bool, text words: Localizer, linkBase: String) {
        week = screen.week.description
        self.configured = configured
        enabled = screen.preference.enabled
        empty = screen.digest?.isEmpty ?? true
        audience = screen.digest?.audience.rawValue
        sections = screen.digest.map { digest in
            DigestMail.sections(digest, text: words).map { section in
                Section(id: section.id, title: section.title, note: section.note,
                        lines: section.lines.map { Section.Line(text: $0.text, overdue: $0.overdue, link: linkBase + $0.link) })
            }
        } ?? []
        if let digest = screen.digest, !digest.isEmpty {
            let mail = DigestMail.render(digest, text: words, baseURL: linkBase)
            subject = mail.subject
            text = mail.text
            html = mail.html
        }
    }
}

extension OutboxReport: Content {}
