import FluentKit
import Foundation
import SalesDomain

extension Directory {
    public func addTeam(_ draft: TeamDraft, actor: Person.ID?, at date: Date) async throws -> Team {
        let draft = try draft.validated()
        return try await database.transaction { database in
            let scoped = Directory(database: database, organizationID: organizationID)
            let team = Team(
                id: .init(UUID()), organizationID: organizationID, name: draft.name,
                parentID: draft.parentID, marketID: draft.marketID
            )
            try await scoped.checkReferences(of: draft, for: team.id)
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
    /// tallies of the team's subtree move with it.
    public func updateTeam(_ id: Team.ID, with draft: TeamDraft, actor: Person.ID?, at date: Date) async throws -> Team {
        let draft = try draft.validated()
        return try await database.transaction { database in
            let scoped = Directory(database: database, organizationID: organizationID)
            guard let model = try await scoped.teamModel(id) else {
                throw RecordNotFound(entity: "team", id: id.description)
            }
            let before = model.domain
            try await scoped.checkReferences(of: draft, for: id)
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
        try await database.transaction { database in
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
                                     message: "the team still has \(members) active people; move them to another team first")
                }
                let children = try await TeamModel.query(on: database)
                    .filter(\.$parentID == id.rawValue).filter(\.$isActive == true).count()
                if children > 0 {
                    throw FieldError(field: "active", code: .conflict,
                                     message: "the team still has \(children) active sub-teams; move or deactivate them first")
                }
            } else if let parent = before.parentID, try await scoped.team(parent)?.isActive == false {
                throw FieldError(field: "active", code: .conflict, message: "the parent team is deactivated; reactivate it first")
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

    private func checkReferences(of draft: TeamDraft, for id: Team.ID) async throws {
        if let parentID = draft.parentID {
            guard let parent = try await team(parentID) else {
                throw FieldError(field: "parentID", code: .notFound, message: "no team with id \(parentID)")
            }
            if !parent.isActive {
                throw FieldError(field: "parentID", code: .invalidValue, message: "team '\(parent.name)' is deactivated")
            }
            if try await hierarchy().wouldCreateCycle(moving: id, under: parentID) {
                throw FieldError(field: "parentID", code: .cycle,
                                 message: "'\(parent.name)' is this team or one of its sub-teams; a team can't be its own ancestor")
            }
        }
        if let marketID = draft.marketID, try await market(marketID) == nil {
            throw FieldError(field: "marketID", code: .notFound, message: "no market with id \(marketID)")
        }
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
