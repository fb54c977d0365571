import Foundation
import Testing
@testable import SalesDomain

/// What a rater sees beside the scale (issue 13, item 2): the ratee's submitted self-rating for
/// their manager only, and the consolidated level from the newest earlier closed cycle of the
/// framework that has one, for the manager and the person.
@Suite struct RatingReferenceTests {
    static func id(_ kind: Int, _ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-0000-%04d-%012d", kind, n))! }
    let framework = CompetencyFramework.ID(id(5, 1))
    let now = AssessmentCycle.ID(id(3, 9))
    let person = Person.ID(id(2, 1))
    let manager = Person.ID(id(2, 2))
    let prospecting = Competency.ID(id(4, 1))
    let closing = Competency.ID(id(4, 2))
    let discovery = Competency.ID(id(4, 3))

    func date(_ day: Int) -> Date { Date(timeIntervalSince1970: Double(day) * 86_400) }

    func moment(_ n: Int, opened: Int, closed: Int?, framework other: Int = 1) -> CycleMoment {
        CycleMoment(id: .init(Self.id(3, n)), name: "Cycle \(n)", frameworkID: .init(Self.id(5, other)), openedAt: date(opened),
                    closedAt: closed.map(date))
    }

    func rating(_ n: Int, by rater: Person.ID, on competency: Competency.ID, _ source: RatingSource, level: Int, submitted: Bool) -> Rating {
        Rating(id: .init(Self.id(7, n)), cycleID: now, raterID: rater, rateeID: person, competencyID: competency, source: source,
               level: level, updatedAt: date(100), submittedAt: submitted ? date(100) : nil)
    }

    @Test func previousCyclesAreTheClosedOnesOfTheFrameworkOpenedBeforeNewestFirst() {
        let current = moment(9, opened: 100, closed: nil)
        let cycles = [
            moment(1, opened: 10, closed: 20), moment(2, opened: 50, closed: 60),
            moment(3, opened: 70, closed: nil),                  // still open
            moment(4, opened: 80, closed: 90, framework: 2),     // another framework
            moment(5, opened: 120, closed: 130),                 // opened after this one
            current,
        ]
        #expect(current.earlierClosed(among: cycles).map(\.name) == ["Cycle 2", "Cycle 1"])
    }

    var ratings: [Rating] {
        [
            rating(1, by: person, on: prospecting, .selfAssessment, level: 3, submitted: true),
            rating(2, by: person, on: closing, .selfAssessment, level: 5, submitted: false),  // a draft: the person's own
            rating(3, by: manager, on: prospecting, .manager, level: 2, submitted: true),
        ]
    }

    var earlier: [(cycle: CycleMoment, levels: [Competency.ID: Double])] {
        // Newest first: cycle 2 has prospecting only; cycle 1 has prospecting and closing.
        [(moment(2, opened: 50, closed: 60), [prospecting: 2]), (moment(1, opened: 10, closed: 20), [prospecting: 1, closing: 2.5])]
    }

    @Test func theManagerSeesTheSubmittedSelfRatingAndTheNewestEarlierLevel() {
        let references = RatingReference.references(for: .manager, ratee: person, cycle: now, ratings: ratings, earlier: earlier)
        #expect(references[prospecting]?.selfLevel == 3)
        #expect(references[prospecting]?.previous?.level == 2, "cycle 2, the newest with a level")
        #expect(references[prospecting]?.previous?.cycleName == "Cycle 2")
        #expect(references[closing]?.selfLevel == nil, "a draft self-rating is not shown")
        #expect(references[closing]?.previous?.level == 2.5, "cycle 2 has none: cycle 1's")
        #expect(references[discovery] == nil)
    }

    @Test func aPeerSeesNeitherAndThePersonSeesTheirPreviousLevel() {
        #expect(RatingReference.references(for: .peer, ratee: person, cycle: now, ratings: ratings, earlier: earlier).isEmpty)
        let own = RatingReference.references(for: .selfAssessment, ratee: person, cycle: now, ratings: ratings, earlier: earlier)
        #expect(own[prospecting] == RatingReference(previous: .init(level: 2, cycleID: .init(Self.id(3, 2)), cycleName: "Cycle 2")))
        #expect(own.values.allSatisfy { $0.selfLevel == nil })
    }

    @Test func anotherPersonsOrCyclesSelfRatingIsNeverShown() {
        var elsewhere = rating(4, by: person, on: discovery, .selfAssessment, level: 4, submitted: true)
        elsewhere.cycleID = .init(Self.id(3, 2))
        var someoneElse = rating(5, by: manager, on: discovery, .selfAssessment, level: 1, submitted: true)
        someoneElse.rateeID = manager
        #expect(RatingReference.references(for: .manager, ratee: person, cycle: now, ratings: [elsewhere, someoneElse], earlier: []).isEmpty)
    }
}
