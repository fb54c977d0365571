import Foundation
import Testing
@testable import SalesDomain

/// The rules that turn successive CRM exports into a deal's stage history, table by table.
@Suite struct DealSnapshotTests {
    let created = ExecutionFixture.date(2026, 1, 5)
    let engaged = ExecutionFixture.date(2026, 1, 8)
    let closed = ExecutionFixture.date(2026, 2, 20)
    let earlierClose = ExecutionFixture.date(2026, 2, 10)
    let export = ExecutionFixture.date(2026, 3, 2)
    let qualification = DealStage("qualification")
    let proposal = DealStage("proposal")
    let negotiation = DealStage("negotiation")
    let won = DealStage("won")

    typealias Recorded = DealSnapshot.Recorded

    @Test func aDealSeenForTheFirstTime() {
        let cases: [(DealSnapshot, Recorded)] = [
            // open: the history starts at engagement, else creation, else the export's date
            (DealSnapshot(stage: proposal, outcome: .open, createdOn: created, engagedOn: engaged),
             Recorded(stage: proposal, enteredStageAt: engaged, closedAt: nil)),
            (DealSnapshot(stage: proposal, outcome: .open, createdOn: created),
             Recorded(stage: proposal, enteredStageAt: created, closedAt: nil)),
            (DealSnapshot(stage: proposal, outcome: .open), Recorded(stage: proposal, enteredStageAt: export, closedAt: nil)),
            // closed: no known path; the close date is the export's, else the export day
            // a close the file dates is recorded at that date
            (DealSnapshot(stage: won, outcome: .won, engagedOn: engaged, closedOn: closed),
             Recorded(stage: won, enteredStageAt: nil, closedAt: closed, close: DealClose(outcome: .won, closedAt: closed))),
            (DealSnapshot(stage: won, outcome: .won), Recorded(stage: won, enteredStageAt: nil, closedAt: export)),
        ]
        for (snapshot, expected) in cases {
            #expect(snapshot.applied(to: nil, asOf: export) == expected, "\(snapshot)")
        }
    }

    @Test func aKnownDealInALaterExport() {
        let openInQualification = DealSnapshot.Known(stage: qualification, closedAt: nil)
        let closedFromProposal = DealSnapshot.Known(stage: proposal, closedAt: earlierClose)
        let cases: [(DealSnapshot, DealSnapshot.Known, Recorded)] = [
            // moved while open: a new stay from the export's day
            (DealSnapshot(stage: proposal, outcome: .open, engagedOn: engaged), openInQualification,
             Recorded(stage: proposal, enteredStageAt: export, closedAt: nil)),
            // the same stage: nothing moves
            (DealSnapshot(stage: qualification, outcome: .open, engagedOn: engaged), openInQualification,
             Recorded(stage: qualification, enteredStageAt: nil, closedAt: nil)),
            // closed: keeps the stage it closed from, dated by the export or the export's day
            (DealSnapshot(stage: won, outcome: .won, closedOn: closed), openInQualification,
             Recorded(stage: qualification, enteredStageAt: nil, closedAt: closed, close: DealClose(outcome: .won, closedAt: closed))),
            (DealSnapshot(stage: won, outcome: .won), openInQualification,
             Recorded(stage: qualification, enteredStageAt: nil, closedAt: export)),
            // still closed in a later export without a date: the known close date stays
            (DealSnapshot(stage: won, outcome: .won), closedFromProposal,
             Recorded(stage: proposal, enteredStageAt: nil, closedAt: earlierClose)),
            // closed from another pipeline stage (a status column says won): it moved there by
            // the close date the file gives, not the export's day
            (DealSnapshot(stage: proposal, outcome: .won, closedOn: closed, stageNamesOutcome: false), openInQualification,
             Recorded(stage: proposal, enteredStageAt: closed, closedAt: closed, close: DealClose(outcome: .won, closedAt: closed))),
            (DealSnapshot(stage: qualification, outcome: .won, closedOn: closed, stageNamesOutcome: false), openInQualification,
             Recorded(stage: qualification, enteredStageAt: nil, closedAt: closed, close: DealClose(outcome: .won, closedAt: closed))),
            // already closed before: it moves no more (its close, never recorded, is now)
            (DealSnapshot(stage: negotiation, outcome: .won, closedOn: closed, stageNamesOutcome: false), closedFromProposal,
             Recorded(stage: proposal, enteredStageAt: nil, closedAt: closed, close: DealClose(outcome: .won, closedAt: closed))),
            // reopened in another stage: it moves, and has no close date any more
            (DealSnapshot(stage: qualification, outcome: .open), closedFromProposal,
             Recorded(stage: qualification, enteredStageAt: export, closedAt: nil)),
        ]
        for (snapshot, known, expected) in cases {
            #expect(snapshot.applied(to: known, asOf: export) == expected, "\(snapshot) after \(known)")
        }
    }

    /// Issue 13, item 15: a close the file dates is a transition at that date, recorded once
    /// however often the same export is imported again.
    @Test func aCloseIsRecordedOnceAtTheFilesDate() throws {
        let lost = DealSnapshot(stage: DealStage("lost"), outcome: .lost, engagedOn: engaged, closedOn: closed)
        let first = lost.applied(to: nil, asOf: export)
        let close = try #require(first.close)
        #expect(close == DealClose(outcome: .lost, closedAt: closed))
        #expect(close.stage == DealStage("lost"))
        // the same file again: the history already says so
        let known = DealSnapshot.Known(stage: first.stage, closedAt: first.closedAt, recordedClose: close)
        #expect(lost.applied(to: known, asOf: ExecutionFixture.date(2026, 4, 1)).close == nil)
        // a corrected outcome or date is recorded anew
        let corrected = DealSnapshot(stage: won, outcome: .won, engagedOn: engaged, closedOn: closed)
        #expect(corrected.applied(to: known, asOf: export).close == DealClose(outcome: .won, closedAt: closed))
        let redated = DealSnapshot(stage: DealStage("lost"), outcome: .lost, closedOn: earlierClose)
        #expect(redated.applied(to: known, asOf: export).close == DealClose(outcome: .lost, closedAt: earlierClose))
        // no close date in the file: the import's day is not when it closed
        #expect(DealSnapshot(stage: won, outcome: .won).applied(to: nil, asOf: export).close == nil)
    }

    /// A recorded close ends the history without becoming a stay, so time in stage, conversion
    /// and stalls read the same as without it.
    @Test func aRecordedCloseIsNoStay() throws {
        let deal = Deal(
            id: ExecutionFixture.dealID(1), ownerID: Person.ID(UUID()), stage: proposal, value: 100, createdAt: created, closedAt: closed,
            outcome: .won)
        let moves = [
            StageTransition(dealID: deal.id, stage: qualification, enteredAt: engaged),
            StageTransition(dealID: deal.id, stage: proposal, enteredAt: earlierClose),
        ]
        let close = try #require(DealClose(outcome: .won, closedAt: closed))
        let with = DealHistory(deal: deal, transitions: moves + [close.transition(of: deal.id)])
        let without = DealHistory(deal: deal, transitions: moves)
        #expect(with.close == close)
        #expect(with.stays == without.stays)
        #expect(with.transitions == without.transitions)
        #expect(without.close == nil)
        // a close of another outcome (before a reopening) is not this deal's close
        let reopened = DealHistory(deal: deal, transitions: moves + [try #require(DealClose(outcome: .lost, closedAt: earlierClose)).transition(of: deal.id)])
        #expect(reopened.close == nil)
        #expect(reopened.stays == without.stays)
    }
}
