import Foundation
@testable import KeelServer
import KeelStore
import SalesDomain
import Testing
import Vapor

/// The coaching forms — a session planned, the rhythm and agendas set — each submitted in
/// Swedish with every field wrong.
extension FormErrorsInSwedishTests {
    /// No seller, no kind, a date and a time that are none, a length that is no choice and a
    /// focus that does not exist: the length is told beside what could not be read.
    @Test func theSessionPlanFormShowsEveryProblem() async throws {
        try await withServer { server in
            let browser = try await Self.swedishBrowser(server, server.demo.logins.manager.email)
            try await browser.get("/coaching/sessions/new")
            let page = try await browser.post("/coaching/sessions", form: [
                ("sellerID", ""), ("type", ""), ("date", "igår"), ("time", "25:99"), ("durationMinutes", "lång"), ("focus", "okänt"),
            ])
            Self.expectEvery([
                (.valueRequired, [:]), (.notADate, ["value": "igår"]), (.notATime, ["value": "25:99"]),
                (.numberBetween, ["minimum": String(SessionPlan.durations.lowerBound), "maximum": String(SessionPlan.durations.upperBound)]),
                (.focusNotFound, [:]),
            ], on: page, fields: ["sellerID", "type", "date", "time", "durationMinutes", "focus"])
            Self.expectLinked(["sellerID", "type", "date", "time", "durationMinutes", "focus"].map { ($0, "field-\($0)") }, on: page)
            #expect(page.text.components(separatedBy: Self.shown(.valueRequired)).count - 1 >= 2, "seller and kind are both named")
            #expect(page.text.contains("value=\"igår\"") && page.text.contains("value=\"25:99\""), "what was typed is kept")
        }
    }

    /// A minimum that is no number, a maximum and a gap out of range, and an agenda line in
    /// Swedish alone: the ranges and the agenda are told beside the number that could not be read.
    @Test func theCoachingSettingsShowEveryProblem() async throws {
        try await withServer { server in
            let browser = try await Self.swedishBrowser(server, server.demo.logins.leader.email)
            try await browser.get("/settings/coaching")
            var form: [(String, String)] = [("minimumPerMonth", "ofta"), ("maximumPerMonth", "50"), ("maximumDaysBetween", "200")]
            for type in CoachingSessionType.allCases where type != .skill {
                form.append((CoachingSettingsPage.agendaField(type, "en"), AgendaTemplate.standard(for: type).items.map { $0.english ?? "" }.joined(separator: "\n")))
            }
            form += [(CoachingSettingsPage.agendaField(.skill, "en"), ""), (CoachingSettingsPage.agendaField(.skill, "sv"), "Bara svenska")]
            let page = try await browser.post("/settings/coaching", form: form)
            Self.expectEvery([
                (.notAWholeNumber, ["value": "ofta"]), (.numberBetween, ["minimum": "1", "maximum": "20"]),
                (.numberBetween, ["minimum": "1", "maximum": "92"]), (.englishTextRequired, [:]),
            ], on: page, fields: ["minimumPerMonth", "maximumPerMonth", "maximumDaysBetween", "items[0].en", "agenda.skill.items[0].en"])
            let agenda = CoachingSettingsPage.agendaField(.skill, "en")
            Self.expectLinked(["minimumPerMonth", "maximumPerMonth", "maximumDaysBetween", agenda].map { ($0, "field-\($0)") }, on: page)
            #expect(page.text.contains("value=\"ofta\"") && page.text.contains(">Bara svenska</textarea>"), "what was typed is kept")
            let store = try await CoachingStore.of(database: server.app.db, organizationID: server.demo.organization.id)
            #expect(try await store.agenda(for: .skill) == .standard(for: .skill), "nothing stored")
        }
    }
}
