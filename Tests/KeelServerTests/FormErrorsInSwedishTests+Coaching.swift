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

    /// A seller the manager does not coach beside a time that is none and a length that is no
    /// number: the store's refusal of the seller is told with what could not be read; a seller
    /// that is no id is named as such.
    @Test func theSessionPlanFormTellsAnUncoachableSellerBesideWhatItCannotRead() async throws {
        try await withServer { server in
            let manager = server.demo.logins.manager
            let policy = AccessPolicy(viewer: Viewer(manager), hierarchy: TeamHierarchy(server.demo.teams))
            let stranger = try #require(server.demo.people.first { $0.accessRole == .seller && $0.isActive && !policy.canCoach($0) })
            let browser = try await Self.swedishBrowser(server, manager.email)
            try await browser.get("/coaching/sessions/new")
            let page = try await browser.post("/coaching/sessions", form: [
                ("sellerID", stranger.id.description), ("type", "skill"), ("date", "2026-01-20"), ("time", "25:99"), ("durationMinutes", "lång"),
                ("focus", ""),
            ])
            Self.expectEvery([
                (.sellerNotCoachable, [:]), (.notATime, ["value": "25:99"]),
                (.numberBetween, ["minimum": String(SessionPlan.durations.lowerBound), "maximum": String(SessionPlan.durations.upperBound)]),
            ], on: page, fields: ["sellerID", "time", "durationMinutes"])
            Self.expectLinked(["sellerID", "time", "durationMinutes"].map { ($0, "field-\($0)") }, on: page)

            let unreadable = try await browser.post("/coaching/sessions", form: [
                ("sellerID", "ingen"), ("type", "skill"), ("date", "2026-01-20"), ("time", "25:99"), ("durationMinutes", "45"), ("focus", ""),
            ])
            Self.expectEvery([(.notAnID, ["value": "ingen"]), (.notATime, ["value": "25:99"])], on: unreadable, fields: ["sellerID", "time"])
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

    /// A due date that is no date beside the session's own rules: a step without a due date, one
    /// due before the session and notes too long — all on the page at once, nothing completed.
    @Test func theSessionCompletionShowsEveryProblem() async throws {
        try await withServer { server in
            let seller = server.demo.logins.seller
            let browser = try await Self.swedishBrowser(server, server.demo.logins.manager.email)
            let planned = try await browser.post("/coaching/sessions", form: [
                ("sellerID", seller.id.description), ("type", "skill"), ("date", "2026-01-08"), ("time", "10:30"), ("durationMinutes", "45"),
                ("focus", ""),
            ])
            let location = try #require(planned.headers.first(name: .location))
            let notes = String(repeating: "a", count: SessionCompletion.maximumNotesLength + 1)
            let page = try await browser.post(location + "/complete", form: [
                ("notes", notes),
                ("step-0-text", "Öva invändningar"), ("step-0-owner", seller.id.description), ("step-0-due", "imorgon"), ("step-0-link", ""),
                ("step-1-text", "Ring kunden"), ("step-1-owner", seller.id.description), ("step-1-due", ""), ("step-1-link", ""),
                ("step-2-text", "Skicka offert"), ("step-2-owner", seller.id.description), ("step-2-due", "2026-01-01"), ("step-2-link", ""),
            ])
            Self.expectEvery([
                (.notADate, ["value": "imorgon"]), (.valueRequired, [:]), (.dueBeforeSession, ["day": "2026-01-08"]),
                (.textTooLong, ["maximum": String(SessionCompletion.maximumNotesLength)]),
            ], on: page, fields: ["nextSteps", "due", "notes"])
            Self.expectLinked([("step-0-due", "step-0-due"), ("step-1-due", "step-1-due"), ("step-2-due", "step-2-due")], on: page)
            // Once in the summary and once at step 1's field: step 0's date that is no date is not also called missing.
            #expect(page.text.components(separatedBy: Self.shown(.valueRequired)).count - 1 == 2)
            #expect(page.text.contains("value=\"imorgon\"") && page.text.contains("Skicka offert"), "what was typed is kept")
            let store = try await CoachingStore.of(database: server.app.db, organizationID: server.demo.organization.id)
            let policy = AccessPolicy(viewer: Viewer(server.demo.logins.manager), hierarchy: TeamHierarchy(server.demo.teams))
            let id = try #require(location.split(separator: "/").last.flatMap { CoachingSession.ID(uuidString: String($0)) })
            #expect(try await store.sessionScreen(id, for: policy, asOf: server.clock.now).session.status == .planned, "nothing completed")
        }
    }
}
