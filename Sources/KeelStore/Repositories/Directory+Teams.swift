import FluentKit
import Foundation
import SalesDomain

extension Directory {
    public func addTeam(_ draft: TeamDraft, actor: Person.ID?, at date: Date) async throws -> Team {
        try await database.writeTransaction { database in
            let scoped = Directory(database: database, organizationID: organizationID)
            let id = Team.ID(UUID())
            let draft = try await scoped.checked(draft, for: id)
            let team = Team(
                id: id, organizationID: organizationID, name: draft.name,
                parentID: draft.parentID, marketID: draft.marketID
            )
            try await TeamModel(team, createdAt: date).create(on: database)
            try await AuditTrail.record(
                on: database, organizationID: organizationID, actor: actor, entity: "team", entityID: team.id.rawValue,
                action: "created", changes: AuditTrail.differences([:], team.auditSnapshot), at: date
            )
            return team
        }
    }

    /// Renames a team, moves it under another parent or changes its market. A parent inside the
    /// team's own subtree is refused: a team can't be its own ancestor. The competence heatmap
    /// tallies of the team's subtree move with it, and its members follow it to a new market
    /// (each an audited change of theirs): a person sells in their team's market.
    public func updateTeam(_ id: Team.ID, with draft: TeamDraft, actor: Person.ID?, at date: Date) async throws -> Team {
        try await database.writeTransaction { database in
            let scoped = Directory(database: database, organizationID: organizationID)
            guard let model = try await scoped.teamModel(id) else {
                throw RecordNotFound(entity: "team", id: id.description)
            }
            let before = model.domain
            let draft = try await scoped.checked(draft, for: id)
            let rollups = try await ExecutionRollups.of(database: database, organizationID: organizationID)
            let groupsBefore = try await rollups.scopes(of: id)
            var after = before
            after.name = draft.name
            after.parentID = draft.parentID
            after.marketID = draft.marketID
            model.apply(after)
            try await model.save(on: database)
            try await rollups.follow(id, from: groupsBefore)
            if before.parentID != after.parentID {
                try await CompetenceRollups(database: database, organizationID: organizationID)
                    .teamMoved(id, from: before.parentID, to: after.parentID)
            }
            if before.marketID != after.marketID {
                try await scoped.membersFollowMarket(of: after, actor: actor, at: date)
            }
            let changes = AuditTrail.differences(before.auditSnapshot, after.auditSnapshot)
            if !changes.isEmpty {
                try await AuditTrail.record(
                    on: database, organizationID: organizationID, actor: actor, entity: "team",
                    entityID: id.rawValue, action: "updated", changes: changes, at: date
                )
            }
            return after
        }
    }

    /// Deactivates or reactivates a team. A team that still has active people or active
    /// sub-teams can't be deactivated: they would be left in a team that no longer exists.
    public func setActive(team id: Team.ID, _ active: Bool, actor: Person.ID?, at date: Date) async throws -> Team {
        try await database.writeTransaction { database in
            let scoped = Directory(database: database, organizationID: organizationID)
            guard let model = try await scoped.teamModel(id) else {
                throw RecordNotFound(entity: "team", id: id.description)
            }
            let before = model.domain
            guard before.isActive != active else { return before }
            if !active {
                let members = try await PersonModel.query(on: database)
                    .filter(\.$teamID == id.rawValue).filter(\.$isActive == true).count()
                if members > 0 {
                    throw FieldError(field: "active", code: .conflict,
                                     .teamHasMembers, ["count": String(members)])
                }
                let children = try await TeamModel.query(on: database)
                    .filter(\.$parentID == id.rawValue).filter(\.$isActive == true).count()
                if children > 0 {
                    throw FieldError(field: "active", code: .conflict,
                                     .teamHasSubteams, ["count": String(children)])
                }
            } else if let parent = before.parentID, try await scoped.team(parent)?.isActive == false {
                throw FieldError(field: "active", code: .conflict, .parentTeamDeactivated)
            }
            var after = before
            after.isActive = active
            after.deactivatedAt = active ? nil : date
            model.apply(after)
            try await model.save(on: database)
            try await AuditTrail.record(
                on: database, organizationID: organizationID, actor: actor, entity: "team", entityID: id.rawValue,
                action: active ? "reactivated" : "deactivated",
                changes: AuditTrail.differences(before.auditSnapshot, after.auditSnapshot), at: date
            )
            return after
        }
    }

    func teamModel(_ id: Team.ID) async throws -> TeamModel? {
        try await TeamModel.query(on: database).filter(\.$organizationID == org).filter(\.$id == id.rawValue).first()
    }

    /// Every problem with a team draft, those the database finds included, so a form shows them
    /// all at once; `id` is the team being added or edited.
    public func problems(with draft: TeamDraft, for id: Team.ID) async throws -> [FieldError] {
        var errors = draft.validation().errors
        if let parentID = draft.parentID {
            if let parent = try await team(parentID) {
                if !parent.isActive {
                    errors.append(FieldError(field: "parentID", code: .invalidValue, .teamDeactivated, ["team": parent.name]))
                } else if try await hierarchy().wouldCreateCycle(moving: id, under: parentID) {
                    errors.append(FieldError(field: "parentID", code: .cycle, .teamCycle, ["team": parent.name]))
                }
            } else {
                errors.append(FieldError(field: "parentID", code: .notFound, .unknownTeam))
            }
        }
        if let marketID = draft.marketID, try await market(marketID) == nil {
            errors.append(FieldError(field: "marketID", code: .notFound, .unknownMarket))
        }
        return errors
    }

    private func checked(_ draft: TeamDraft, for id: Team.ID) async throws -> TeamDraft {
        let problems = try await problems(with: draft, for: id)
        if !problems.isEmpty { throw FieldErrors(problems) }
        return draft.validation().draft
    }
}

extension Team {
    var auditSnapshot: [String: String?] {
        [
            "name": name, "parentID": parentID?.description, "marketID": marketID?.description,
            "active": isActive ? "true" : "false",
        ]
    }
}
