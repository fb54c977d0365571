import Foundation
@testable import KeelServer
import SalesDomain
import Testing

/// The digest page and the e-mail's plain-text part rendered from a fixed manager's digest —
/// one seller never coached and one 30 days without a session, an overdue step and one due on
/// the week's Sunday, a suggested focus, a seller with overdue practice — in English and Swedish.
@Suite struct DigestPageSnapshotTests {
    static func id(_ kind: Int, _ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-0000-%04d-%012d", kind, n))! }
    static let manager = Person.ID(id(2, 100))
    static let sara = Person.ID(id(2, 1))
    static let gustav = Person.ID(id(2, 2))
    static let today = CalendarDay(year: 2026, month: 3, day: 30)!
    static let coldCalling = Competency.ID(id(4, 1))

    static func step(_ n: Int, seller: Person.ID, owner: Person.ID, due: CalendarDay, overdue: Bool, name: String, ownerName: String) -> Digest.Step {
        Digest.Step(
            item: ActionItem(id: .init(id(6, n)), sellerID: seller, sessionID: .init(id(5, n)), text: "Book two <discovery> meetings", ownerID: owner, due: due),
            sellerName: name, ownerName: ownerName, overdue: overdue)
    }

    static let digest = Digest(
        audience: .manager, recipientID: manager, recipientName: "Sofia Larsson", week: ISOWeek(year: 2026, week: 14)!, today: today,
        lastDay: today.adding(days: 6), maximumDaysBetween: 21,
        overdueSellers: [.init(personID: gustav, name: "Gustav Holm", daysSinceLast: nil), .init(personID: sara, name: "Sara Jonsson", daysSinceLast: 30)],
        steps: [
            step(1, seller: sara, owner: sara, due: today.adding(days: -3), overdue: true, name: "Sara Jonsson", ownerName: "Sara Jonsson"),
            step(2, seller: gustav, owner: manager, due: today.adding(days: 6), overdue: false, name: "Gustav Holm", ownerName: "Sofia Larsson"),
        ],
        focus: [.init(personID: sara, name: "Sara Jonsson", suggestion: CoachingSuggestion(
            type: .skill, focus: .competency(coldCalling), reason: .competenceGap, areaKey: "prospecting"))],
        teamPractice: [.init(personID: gustav, name: "Gustav Holm", overdue: 2, dueThisWeek: 1)],
        focusNames: FocusNames(competencies: [coldCalling: LocalizedText(english: "Cold calling", swedish: "Kalla samtal")]))

    @Test(arguments: [Language.english, .swedish])
    func aManagersDigestPage(_ language: Language) {
        let screen = DigestScreen(preference: .standard, week: Self.digest.week, digest: Self.digest)
        let model = DigestPage.Model(
            screen: screen, address: "manager@demo.keel.test", language: language, configured: false, linkBase: "https://keel.example.com", notice: nil)
        let html = DigestPage.render(model, context: PageContext(text: Localizer(language), viewer: nil, capabilities: [], csrfToken: "token", path: "/digest")).render()
        expectSnapshot(html, named: "digest-manager-\(language.rawValue)")
    }

    @Test(arguments: [Language.english, .swedish])
    func aManagersDigestAsPlainText(_ language: Language) {
        let mail = DigestMail.render(Self.digest, text: Localizer(language), baseURL: "https://keel.example.com")
        expectSnapshot(mail.subject + "\n\n" + mail.text, named: "digest-mail-\(language.rawValue)")
        #expect(mail.html.contains("Book two &lt;discovery&gt; meetings") && !mail.html.contains("<discovery>"))
    }
}
