import FluentKit
import Foundation
import KeelImport
import SalesDomain
import SQLKit

extension CRMImport {
    /// Activities by external id. The owner must be a person of the organization and the deal,
    /// when named, a deal already imported; a changed activity is updated, an unchanged one left.
    public func importActivities(_ stream: RecordStream<ActivityRecord>, options: Options) async throws -> ImportSummary {
        let organization = organizationID.rawValue
        let organizationID = organizationID
        return try await run(.activities, options, reading: stream.dialect) { database, _, summary in
            let sql = database as! any SQLDatabase
            let owners = try await OwnerDirectory(database: database, organizationID: organization)
            let deals = try await Self.ids(of: DealModel.schema, keyedBy: "external_id", organization: organization, on: sql)
            let accounts = try await Self.ids(of: AccountModel.schema, keyedBy: "name", organization: organization, on: sql)
                .reduce(into: [String: UUID]()) { $0[$1.key.lowercased()] = $1.value }
            let existing = try await ImportedActivityRow.all(organization: organization, on: sql)
            var inserts = ActivityInserts(organization: organization, source: ActivitySource.imported.rawValue, updatedAt: options.asOf)
            // Whose rollups to recompute from their stored rows: owners of changed activities
            // (and the previous owner of one that changed hands), and owners of new ones who
            // had activities or postponements before.
            var refreshed: Set<UUID> = []
            // Owners with no activities or postponements before this file: their new rows are
            // all they have, so their tallies are summed here as the rows stream past.
            var firstActivities: [UUID: Bool] = [:]
            let calendar = try await OrganizationSettings(database: database, organizationID: organizationID).calendar()
            var streamed = UnpostponedActivityTallies(calendar: calendar)

            do {
                try await Self.forEachRecord(in: stream, summary: &summary, key: { RecordKey(value: $0.externalID, field: .externalID, noun: "activity") }) { record, summary in
                    var problems: [RowProblem] = []
                    func problem(_ field: ImportField, _ value: String?, _ reason: String, _ worded: Problem, _ suggestion: String? = nil) {
                        problems.append(RowProblem(line: record.line, column: stream.binding.column(of: field), value: value, reason: reason, suggestion: suggestion,
                                               problem: worded))
                    }
                    var ownerID: UUID?
                    switch owners.match(record.owner) {
                    case .found(let id): ownerID = id
                    case .problem(let reason, let worded, let suggestion): problem(.owner, record.owner, reason, worded, suggestion)
                    }
                    var dealID: UUID?
                    if let deal = record.deal {
                        dealID = deals[deal]
                        if dealID == nil { problem(.deal, deal, "no deal with this id has been imported; import deals first", Problem(.importDealUnknown)) }
                    }
                    let accountID = record.account.flatMap { accounts[$0.lowercased()] }
                    problems += ActivityLimits.problems(
                        plannedDate: record.plannedOn, doneDate: record.doneOn, durationMinutes: record.durationMinutes,
                        subject: record.subject, asOf: options.asOf
                    ).map { RowProblem(line: record.line, limit: $0, binding: stream.binding) }
                    guard problems.isEmpty, let ownerID else {
                        summary.add(problems)
                        return
                    }
                    if summary.isRejected { return }
                    let stored = existing[record.externalID]
                    let row = ImportedActivityRow(
                        id: stored?.id ?? inserts.nextID(), ownerID: ownerID, type: record.type.rawValue, plannedAt: record.plannedOn, doneAt: record.doneOn,
                        durationMinutes: record.durationMinutes ?? 0, dealID: dealID, accountID: accountID, subject: record.subject)
                    if let stored {
                        guard row != stored else {
                            summary.unchanged += 1
                            return
                        }
                        try await inserts.settle()
                        try await row.update(at: options.asOf, on: sql)
                        refreshed.formUnion([stored.ownerID, ownerID])
                        summary.updated += 1
                        return
                    }
                    if firstActivities[ownerID] == nil {
                        try await inserts.settle()
                        firstActivities[ownerID] = try await !Self.hasExecutionRows(ownerID, organization: organization, on: sql)
                    }
                    if firstActivities[ownerID] == true {
                        streamed.add(owner: Person.ID(ownerID), type: record.type, plannedDate: record.plannedOn, doneDate: record.doneOn,
                                     durationMinutes: row.durationMinutes)
                    } else {
                        refreshed.insert(ownerID)
                    }
                    try await inserts.add(row, externalID: record.externalID, on: sql)
                    summary.inserted += 1
                }
            } catch {
                // The transaction ends with this error; no batch may still be writing then.
                try? await inserts.settle()
                throw error
            }
            guard !summary.isRejected else {
                try await inserts.settle()
                return
            }
            try await inserts.flush(on: sql)
            let rollups = ExecutionRollups(database: database, organizationID: organizationID, calendar: calendar)
            try await rollups.refresh(people: refreshed.map(Person.ID.init))
            try await rollups.replaceActivityTallies(streamed.byPerson.filter { !refreshed.contains($0.key.rawValue) })
        }
    }

    /// Ids of an organization's rows by a text column, read as two columns rather than models.
    static func ids(of table: String, keyedBy column: String, organization: UUID, on sql: any SQLDatabase) async throws -> [String: UUID] {
        var ids: [String: UUID] = [:]
        for row in try await sql.select().columns("id", column).from(table).where("organization_id", .equal, organization).all() {
            ids[try row.decode(column: column, as: String.self)] = try row.decode(column: "id", as: UUID.self)
        }
        return ids
    }

    /// Whether the person has any activity or postponement stored.
    static func hasExecutionRows(_ person: UUID, organization: UUID, on sql: any SQLDatabase) async throws -> Bool {
        for table in [ActivityModel.schema, PostponementModel.schema] {
            let any = try await sql.select().column(SQLLiteral.numeric("1"), as: "found").from(table)
                .where("organization_id", .equal, organization).where("owner_id", .equal, person).limit(1).first()
            if any != nil { return true }
        }
        return false
    }
}
