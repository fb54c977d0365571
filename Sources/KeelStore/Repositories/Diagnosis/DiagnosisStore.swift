import FluentKit
import Foundation
import SalesDomain
import SQLKit

/// The diagnosis (SPEC §3) as the store answers it: the signal maps and policy it is configured
/// with, and ``overview(_:for:)``, which gathers each seller's evidence from the rollups and
/// hands it to ``DiagnosisReport`` — the rules are the domain's, the reading is here.
public struct DiagnosisStore: OrganizationCalendarStore {
    public let database: any Database
    public let organizationID: Organization.ID
    public let calendar: WeekCalendar
    /// Where wide screens are kept; without it every screen is decided live.
    public var kept: KeptScreens?

    public init(database: any Database, organizationID: Organization.ID, calendar: WeekCalendar) {
        self.database = database
        self.organizationID = organizationID
        self.calendar = calendar
    }

    public init(database: any Database, organizationID: Organization.ID, calendar: WeekCalendar, kept: KeptScreens?) {
        self.init(database: database, organizationID: organizationID, calendar: calendar)
        self.kept = kept
    }


    var settings: OrganizationSettings { OrganizationSettings(database: database, organizationID: organizationID) }
    var directory: Directory { Directory(database: database, organizationID: organizationID) }
    var competence: CompetenceStore { CompetenceStore(database: database, organizationID: organizationID) }
    var rollups: ExecutionRollups { ExecutionRollups(database: database, organizationID: organizationID, calendar: calendar) }
    var analytics: ExecutionAnalytics { ExecutionAnalytics(database: database, organizationID: organizationID, calendar: calendar) }

    // MARK: Signal maps

    /// The map of a framework version: its own if saved; else the nearest earlier version's
    /// (areas keep their keys across versions); else, for Keel's default framework, the
    /// shipped ``DiagnosisSignalMap/nordicB2B``; else none. Only the version's own areas are
    /// kept, in its order.
    public func signalMap(for framework: CompetencyFramework) async throws -> DiagnosisSignalMap {
        let keys = framework.areas.map(\.key)
        let stored = try await DiagnosisSignalMapModel.query(on: database)
            .filter(\.$organizationID == organizationID.rawValue).filter(\.$frameworkID == framework.id.rawValue)
            .filter(\.$version <= framework.version).sort(\.$version, .descending).first()
        let areas: [AreaSignals]
        if let stored {
            do {
                areas = try JSONDecoder().decode([AreaSignals].self, from: Data(stored.areas.utf8))
            } catch {
                throw CorruptRecord("signal map of framework \(framework.id) version \(stored.version): \(error)")
            }
        } else if framework.key == "nordic-b2b" {
            areas = DiagnosisSignalMap.nordicB2B.areas
        } else {
            areas = []
        }
        return DiagnosisSignalMap(unchecked: keys.compactMap { key in areas.first { $0.areaKey == key } })
    }

    /// The activity types a map may name: those the organization's work-category rules or
    /// activities know.
    public func knownActivityTypes() async throws -> Set<ActivityType> {
        Set(try await settings.workCategoryRules().categoryByType.keys).union(try await rollups.activityTypes())
    }

    /// Saves the map of one framework version after checking every area against the version,
    /// the organization's activity types and its pipeline; a refused map changes nothing.
    public func saveSignalMap(
        _ areas: [AreaSignals], for reference: FrameworkVersionReference, actor: Person.ID?, at date: Date
    ) async throws -> DiagnosisSignalMap {
        guard let framework = try await competence.framework(reference) else {
            throw FieldError(field: "framework", code: .notFound, .unknownFrameworkVersion, ["version": String(reference.version)])
        }
        let map = try DiagnosisSignalMap(
            areas, frameworkAreaKeys: framework.areas.map(\.key), activityTypes: try await knownActivityTypes(),
            pipeline: try await settings.dealPipeline())
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let text = String(decoding: try encoder.encode(map.areas), as: UTF8.self)
        let organizationID = organizationID
        try await database.writeTransaction { database in
            let model = try await DiagnosisSignalMapModel.query(on: database)
                .filter(\.$organizationID == organizationID.rawValue).filter(\.$frameworkID == reference.frameworkID.rawValue)
                .filter(\.$version == reference.version).first() ?? DiagnosisSignalMapModel()
            let old = model.id == nil ? nil : model.areas
            model.organizationID = organizationID.rawValue
            model.frameworkID = reference.frameworkID.rawValue
            model.version = reference.version
            model.areas = text
            model.updatedBy = actor?.rawValue
            model.updatedAt = date
            try await model.save(on: database)
            try await AuditTrail.record(
                on: database, organizationID: organizationID, actor: actor, entity: "diagnosis_signal_map",
                entityID: reference.frameworkID.rawValue, action: old == nil ? "create" : "update",
                changes: ["version \(reference.version)": .init(old: old, new: text)], at: date)
        }
        await forgetKeptScreens()
        return map
    }

    /// Replaces the thresholds; kept wide screens are decided again.
    public func savePolicy(_ policy: DiagnosisPolicy, actor: Person.ID?, at date: Date) async throws {
        try await settings.setDiagnosisPolicy(policy, by: actor, at: date)
        await forgetKeptScreens()
    }

    /// After a change of the diagnosis's rules, whose effect the leader who made it expects to
    /// see at once, not after the kept answers' age.
    func forgetKeptScreens() async {
        await kept?.forget(organization: "\(organizationID) ")
    }
}

extension DiagnosisStore {
    /// The thresholds and one version's signal map, both checked before either is stored, and
    /// stored together: the settings page's one save.
    public func saveSettings(
        _ policy: DiagnosisPolicy, signals: [AreaSignals], for reference: FrameworkVersionReference, actor: Person.ID?, at date: Date
    ) async throws {
        guard let framework = try await competence.framework(reference) else {
            throw FieldError(field: "framework", code: .notFound, .unknownFrameworkVersion, ["version": String(reference.version)])
        }
        var problems: [FieldError] = []
        do { _ = try policy.validated() } catch { problems += error.errors }
        do {
            _ = try DiagnosisSignalMap(
                signals, frameworkAreaKeys: framework.areas.map(\.key), activityTypes: try await knownActivityTypes(),
                pipeline: try await settings.dealPipeline())
        } catch let refused as FieldErrors {
            problems += refused.errors
        }
        if !problems.isEmpty { throw FieldErrors(problems) }
        let organizationID = organizationID
        let calendar = calendar
        try await database.writeTransaction { database in
            try await OrganizationSettings(database: database, organizationID: organizationID).setDiagnosisPolicy(policy, by: actor, at: date)
            _ = try await DiagnosisStore(database: database, organizationID: organizationID, calendar: calendar)
                .saveSignalMap(signals, for: reference, actor: actor, at: date)
        }
        await forgetKeptScreens()
    }
}
