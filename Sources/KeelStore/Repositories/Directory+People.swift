import FluentKit
import Foundation
import SalesDomain

extension Directory {
    /// Adds a person; their first team membership starts at `date`.
    public func addPerson(
        _ draft: PersonDraft, passwordHash: String? = nil, actor: Person.ID?, at date: Date
    ) async throws -> Person {
        try await database.writeTransaction { database in
            let scoped = Directory(database: database, organizationID: organizationID)
            let draft = try await scoped.checked(draft, excluding: nil)
            let person = Person(
                id: .init(UUID()), organizationID: organizationID, name: draft.name, email: draft.email,
                jobRole: draft.jobRole, accessRole: draft.accessRole, teamID: draft.teamID,
                marketID: draft.marketID, leaderMarketIDs: draft.leaderMarketIDs
            )
            try await PersonModel(person, passwordHash: passwordHash, createdAt: date).create(on: database)
            try await scoped.replaceLeaderMarkets(of: person.id, with: draft.leaderMarketIDs)
            if let team = draft.teamID {
                try await TeamMembershipModel(
                    organizationID: organizationID, TeamMembership(personID: person.id, teamID: team, from: date)
                ).create(on: database)
            }
            try await AuditTrail.record(
                on: database, organizationID: organizationID, actor: actor, entity: "person",
                entityID: person.id.rawValue, action: "created",
                changes: AuditTrail.differences([:], person.auditSnapshot), at: date
            )
            return person
        }
    }

    /// Edits a person. A new team closes the open membership and starts another, so history
    /// keeps which team the person was in when. Their competence results follow them to their
    /// new team, market or job role in the heatmaps.
    public func updatePerson(_ id: Person.ID, with draft: PersonDraft, actor: Person.ID?, at date: Date) async throws -> Person {
        try await database.writeTransaction { database in
            let scoped = Directory(database: database, organizationID: organizationID)
            guard let model = try await scoped.personModel(id), let before = try await scoped.person(id) else {
                throw RecordNotFound(entity: "person", id: id.description)
            }
            let draft = try await scoped.checked(draft, excluding: id)
            let rollups = try await ExecutionRollups.of(database: database, organizationID: organizationID)
            let groupsBefore = try await rollups.scopes(of: id)
            var after = before
            after.name = draft.name
            after.email = draft.email
            after.jobRole = draft.jobRole
            after.accessRole = draft.accessRole
            after.teamID = draft.teamID
            after.marketID = draft.marketID
            after.leaderMarketIDs = draft.leaderMarketIDs.sorted()
            model.apply(after)
            try await model.save(on: database)
            try await scoped.replaceLeaderMarkets(of: id, with: draft.leaderMarketIDs)
            if before.teamID != after.teamID {
                try await scoped.moveMembership(of: id, to: after.teamID, at: date)
            }
            try await rollups.follow(id, from: groupsBefore)
            if before.teamID != after.teamID || before.marketID != after.marketID || before.jobRole != after.jobRole {
                try await CompetenceRollups(database: database, organizationID: organizationID).follow(after)
            }
            let changes = AuditTrail.differences(before.auditSnapshot, after.auditSnapshot)
            if !changes.isEmpty {
                try await AuditTrail.record(
                    on: database, organizationID: organizationID, actor: actor, entity: "person",
                    entityID: id.rawValue, action: before.teamID != after.teamID ? "moved" : "updated",
                    changes: changes, at: date
                )
            }
            return after
        }
    }

    /// Moves the members of `team` whose market is not the team's to it, each as an edit of
    /// theirs (``PersonDraft/market(keeping:movingTo:)``), inside the caller's transaction.
    func membersFollowMarket(of team: Team, actor: Person.ID?, at date: Date) async throws {
        let members = try await PersonModel.query(on: database).filter(\.$organizationID == org)
            .filter(\.$teamID == team.id.rawValue).all(\.$id)
        for id in members.map(Person.ID.init) {
            guard let person = try await self.person(id) else { continue }
            let market = PersonDraft.market(keeping: person.marketID, movingTo: team)
            guard market != person.marketID else { continue }
            let draft = PersonDraft(name: person.name, email: person.email, jobRole: person.jobRole, accessRole: person.accessRole,
                                    teamID: person.teamID, marketID: market, leaderMarketIDs: person.leaderMarketIDs)
            _ = try await updatePerson(id, with: draft, actor: actor, at: date)
        }
    }

    /// Deactivates or reactivates a person. Deactivation ends their sessions and tokens but
    /// keeps every record of theirs.
    public func setActive(person id: Person.ID, _ active: Bool, actor: Person.ID?, at date: Date) async throws -> Person {
        try await database.writeTransaction { database in
            let scoped = Directory(database: database, organizationID: organizationID)
            guard let model = try await scoped.personModel(id), let before = try await scoped.person(id) else {
                throw RecordNotFound(entity: "person", id: id.description)
            }
            guard before.isActive != active else { return before }
            var after = before
            after.isActive = active
            after.deactivatedAt = active ? nil : date
            model.apply(after)
            try await model.save(on: database)
            if !active {
                try await WebSessionModel.query(on: database).filter(\.$personID == id.rawValue).delete()
                try await APITokenModel.query(on: database)
                    .filter(\.$personID == id.rawValue).filter(\.$revokedAt == nil)
                    .set(\.$revokedAt, to: date).update()
            }
            try await AuditTrail.record(
                on: database, organizationID: organizationID, actor: actor, entity: "person", entityID: id.rawValue,
                action: active ? "reactivated" : "deactivated",
                changes: AuditTrail.differences(before.auditSnapshot, after.auditSnapshot), at: date
            )
            return after
        }
    }

    /// Remembers the interface language a person chose.
    public func setLanguage(of id: Person.ID, to language: Language) async throws {
        try await PersonModel.query(on: database)
            .filter(\.$organizationID == org).filter(\.$id == id.rawValue)
            .set(\.$language, to: language.rawValue).update()
    }

    func personModel(_ id: Person.ID) async throws -> PersonModel? {
        try await PersonModel.query(on: database).filter(\.$organizationID == org).filter(\.$id == id.rawValue).first()
    }

    /// Every problem with a person draft, those the database finds included, so a form shows
    /// them all at once; `id` is the person being edited, `nil` when adding.
    public func problems(with draft: PersonDraft, excluding id: Person.ID?) async throws -> [FieldError] {
        let (draft, errors) = draft.validation()
        var problems = errors
        if !errors.contains(where: { $0.field == "email" }) {
            var sameEmail = PersonModel.query(on: database).filter(\.$email == draft.email)
            if let id { sameEmail = sameEmail.filter(\.$id != id.rawValue) }
            if try await sameEmail.count() > 0 {
                problems.append(FieldError(field: "email", code: .duplicate, .emailTaken, ["email": draft.email]))
            }
        }
        if let teamID = draft.teamID {
            if let team = try await team(teamID) {
                if !team.isActive {
                    problems.append(FieldError(field: "teamID", code: .invalidValue, .teamDeactivated, ["team": team.name]))
                }
                if let error = try await inTeamMarket(draft, team: team).error { problems.append(error) }
            } else {
                problems.append(FieldError(field: "teamID", code: .notFound, .unknownTeam))
            }
        }
        if let marketID = draft.marketID, try await market(marketID) == nil {
            problems.append(FieldError(field: "marketID", code: .notFound, .unknownMarket))
        }
        for marketID in draft.leaderMarketIDs where try await market(marketID) == nil {
            problems.append(FieldError(field: "leaderMarketIDs", code: .notFound, .unknownMarket))
            break
        }
        return problems
    }

    private func checked(_ draft: PersonDraft, excluding id: Person.ID?) async throws -> PersonDraft {
        let problems = try await problems(with: draft, excluding: id)
        if !problems.isEmpty { throw FieldErrors(problems) }
        let normalized = draft.validation().draft
        guard let teamID = normalized.teamID else { return normalized }
        return try await inTeamMarket(normalized, team: try await team(teamID)).draft
    }

    /// ``PersonDraft/inTeamMarket(_:teamMarket:)`` with the team's market read.
    private func inTeamMarket(_ draft: PersonDraft, team: Team?) async throws -> (draft: PersonDraft, error: FieldError?) {
        var teamMarket: Market?
        if let id = team?.marketID { teamMarket = try await market(id) }
        return draft.inTeamMarket(team, teamMarket: teamMarket)
    }

    private func replaceLeaderMarkets(of id: Person.ID, with markets: [Market.ID]) async throws {
        try await LeaderMarketModel.query(on: database).filter(\.$personID == id.rawValue).delete()
        for market in Set(markets) {
            try await LeaderMarketModel(organizationID: org, personID: id.rawValue, marketID: market.rawValue).create(on: database)
        }
    }

    private func moveMembership(of id: Person.ID, to team: Team.ID?, at date: Date) async throws {
        try await TeamMembershipModel.query(on: database)
            .filter(\.$personID == id.rawValue).filter(\.$until == nil)
            .set(\.$until, to: date).update()
        if let team {
            try await TeamMembershipModel(
                organizationID: organizationID, TeamMembership(personID: id, teamID: team, from: date)
            ).create(on: database)
        }
    }
}

extension Person {
    /// The fields an audit entry compares, as text.
    var auditSnapshot: [String: String?] {
        [
            "name": name, "email": email, "jobRole": jobRole.rawValue, "accessRole": accessRole.rawValue,
            "teamID": teamID?.description, "marketID": marketID?.description,
            "leaderMarketIDs": leaderMarketIDs.isEmpty ? nil : leaderMarketIDs.map(\.description).sorted().joined(separator: ","),
            "active": isActive ? "true" : "false",
        ]
    }
}
