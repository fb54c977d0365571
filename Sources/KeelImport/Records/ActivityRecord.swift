import Foundation
import SalesDomain

/// An activity as a CRM export describes it, before its owner and deal are matched.
public struct ActivityRecord: Sendable, Hashable {
    public var line: Int
    public var externalID: String
    public var type: ActivityType
    public var owner: String
    public var plannedOn: Date
    public var doneOn: Date?
    public var durationMinutes: Int?
    /// The external id of the related deal.
    public var deal: String?
    public var account: String?
    public var subject: String?

    static func read(_ record: CSVRecord, binding: HeaderBinding) -> Result<ActivityRecord, RowProblems> {
        var row = RowReader(binding: binding, record: record)
        let externalID = row.required(.externalID)
        let type = row.required(.type)
        let owner = row.required(.owner)
        let plannedOn = row.requiredDate(.plannedOn)
        let doneOn = row.date(.doneOn)
        let minutes = row.minutes(.durationMinutes)
        guard row.problems.isEmpty, let externalID, let type, let owner, let plannedOn else {
            return .failure(RowProblems(row.problems))
        }
        return .success(ActivityRecord(
            line: record.line, externalID: externalID, type: ActivityType(type), owner: owner, plannedOn: plannedOn,
            doneOn: doneOn, durationMinutes: minutes, deal: row.text(.deal), account: row.text(.account), subject: row.text(.subject)
        ))
    }
}
