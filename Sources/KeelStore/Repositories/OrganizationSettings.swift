import FluentKit
import Foundation
import SalesDomain

/// An organization's configurable execution rules, each stored as one JSON document; an
/// organization that never changed a rule gets Keel's default.
public struct OrganizationSettings: Sendable {
    public let database: any Database
    public let organizationID: Organization.ID

    public init(database: any Database, organizationID: Organization.ID) {
        self.database = database
        self.organizationID = organizationID
    }

    enum Key: String {
        case workCategoryRules = "work-category-rules"
        case reasonCatalog = "reason-catalog"
        case pressurePolicy = "pressure-policy"
        case stallPolicy = "stall-policy"
        case dealPipeline = "deal-pipeline"
        case timeZone = "time-zone"
        case diagnosisPolicy = "diagnosis-policy"
        case coachingCadence = "coaching-cadence"
        case retentionPolicy = "retention-policy"
        case reportingCurrency = "reporting-currency"
    }

    /// The organization's calendar: its time zone decides which week an activity falls in and
    /// how many days a deal sat in a stage, in every analysis, rollup and form. Read from here by
    /// every layer; `Europe/Stockholm` until set.
    public func calendar() async throws -> WeekCalendar {
        guard let identifier: String = try await value(.timeZone) else { return .stockholm }
        guard let calendar = WeekCalendar(timeZoneIdentifier: identifier) else {
            throw CorruptRecord("setting time-zone of organization \(organizationID): unknown time zone '\(identifier)'")
        }
        return calendar
    }

    /// Sets the time zone while the organization has no activities or deals: every stored week,
    /// rollup and day count was computed in the old one, so a change afterwards would need them
    /// all recomputed, which Keel does not do.
    public func setTimeZone(_ identifier: String, by actor: Person.ID?, at date: Date) async throws {
        guard WeekCalendar(timeZoneIdentifier: identifier) != nil else {
            throw FieldError(field: "timeZone", code: .invalidValue, .notATimeZone, ["value": identifier])
        }
        let organization = organizationID.rawValue
        let activities = try await ActivityModel.query(on: database).filter(\.$organizationID == organization).count()
        let deals = try await DealModel.query(on: database).filter(\.$organizationID == organization).count()
        guard activities + deals == 0 else {
            throw FieldError(field: "timeZone", code: .conflict,
                             .timeZoneFixed)
        }
        try await set(.timeZone, to: identifier, by: actor, at: date)
    }

    /// The currency every deal value is in, named next to each amount a page or the API shows;
    /// SEK until set (``ReportingCurrency/standard``).
    public func reportingCurrency() async throws -> ReportingCurrency {
        try await value(.reportingCurrency) ?? .standard
    }

    /// Keel converts no stored value: a new code renames what the importer already delivered,
    /// so it is for an organization whose CRM exports in that currency.
    public func setReportingCurrency(_ currency: ReportingCurrency, by actor: Person.ID?, at date: Date) async throws {
        try await set(.reportingCurrency, to: currency, by: actor, at: date)
    }

    /// The stages deals move through, in order; the stage analyses follow it.
    public func dealPipeline() async throws -> DealPipeline {
        try await value(.dealPipeline) ?? .standard
    }

    /// Which stages count as reached and as "went on" is decided when a deal's facts are
    /// rolled up, so a new order or a new stage rebuilds the rollups in the same transaction.
    public func setDealPipeline(_ pipeline: DealPipeline, by actor: Person.ID?, at date: Date) async throws {
        try await database.writeTransaction { database in
            let settings = OrganizationSettings(database: database, organizationID: organizationID)
            guard try await settings.dealPipeline() != pipeline else { return }
            try await settings.set(.dealPipeline, to: pipeline, by: actor, at: date)
            try await ExecutionRollups.of(database: database, organizationID: organizationID).rebuild()
        }
    }

    public func workCategoryRules() async throws -> WorkCategoryRules {
        try await value(.workCategoryRules) ?? .defaults
    }

    public func reasonCatalog() async throws -> ReasonCatalog {
        try await value(.reasonCatalog) ?? .defaults
    }

    public func pressurePolicy() async throws -> PressurePolicy {
        try await value(.pressurePolicy) ?? PressurePolicy()
    }

    public func stallPolicy() async throws -> StallPolicy {
        try await value(.stallPolicy) ?? StallPolicy()
    }

    public func diagnosisPolicy() async throws -> DiagnosisPolicy {
        try await value(.diagnosisPolicy) ?? .standard
    }

    /// Nothing is stored of a diagnosis: the next read applies the new thresholds.
    public func setDiagnosisPolicy(_ policy: DiagnosisPolicy, by actor: Person.ID?, at date: Date) async throws {
        try await set(.diagnosisPolicy, to: try policy.validated(), by: actor, at: date)
    }

    public func cadencePolicy() async throws -> CadencePolicy {
        try await value(.coachingCadence) ?? .standard
    }

    public func setCadencePolicy(_ policy: CadencePolicy, by actor: Person.ID?, at date: Date) async throws {
        try await set(.coachingCadence, to: try policy.validated(), by: actor, at: date)
    }

    public func setWorkCategoryRules(_ rules: WorkCategoryRules, by actor: Person.ID?, at date: Date) async throws {
        try await set(.workCategoryRules, to: rules, by: actor, at: date)
    }

    /// Reasons that postponements already use cannot disappear from the catalog, or their
    /// history would lose its class; retire them with `isActive = false` instead.
    public func setReasonCatalog(_ catalog: ReasonCatalog, by actor: Person.ID?, at date: Date) async throws {
        let used = try await PostponementModel.query(on: database)
            .filter(\.$organizationID == organizationID.rawValue).unique().all(\.$reasonCode)
        for code in Set(used) where catalog.reason(for: ReasonCode(rawValue: code)) == nil {
            throw FieldError(
                field: "reasons", code: .conflict,
                .reasonInUse, ["code": code])
        }
        try await set(.reasonCatalog, to: catalog, by: actor, at: date)
    }

    /// A new threshold or capacity re-classes every week, so the rollups are rebuilt with it
    /// in the same transaction.
    public func setPressurePolicy(_ policy: PressurePolicy, by actor: Person.ID?, at date: Date) async throws {
        let policy = try policy.validated()
        try await database.writeTransaction { database in
            let settings = OrganizationSettings(database: database, organizationID: organizationID)
            try await settings.set(.pressurePolicy, to: policy, by: actor, at: date)
            try await ExecutionRollups.of(database: database, organizationID: organizationID).rebuild()
        }
    }

    /// A new percentile moves every stored stall bar, and a new minimum of won deals changes
    /// which bar applies to an open deal: both are brought up to date in the same transaction.
    public func setStallPolicy(_ policy: StallPolicy, by actor: Person.ID?, at date: Date) async throws {
        let policy = try policy.validated()
        try await database.writeTransaction { database in
            let settings = OrganizationSettings(database: database, organizationID: organizationID)
            let stored = try await settings.stallPolicy()
            try await settings.set(.stallPolicy, to: policy, by: actor, at: date)
            let bars = StallBars(database: database, organizationID: organizationID)
            if stored.percentile != policy.percentile {
                try await bars.rebuild()
            } else if stored.minimumWonDeals != policy.minimumWonDeals {
                try await bars.judgeOpenDeals()
            }
        }
    }

    /// How long personal data is kept; everything until an admin sets a period.
    public func retentionPolicy() async throws -> RetentionPolicy {
        try await value(.retentionPolicy) ?? .keepEverything
    }

    public func setRetentionPolicy(_ policy: RetentionPolicy, by actor: Person.ID?, at date: Date) async throws {
        try policy.validate()
        try await set(.retentionPolicy, to: policy, by: actor, at: date)
    }

    /// Kept in the request's ``ReadMemo``: the start page's parts read the same settings five
    /// times, and no GET request changes one.
    private func value<Value: Decodable & Sendable>(_ key: Key) async throws -> Value? {
        try await ReadMemo.remember("setting \(organizationID) \(key.rawValue)") { try await stored(key) }
    }

    private func stored<Value: Decodable>(_ key: Key) async throws -> Value? {
        guard let stored = try await model(key) else { return nil }
        do {
            return try JSONDecoder().decode(Value.self, from: Data(stored.value.utf8))
        } catch {
            throw CorruptRecord("setting \(key.rawValue) of organization \(organizationID): \(error)")
        }
    }

    private func set(_ key: Key, to value: some Encodable, by actor: Person.ID?, at date: Date) async throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let text = String(decoding: try encoder.encode(value), as: UTF8.self)
        try await database.writeTransaction { database in
            let settings = OrganizationSettings(database: database, organizationID: organizationID)
            let model = try await settings.model(key) ?? OrganizationSettingModel()
            let old = model.id == nil ? nil : model.value
            guard old != text else { return }
            model.organizationID = organizationID.rawValue
            model.key = key.rawValue
            model.value = text
            model.updatedAt = date
            model.updatedBy = actor?.rawValue
            try await model.save(on: database)
            try await AuditTrail.record(
                on: database, organizationID: organizationID, actor: actor, entity: "setting", entityID: model.id!,
                action: "changed", changes: [key.rawValue: .init(old: old, new: text)], at: date)
        }
    }

    private func model(_ key: Key) async throws -> OrganizationSettingModel? {
        try await OrganizationSettingModel.query(on: database)
            .filter(\.$organizationID == organizationID.rawValue).filter(\.$key == key.rawValue).first()
    }
}
