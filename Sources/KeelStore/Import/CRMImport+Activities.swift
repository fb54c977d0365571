import FluentKit
import Foundation
import KeelImport
import SalesDomain

extension CRMImport {
    /// Activities by external id. The owner must be a person of the organization and the deal,
    /// when named, a deal already imported; a changed activity is updated, an unchanged one left.
    public func importActivities(_ stream: RecordStream<ActivityRecord>, options: Options) async throws -> ImportSummary {
        let organization = organizationID.rawValue
        return try await run(.activities, options) { database, _, summary in
            let owners = try await OwnerDirectory(database: database, organizationID: organization)
            let deals = Dictionary(uniqueKeysWithValues: try await DealModel.query(on: database)
                .filter(\.$organizationID == organization).all().map { ($0.externalID, $0.id!) })
            let accounts = Dictionary(uniqueKeysWithValues: try await AccountModel.query(on: database)
                .filter(\.$organizationID == organization).all().map { ($0.name.lowercased(), $0.id!) })
            var existing: [String: ActivityModel] = [:]
            for activity in try await ActivityModel.query(on: database)
                .filter(\.$organizationID == organization).filter(\.$externalID != nil).all() {
                existing[activity.externalID!] = activity
            }
            var pending: [ActivityModel] = []
            // Whose rollups to refresh: owners of new or changed activities, and the previous
            // owner of one that changed hands.
            var touchedOwners: Set<UUID> = []

            try await Self.forEachRecord(in: stream, summary: &summary, key: { RecordKey(value: $0.externalID, field: .externalID, noun: "activity") }) { record, summary in
                var problems: [RowProblem] = []
                func problem(_ field: ImportField, _ value: String?, _ reason: String, _ suggestion: String? = nil) {
                    problems.append(RowProblem(line: record.line, column: stream.binding.column(of: field), value: value, reason: reason, suggestion: suggestion))
                }
                var ownerID: UUID?
                switch owners.match(record.owner) {
                case .found(let id): ownerID = id
                case .problem(let reason, let suggestion): problem(.owner, record.owner, reason, suggestion)
                }
                var dealID: UUID?
                if let deal = record.deal {
                    dealID = deals[deal]
                    if dealID == nil { problem(.deal, deal, "no deal with this id has been imported; import deals first") }
                }
                let accountID = record.account.flatMap { accounts[$0.lowercased()] }
                if let done = record.doneOn, done > options.asOf.addingTimeInterval(86_400) {
                    problem(.doneOn, nil, "done after the export was taken")
                }
                guard problems.isEmpty, let ownerID else {
                    summary.add(problems)
                    return
                }
                if summary.isRejected { return }
                let minutes = record.durationMinutes ?? 0
                if let activity = existing[record.externalID] {
                    let previousOwner = activity.ownerID
                    let updatedBefore = summary.updated
                    defer {
                        if summary.updated != updatedBefore { touchedOwners.formUnion([previousOwner, ownerID]) }
                    }
                    var changes = FieldChanges(activity)
                    changes.set(\.ownerID, ownerID)
                    changes.set(\.type, record.type.rawValue)
                    changes.set(\.plannedAt, record.plannedOn)
                    changes.set(\.doneAt, record.doneOn)
                    changes.set(\.durationMinutes, minutes)
                    changes.set(\.dealID, dealID)
                    changes.set(\.accountID, accountID)
                    changes.set(\.subject, record.subject)
                    try await changes.save(stamping: \.updatedAt, at: options.asOf, on: database, summary: &summary)
                } else {
                    let activity = ActivityModel()
                    activity.id = UUID()
                    activity.organizationID = organization
                    activity.externalID = record.externalID
                    activity.ownerID = ownerID
                    activity.type = record.type.rawValue
                    activity.plannedAt = record.plannedOn
                    activity.doneAt = record.doneOn
                    activity.durationMinutes = minutes
                    activity.dealID = dealID
                    activity.accountID = accountID
                    activity.subject = record.subject
                    activity.source = ActivitySource.imported.rawValue
                    activity.updatedAt = options.asOf
                    pending.append(activity)
                    touchedOwners.insert(ownerID)
                    existing[record.externalID] = activity
                    summary.inserted += 1
                }
                if pending.count >= 500 {
                    try await pending.create(on: database)
                    pending.removeAll(keepingCapacity: true)
                }
            }
            if !pending.isEmpty { try await pending.create(on: database) }
            if !summary.isRejected {
                try await ExecutionRollups(database: database, organizationID: organizationID).refresh(people: touchedOwners.map(Person.ID.init))
            }
        }
    }
}
