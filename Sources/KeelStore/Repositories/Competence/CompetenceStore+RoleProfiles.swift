import FluentKit
import Foundation
import SalesDomain

extension CompetenceStore {
    /// Every role profile, or those of one framework.
    public func roleProfiles(framework: CompetencyFramework.ID? = nil) async throws -> [RoleProfile] {
        var query = RoleProfileModel.query(on: database).filter(\.$organizationID == org)
        if let framework { query = query.filter(\.$frameworkID == framework.rawValue) }
        let models = try await query.all()
        let ids = models.compactMap(\.id)
        guard !ids.isEmpty else { return [] }
        let entries = Dictionary(
            grouping: try await RoleProfileEntryModel.query(on: database).filter(\.$roleProfileID ~~ ids).all(),
            by: \.roleProfileID)
        return models.compactMap { $0.domain(entries: entries[$0.id!] ?? []) }
            .sorted { ($0.frameworkID, $0.jobRole.rawValue, $0.marketID?.description ?? "") < ($1.frameworkID, $1.jobRole.rawValue, $1.marketID?.description ?? "") }
    }

    /// Creates a role profile or replaces the one with its id. The profile is checked against the
    /// framework's newest version (so a profile can be prepared for competencies a draft adds),
    /// and there is at most one profile per framework, job role and market.
    ///
    /// Results of people the profile applies to take its targets and weights at once, in every
    /// cycle of the framework, so the heatmap's "below target" always means today's targets.
    public func saveRoleProfile(_ profile: RoleProfile, actor: Person.ID?, at date: Date) async throws -> RoleProfile {
        guard profile.organizationID == organizationID else {
            throw FieldError(field: "organizationID", code: .invalidValue, .otherOrganization)
        }
        return try await transaction { store in
            guard let framework = try await store.latestVersion(of: profile.frameworkID) else {
                throw FieldError(field: "frameworkID", code: .notFound, .unknownFramework)
            }
            try profile.validate(against: framework)
            if let market = profile.marketID, try await store.directory.market(market) == nil {
                throw FieldError(field: "marketID", code: .notFound, .unknownMarket)
            }
            let existing = try await store.roleProfiles(framework: profile.frameworkID)
            if existing.contains(where: { $0.id != profile.id && $0.jobRole == profile.jobRole && $0.marketID == profile.marketID }) {
                throw FieldError(
                    field: "jobRole", code: .duplicate,
                    profile.marketID == nil ? .profileExistsEveryMarket : .profileExistsInMarket
                )
            }
            let before = existing.first { $0.id == profile.id }
            if let model = try await RoleProfileModel.query(on: store.database)
                .filter(\.$organizationID == store.org).filter(\.$id == profile.id.rawValue).first() {
                if let before, before.frameworkID != profile.frameworkID || before.jobRole != profile.jobRole {
                    throw FieldError(field: "jobRole", code: .conflict, .profileIdentityChanged)
                }
                model.apply(profile)
                model.updatedAt = date
                try await model.save(on: store.database)
                try await RoleProfileEntryModel.query(on: store.database).filter(\.$roleProfileID == profile.id.rawValue).delete()
            } else if try await RoleProfileModel.find(profile.id.rawValue, on: store.database) != nil {
                throw FieldError(field: "id", code: .duplicate, .idTaken)
            } else {
                try await RoleProfileModel(profile, updatedAt: date).create(on: store.database)
            }
            try await profile.entries.enumerated()
                .map { RoleProfileEntryModel($1, profileID: profile.id, position: $0) }
                .create(on: store.database)
            try await store.recordAudit(
                actor: actor, entity: "role_profile", entityID: profile.id.rawValue, action: before == nil ? "created" : "updated",
                before: before?.auditSnapshot ?? [:], after: profile.auditSnapshot, at: date)
            try await store.rollups.retarget(framework: profile.frameworkID, jobRole: profile.jobRole)
            return profile
        }
    }

    /// The profile that applies to `person` in `framework`.
    public func applicableProfile(to person: Person, framework: CompetencyFramework.ID) async throws -> RoleProfile? {
        RoleProfile.applicable(to: person, framework: framework, among: try await roleProfiles(framework: framework))
    }
}

extension RoleProfile {
    var auditSnapshot: [String: String?] {
        [
            "frameworkID": frameworkID.description, "jobRole": jobRole.rawValue, "marketID": marketID?.description,
            "entries": entries.map { "\($0.competencyID):\($0.targetLevel):\($0.weight)" }.joined(separator: ","),
        ]
    }
}
