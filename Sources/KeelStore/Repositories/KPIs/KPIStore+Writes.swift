import FluentKit
import Foundation
import SalesDomain
import SQLKit

/// Setting a seller's own KPI target and entering a week's value, each audited with its old and
/// new value in the transaction of the change.
extension KPIStore {
    /// Sets (or, with `nil`, removes so the default applies) the seller's target for `kpiKey`.
    public func setTarget(_ value: Double?, kpiKey: String, of personID: Person.ID, for policy: AccessPolicy, at date: Date) async throws {
        let person = try await readable(personID, for: policy)
        guard policy.canSetKPITargets(of: person) else { throw AccessRefused(.forbidden, entity: "person", field: "personID") }
        let kpi = try Self.kpi(kpiKey)
        if let value { try kpi.check(value, field: "target") }
        let old = try await targets(of: person.id).first { $0.kpiKey == kpi.key }
        let organizationID = organizationID
        try await database.writeTransaction { database in
            let sql = database as! any SQLDatabase
            try await sql.delete(from: Self.targetTable).where("person_id", .equal, person.id.rawValue).where("kpi_key", .equal, kpi.key).run()
            if let value {
                try await sql.insert(into: Self.targetTable)
                    .columns("organization_id", "person_id", "kpi_key", "target", "set_by", "set_at")
                    .values(SQLBind(organizationID.rawValue), SQLBind(person.id.rawValue), SQLBind(kpi.key), SQLBind(value),
                            SQLBind(policy.viewer.personID.rawValue), SQLBind(date))
                    .run()
            }
            try await AuditTrail.record(
                on: database, organizationID: organizationID, actor: policy.viewer.personID, entity: "kpi_target",
                entityID: person.id.rawValue, subject: person.id, action: value == nil ? "reset" : "set",
                changes: [kpi.key: .init(old: old.map { Self.text($0.value) }, new: value.map(Self.text))], at: date)
        }
    }

    /// Enters (or, with `nil`, removes) the seller's value of an entered KPI for `week`, which
    /// may not be after the week of `date`.
    public func enter(_ value: Double?, kpiKey: String, week: ISOWeek, of personID: Person.ID, for policy: AccessPolicy, at date: Date) async throws {
        let person = try await readable(personID, for: policy)
        guard policy.canEnterKPIs(of: person) else { throw AccessRefused(.forbidden, entity: "person", field: "personID") }
        let kpi = try Self.kpi(kpiKey)
        let problems = entryProblems(kpi: kpi, week: week, value: value, at: date)
        if !problems.isEmpty { throw FieldErrors(problems) }
        let old = try await entries(of: person.id, weeks: week...week)[kpi.key]?[week]
        let organizationID = organizationID
        try await database.writeTransaction { database in
            let sql = database as! any SQLDatabase
            try await sql.delete(from: Self.entryTable).where("person_id", .equal, person.id.rawValue)
                .where("kpi_key", .equal, kpi.key).where("week", .equal, week.description).run()
            if let value {
                try await sql.insert(into: Self.entryTable)
                    .columns("organization_id", "person_id", "kpi_key", "week", "value", "entered_by", "entered_at")
                    .values(SQLBind(organizationID.rawValue), SQLBind(person.id.rawValue), SQLBind(kpi.key), SQLBind(week.description),
                            SQLBind(value), SQLBind(policy.viewer.personID.rawValue), SQLBind(date))
                    .run()
            }
            try await AuditTrail.record(
                on: database, organizationID: organizationID, actor: policy.viewer.personID, entity: "kpi_entry",
                entityID: person.id.rawValue, subject: person.id, action: value == nil ? "remove" : "enter",
                changes: ["\(kpi.key) \(week)": .init(old: old.map(Self.text), new: value.map(Self.text))], at: date)
        }
    }

    /// What is wrong with an entry of a known KPI, every problem at once: a KPI that is not
    /// entered by hand, a week after the week of `date`, a value out of range. `week` and `value`
    /// are `nil` where a form could not read them, so the rest is still checked without saving.
    public func entryProblems(kpi: CoachableKPI, week: ISOWeek?, value: Double?, at date: Date) -> [FieldError] {
        var problems = FieldErrors.Collector()
        if !kpi.measure.isEntered { problems.append(FieldError(field: "kpi", code: .invalidValue, .kpiNotEntered)) }
        if let week, week > calendar.week(containing: date) { problems.append(FieldError(field: "week", code: .invalidValue, .weekInFuture)) }
        if let value { problems.check { () throws(FieldError) in try kpi.check(value, field: "value") } }
        return problems.errors
    }

    /// The KPI a key names, or an unknown-KPI problem at `kpi`.
    public static func kpi(_ key: String) throws(FieldError) -> CoachableKPI {
        guard let kpi = KPICatalog.kpi(key) else { throw FieldError(field: "kpi", code: .notFound, .unknownKPI, ["value": key]) }
        return kpi
    }

    private static func text(_ value: Double) -> String {
        value.formatted(.number.grouping(.never).precision(.fractionLength(0...4)).locale(Locale(identifier: "en_US_POSIX")))
    }
}
