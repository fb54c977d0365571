import Foundation
import SalesDomain

/// A ``Digest`` worded in the recipient's language: the subject, the plain-text part and the
/// HTML part of the e-mail, and the same sections as a fragment for the preview page. Each
/// list says what it counts and how many; every line links back to where it is done in Keel.
enum DigestMail {
    struct Rendered: Hashable, Sendable {
        var subject: String
        var text: String
        var html: String
    }

    static func subject(_ digest: Digest, text: Localizer) -> String {
        let week = String(digest.week.week)
        return digest.audience == .manager ? text(.digestSubjectManager, ["week": week]) : text(.digestSubjectSeller, ["week": week])
    }

    static func render(_ digest: Digest, text: Localizer, baseURL: String) -> Rendered {
        let subject = subject(digest, text: text)
        let html = fragment {
            Node.trusted("<!doctype html>")
            element("html", [Attribute("lang", text.language.rawValue)]) {
                element("head", []) {
                    Node.voidElement("meta", [Attribute("charset", "utf-8")])
                    element("title", []) { subject }
                }
                element("body", [Attribute("style", "font-family: sans-serif; line-height: 1.4; max-width: 40em")]) {
                    body(digest, text: text, baseURL: baseURL)
                }
            }
        }
        return Rendered(subject: subject, text: plain(digest, text: text, baseURL: baseURL), html: html.render())
    }

    struct Section {
        var id: String
        var title: String
        var note: String?
        var lines: [(text: String, overdue: Bool, link: String)]
    }

    /// The digest's lists, in the order a reader acts on them; empty lists are left out.
    static func sections(_ digest: Digest, text: Localizer) -> [Section] {
        var sections: [Section] = []
        if !digest.overdueSellers.isEmpty {
            sections.append(Section(
                id: "digest-overdue-sellers", title: text(.digestOverdueTitle, ["count": String(digest.overdueSellers.count)]),
                note: text(.digestOverdueNote, ["days": String(digest.maximumDaysBetween)]),
                lines: digest.overdueSellers.map { seller in
                    (seller.daysSinceLast.map { text(.digestOverdueDays, ["name": seller.name, "days": String($0)]) }
                        ?? text(.digestNeverCoached, ["name": seller.name]), false, "/coaching")
                }))
        }
        if !digest.steps.isEmpty {
            let title: TextKey = digest.audience == .manager ? .digestStepsTitle : .digestCommitmentsTitle
            sections.append(Section(
                id: "digest-steps", title: text(title, ["count": String(digest.steps.count)]),
                note: text(.digestStepsNote, ["from": digest.today.description, "to": digest.lastDay.description]),
                lines: digest.steps.map { step in
                    let line = digest.audience == .manager
                        ? text(.digestStepLine, ["text": step.item.text, "seller": step.sellerName, "owner": step.ownerName, "due": step.item.due.description])
                        : text(.digestOwnStepLine, ["text": step.item.text, "due": step.item.due.description])
                    return (line, step.overdue, digest.audience == .manager ? "/coaching" : "/")
                }))
        }
        if !digest.focus.isEmpty {
            sections.append(Section(
                id: "digest-focus", title: text(.digestFocusTitle, ["count": String(digest.focus.count)]), note: text(.digestFocusNote),
                lines: digest.focus.map { focus in
                    let about = focus.suggestion.focus.map { CoachingNames.focus($0, names: digest.focusNames, text: text) }
                    return (text(.digestFocusLine, [
                        "name": focus.name, "type": CoachingNames.type(focus.suggestion.type, text: text),
                        "reason": CoachingNames.reason(focus.suggestion.reason, text: text),
                    ]) + (about.map { " — \($0)" } ?? ""), false, "/coaching")
                }))
        }
        if !digest.teamPractice.isEmpty {
            sections.append(Section(
                id: "digest-team-practice", title: text(.digestTeamPracticeTitle, ["count": String(digest.teamPractice.count)]), note: nil,
                lines: digest.teamPractice.map { row in
                    // The line says how many are overdue; a mark after it would say it twice.
                    (text(.digestTeamPracticeLine, ["name": row.name, "overdue": String(row.overdue), "due": String(row.dueThisWeek)]), false,
                     "/practice/people/\(row.personID)")
                }))
        }
        if !digest.practice.isEmpty {
            sections.append(Section(
                id: "digest-practice", title: text(.digestPracticeTitle, ["count": String(digest.practice.count)]), note: nil,
                lines: digest.practice.map { item in
                    (text(.digestPracticeLine, [
                        "title": item.title.text(in: text.language), "competency": item.competency.text(in: text.language), "due": item.due.description,
                    ]), item.overdue, "/practice/entries/\(item.entryID)")
                }))
        }
        return sections
    }

    /// Names the whole ISO week, Monday to Sunday, even when previewed later in it; which steps
    /// are overdue still counts from the day the digest is made.
    static func intro(_ digest: Digest, text: Localizer) -> String {
        text(digest.audience == .manager ? .digestIntroManager : .digestIntroSeller,
             ["week": String(digest.week.week), "from": digest.lastDay.adding(days: -6).description, "to": digest.lastDay.description])
    }

    /// The HTML sections, shared by the e-mail and the preview page.
    static func body(_ digest: Digest, text: Localizer, baseURL: String) -> Node {
        fragment {
            p { text(.digestGreeting, ["name": digest.recipientName]) }
            p { intro(digest, text: text) }
            for section in sections(digest, text: text) {
                section_(id: section.id) {
                    h2 { section.title }
                    if let note = section.note { p(.class("meta")) { note } }
                    ul {
                        for line in section.lines {
                            li {
                                a(.href(baseURL + line.link)) { line.text }
                                if line.overdue { " "; strong { "(\(text(.digestOverdueMark)))" } }
                            }
                        }
                    }
                }
            }
            p(.class("meta")) {
                text(.digestFooter)
                " "
                a(.href(baseURL + "/digest")) { baseURL + "/digest" }
            }
        }
    }

    private static func section_(id: String, @HTMLBuilder content: () -> [Node]) -> Node {
        section(.id(id), .class("card"), content: content)
    }

    static func plain(_ digest: Digest, text: Localizer, baseURL: String) -> String {
        var lines = [text(.digestGreeting, ["name": digest.recipientName]), "", intro(digest, text: text)]
        for section in sections(digest, text: text) {
            lines += ["", section.title, String(repeating: "-", count: min(section.title.count, 60))]
            if let note = section.note { lines.append(note) }
            for line in section.lines {
                lines.append("- " + line.text + (line.overdue ? " (\(text(.digestOverdueMark)))" : ""))
            }
        }
        lines += ["", text(.digestOpenKeel, ["url": baseURL + "/"]), "", "-- ", text(.digestFooter) + " " + baseURL + "/digest", ""]
        return lines.joined(separator: "\n")
    }
}
