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
            (DealSnapshot(stage: won, outcome: .won, engagedOn: engaged, closedOn: closed), Recorded(stage: won, enteredStageAt: nil, closedAt: closed)),
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
             Recorded(stage: qualification, enteredStageAt: nil, closedAt: closed)),
            (DealSnapshot(stage: won, outcome: .won), openInQualification,
             Recorded(stage: qualification, enteredStageAt: nil, closedAt: export)),
            // still closed in a later export without a date: the known close date stays
            (DealSnapshot(stage: won, outcome: .won), closedFromProposal,
             Recorded(stage: proposal, enteredStageAt: nil, closedAt: earlierClose)),
            // closed from another pipeline stage (a status column says won): it moved there by
            // the close date the file gives, not the export's day
            (DealSnapshot(stage: proposal, outcome: .won, closedOn: closed, stageNamesOutcome: false), openInQualification,
             Recorded(stage: proposal, enteredStageAt: closed, closedAt: closed)),
            (DealSnapshot(stage: qualification, outcome: .won, closedOn: closed, stageNamesOutcome: false), openInQualification,
             Recorded(stage: qualification, enteredStageAt: nil, closedAt: closed)),
            // already closed before: it moves no more
            (DealSnapshot(stage: negotiation, outcome: .won, closedOn: closed, stageNamesOutcome: false), closedFromProposal,
             Recorded(stage: proposal, enteredStageAt: nil, closedAt: closed)),
            // reopened in another stage: it moves, and has no close date any more
            (DealSnapshot(stage: qualification, outcome: .open), closedFromProposal,
             Recorded(stage: qualification, enteredStageAt: export, closedAt: nil)),
        ]
        for (snapshot, known, expected) in cases {
            #expect(snapshot.applied(to: known, asOf: export) == expected, "\(snapshot) after \(known)")
        }
    }
}
