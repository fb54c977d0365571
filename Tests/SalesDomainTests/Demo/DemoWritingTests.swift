import Foundation
import Testing
@testable import SalesDomain

/// The demo's people write in their market's language (``DemoWriters``), so a Swedish or
/// Norwegian reader of a Swedish or Norwegian team reads its notes as written there, not in English.
@Suite struct DemoWritingTests {
    typealias F = DemoExecutionFixture

    static func marketCode(of person: Person, in demo: DemoOrganization) -> String? {
        demo.markets.first { $0.id == person.marketID }?.code
    }

    @Test func peopleWriteInTheirMarketsLanguageAndTheHeadOfficeInSwedish() throws {
        let writers = DemoWriters(F.organization)
        var seen: [String: Set<Language>] = [:]
        for person in F.organization.people {
            seen[Self.marketCode(of: person, in: F.organization) ?? "head office", default: []].insert(writers.language(of: person.id))
        }
        #expect(seen == ["head office": [.swedish], "SE": [.swedish], "NO": [.norwegianBokmal], "DK": [.english], "FI": [.english]])
        #expect(writers.language(of: Person.ID(UUID())) == .swedish)
        #expect(writers.language(of: nil) == .swedish)
    }

    @Test func everyPhraseHasTheSameNumberOfVariantsInEveryLanguage() {
        for phrases in [
            DemoCoachingGenerator.steps, DemoCoachingGenerator.notes, DemoCompetenceGenerator.managerEvidence,
            DemoCompetenceGenerator.selfEvidence, DemoCompetenceGenerator.peerEvidence, DemoGoalsGenerator.sellerWins,
        ] {
            #expect(Set(Language.allCases.map { phrases.written(in: $0).count }).count == 1)
            #expect(Set(phrases.swedish).isDisjoint(with: phrases.english))
        }
    }

    @Test func evidenceIsWrittenInTheRatersLanguage() {
        let demo = DemoCompetenceFixture.organization
        let writers = DemoWriters(demo)
        var languages: Set<Language> = []
        for rating in DemoCompetenceFixture.competence.ratings {
            let language = writers.language(of: rating.raterID)
            languages.insert(language)
            let written = [DemoCompetenceGenerator.managerEvidence, DemoCompetenceGenerator.selfEvidence, DemoCompetenceGenerator.peerEvidence].flatMap { $0.written(in: language) }
            #expect(written.contains(rating.evidence), "\(rating.evidence) is not \(language)")
        }
        #expect(languages == Set(Language.allCases))
    }

    @Test func sessionNotesAndNextStepsAreWrittenInTheCoachsLanguage() {
        let demo = F.organization
        let writers = DemoWriters(demo)
        let generator = DemoCoachingGenerator(
            demo, competencies: [], execution: F.execution.patterns, seed: 3, now: ExecutionFixture.date(2026, 1, 5), calendar: .stockholm)
        var languages: Set<Language> = []
        for seller in generator.sellerIDs {
            let year = generator.coaching(for: seller)
            for session in year.sessions where session.status == .completed {
                let language = writers.language(of: session.coachID)
                languages.insert(language)
                #expect(DemoCoachingGenerator.notes.written(in: language).contains(session.notes))
            }
            for item in year.items {
                let language = writers.language(of: year.sessions.first { $0.id == item.sessionID }?.coachID)
                let written = DemoCoachingGenerator.steps.written(in: language) + [DemoCoachingGenerator.coachedStep.first(in: language)]
                #expect(written.contains(item.text), "\(item.text) is not \(language)")
            }
        }
        #expect(languages == Set(Language.allCases))
    }

    @Test func theHeadOfSalesWritesTheCompanyGoalInSwedish() throws {
        let calendar = WeekCalendar.stockholm
        let now = ExecutionFixture.date(2026, 1, 5)
        let output = DemoGoalsGenerator.generate(F.organization, deals: F.execution.deals, calendar: calendar, today: calendar.day(containing: now), now: now)
        let company = try #require(output.goals.first { $0.owner == .company })
        #expect(company.title == "Fler vunna affärer i hela Norden")
        let writers = DemoWriters(F.organization)
        for win in output.wins {
            #expect(DemoGoalsGenerator.sellerWins.written(in: writers.language(of: win.postedBy)).contains(win.text)
                || win.text == DemoGoalsGenerator.teamWin.first(in: writers.language(of: win.postedBy)))
        }
        #expect(!output.wins.isEmpty)
    }
}
