import Foundation
import SalesDomain

/// A deal as a CRM export describes it, before its owner, account and product are matched to
/// Keel's records.
public struct DealRecord: Sendable, Hashable {
    public var line: Int
    public var externalID: String
    public var title: String?
    /// The owner's e-mail address or name, as the CRM writes it.
    public var owner: String
    public var account: String?
    public var product: String?
    public var stage: DealStage
    public var outcome: DealOutcome
    public var value: Decimal?
    public var createdOn: Date?
    public var engagedOn: Date?
    public var closedOn: Date?
    /// The outcome came from a status column, so `stage` is the pipeline stage even when closed.
    public var outcomeHasItsOwnColumn = false

    /// Reads one row; `nil` with the row's problems when it is not a usable deal.
    static func read(_ record: CSVRecord, binding: HeaderBinding) -> Result<DealRecord, RowProblems> {
        var row = RowReader(binding: binding, record: record)
        let externalID = row.required(.externalID)
        let owner = row.required(.owner)
        let stage = row.required(.stage)
        let value = row.decimal(.value)
        let createdOn = row.date(.createdOn)
        let engagedOn = row.date(.engagedOn)
        let closedOn = row.date(.closedOn)
        let mapping = binding.mapping
        var outcome = DealOutcome.open
        if mapping.columns[.status] != nil {
            if let status = row.text(.status) {
                if let parsed = DealOutcome(rawValue: ValueTranslation.fold(status)) {
                    outcome = parsed
                } else {
                    row.report(.status, value: status, "status must be open, won or lost (after the mapping's translation)", Problem(.importStatusNotOutcome),
                               suggestion: Suggestion.closest(to: status, in: DealOutcome.allCases.map(\.rawValue)))
                }
            }
        } else if let stage {
            outcome = binding.outcome(ofStage: stage) ?? .open
        }
        if outcome != .open, closedOn == nil, binding.value(.closedOn, in: record) == nil {
            row.report(.closedOn, value: nil, "a \(outcome.rawValue) deal needs a close date",
                       Problem(outcome == .won ? .importWonNeedsCloseDate : .importLostNeedsCloseDate))
        }
        if let engagedOn, let closedOn, closedOn < engagedOn {
            row.report(.closedOn, value: binding.value(.closedOn, in: record), "the close date is before the engagement date",
                       Problem(.importCloseBeforeEngagement))
        }
        guard row.problems.isEmpty, let externalID, let owner, let stage else { return .failure(RowProblems(row.problems)) }
        return .success(DealRecord(
            line: record.line, externalID: externalID, title: row.text(.title), owner: owner, account: row.text(.account),
            product: row.text(.product), stage: DealStage(stage), outcome: outcome, value: value,
            createdOn: createdOn, engagedOn: engagedOn, closedOn: closedOn, outcomeHasItsOwnColumn: mapping.columns[.status] != nil
        ))
    }
}

/// The problems of one row.
public struct RowProblems: Error, Sendable, Hashable {
    public var problems: [RowProblem]

    public init(_ problems: [RowProblem]) {
        self.problems = problems
    }
}

extension DealRecord {
    /// What the row says of the deal's stage and dates, for the domain's rules of successive exports.
    public var snapshot: DealSnapshot {
        DealSnapshot(stage: stage, outcome: outcome, createdOn: createdOn, engagedOn: engagedOn, closedOn: closedOn,
                     stageNamesOutcome: !outcomeHasItsOwnColumn)
    }
}
