import Foundation

/// A deal as one CRM export shows it. CRM exports are snapshots, not histories: a deal's stage
/// history is built from what successive exports say, by ``applied(to:asOf:)``.
public struct DealSnapshot: Hashable, Sendable {
    public var stage: DealStage
    public var outcome: DealOutcome
    public var createdOn: Date?
    public var engagedOn: Date?
    public var closedOn: Date?
    /// Whether the stage of a closed deal is the outcome's name ("Won", "Closed Lost"), as most
    /// exports write it, rather than the stage the deal closed from (Pipedrive: a status column
    /// says won or lost, the stage column keeps the pipeline stage).
    public var stageNamesOutcome: Bool

    public init(
        stage: DealStage, outcome: DealOutcome, createdOn: Date? = nil, engagedOn: Date? = nil, closedOn: Date? = nil,
        stageNamesOutcome: Bool = true
    ) {
        self.stage = stage
        self.outcome = outcome
        self.createdOn = createdOn
        self.engagedOn = engagedOn
        self.closedOn = closedOn
        self.stageNamesOutcome = stageNamesOutcome
    }

    /// What Keel knew of the deal before this export.
    public struct Known: Hashable, Sendable {
        public var stage: DealStage
        public var closedAt: Date?
        /// The last close the deal's history records (``DealClose``), if any.
        public var recordedClose: DealClose?

        public init(stage: DealStage, closedAt: Date?, recordedClose: DealClose? = nil) {
            self.stage = stage
            self.closedAt = closedAt
            self.recordedClose = recordedClose
        }
    }

    /// The deal as Keel keeps it after this export.
    public struct Recorded: Hashable, Sendable {
        /// The stage stored on the deal.
        public var stage: DealStage
        /// When a stay in `stage` began with this export; `nil` when the stage history does not
        /// change.
        public var enteredStageAt: Date?
        public var closedAt: Date?
        /// A close to add to the deal's history with this export; `nil` when there is none or it
        /// is recorded already.
        public var close: DealClose?

        public init(stage: DealStage, enteredStageAt: Date?, closedAt: Date?, close: DealClose? = nil) {
            self.stage = stage
            self.enteredStageAt = enteredStageAt
            self.closedAt = closedAt
            self.close = close
        }
    }

    /// The rules of successive snapshots, exported on `asOf`:
    ///
    /// - a deal seen for the first time and open starts its history in the exported stage at
    ///   its engagement date, else its creation date, else `asOf`; seen first already closed, it
    ///   has no known path and its history stays empty;
    /// - a known deal that is open and in another stage than before moved on `asOf` (the day of
    ///   the export that first shows it: the CRM does not say when);
    /// - a closed deal keeps the stage it was closed from (exports write "Won" or "Lost" as the
    ///   stage), and moves no more;
    /// - a known open deal that an export shows closed from another pipeline stage
    ///   (`stageNamesOutcome` false) moved into it by its close: the only date the file gives
    ///   for that change, so the move is dated so;
    /// - the close date is the export's, else the one already known, else `asOf`; an open deal
    ///   has none (a reopened deal loses it);
    /// - a closed deal whose export gives the close date records its close (``DealClose``) at that
    ///   date, once: not again while the history's last close says the same, again when the file
    ///   gives another outcome or date (a correction, or a close after reopening). Without a date
    ///   in the file no close is recorded: the day of the import is not when it closed.
    public func applied(to known: Known?, asOf: Date) -> Recorded {
        let closedAt = closedOn ?? (outcome == .open ? nil : known?.closedAt ?? asOf)
        let close = closedOn.flatMap { DealClose(outcome: outcome, closedAt: $0) }.flatMap { $0 == known?.recordedClose ? nil : $0 }
        guard let known else {
            let entered = outcome == .open ? engagedOn ?? createdOn ?? asOf : nil
            return Recorded(stage: stage, enteredStageAt: entered, closedAt: closedAt, close: close)
        }
        if outcome == .open, stage != known.stage {
            return Recorded(stage: stage, enteredStageAt: asOf, closedAt: closedAt)
        }
        if outcome != .open, !stageNamesOutcome, known.closedAt == nil, stage != known.stage {
            return Recorded(stage: stage, enteredStageAt: closedAt, closedAt: closedAt, close: close)
        }
        return Recorded(stage: known.stage, enteredStageAt: nil, closedAt: closedAt, close: close)
    }
}
