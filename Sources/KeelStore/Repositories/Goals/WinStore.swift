import FluentKit
import Foundation
import SalesDomain

/// Wins (SPEC §4): the recognitions managers post for the people and teams they coach, the team
/// feed that shows them, and the wins Keel suggests from the data (``WinSuggestion``). Every
/// post and dismissal is audited.
public struct WinStore: OrganizationCalendarStore {
    public let database: any Database
    public let organizationID: Organization.ID
    public let calendar: WeekCalendar

    public init(database: any Database, organizationID: Organization.ID, calendar: WeekCalendar) {
        self.database = database
        self.organizationID = organizationID
        self.calendar = calendar
    }

    var goalStore: GoalStore { GoalStore(database: database, organizationID: organizationID, calendar: calendar) }

    /// The feed for this viewer, newest first, at most ``WinFeed/limit``: wins about people and
    /// teams they read (a seller: their team's), with `team` only those about the team's subtree
    /// and its people; and for a manager the suggestions.
    public func feed(team: Team.ID?, for policy: AccessPolicy, asOf date: Date) async throws -> WinFeed {
        let models = try await WinModel.query(on: database).filter(\.$organizationID == organizationID.rawValue)
            .sort(\.$postedAt, .descending).sort(\.$id).range(..<(WinFeed.limit * 5)).all()
        let wins = try models.map { try $0.domain() }
        let reach = try await goalStore.reach(
            for: policy, people: wins.flatMap { win -> [Person.ID] in
                if case .person(let id) = win.subject { [id, win.postedBy] } else { [win.postedBy] }
            })
        var subtree: Set<Team.ID>?
        if let team {
            guard let found = reach.teams[team], reach.policy.canReadWin(about: found, viewerTeams: reach.viewerTeams) else {
                throw AccessRefused(.notFound, entity: "team", field: "team")
            }
            subtree = reach.hierarchy.subtree(of: found.id)
        }
        let goalTitles = Dictionary(
            try await GoalModel.query(on: database).filter(\.$id ~~ Set(wins.compactMap(\.goalID?.rawValue))).all().map { ($0.id!, $0.title) },
            uniquingKeysWith: { first, _ in first })
        var entries: [WinFeed.Entry] = []
        for win in wins where entries.count < WinFeed.limit {
            let name: String
            switch win.subject {
            case .person(let id):
                guard let person = reach.people[id], policy.canReadWin(about: person) else { continue }
                if let subtree, !(person.teamID.map(subtree.contains) ?? false) { continue }
                name = person.name
            case .team(let id):
                guard let found = reach.teams[id], policy.canReadWin(about: found, viewerTeams: reach.viewerTeams) else { continue }
                if let subtree, !subtree.contains(id) { continue }
                name = found.name
            }
            entries.append(.init(
                win: win, subjectName: name, postedByName: reach.people[win.postedBy]?.name ?? "",
                goalTitle: win.goalID.flatMap { goalTitles[$0.rawValue] }))
        }
        let postable = postableSubjects(reach)
        return WinFeed(
            team: team, entries: entries, suggestions: try await suggestions(reach, asOf: date),
            teams: reach.teams.values.filter { $0.isActive && policy.canReadWin(about: $0, viewerTeams: reach.viewerTeams) }
                .sorted { $0.name < $1.name },
            people: postable,
            postableTeams: reach.teams.values.filter { $0.isActive && policy.canPostWin(for: $0) }.sorted { $0.name < $1.name })
    }

    func postableSubjects(_ reach: GoalStore.Reach) -> [Person] {
        reach.people.values.filter { $0.isActive && reach.policy.canPostWin(for: $0) }.sorted { $0.name < $1.name }
    }

    /// Posts a win for a person or team the viewer coaches, linked to a goal they read or a deal
    /// of the person's (or of the team's people) if given — every problem at once; audited.
    public func post(_ draft: WinDraft, for policy: AccessPolicy, at date: Date) async throws -> Win {
        var problems: [FieldError] = []
        // The subject is checked against the reach even when the text is refused, so every problem shows at once.
        let subject = draft.subject
        var text = ""
        do { text = try draft.checked().text } catch { problems += error.errors }
        let reach = try await goalStore.reach(for: policy, people: [draft.personID].compactMap { $0 })
        switch subject {
        case .person(let id)?:
            if let person = reach.people[id] {
                if !policy.canPostWin(for: person) { problems.append(FieldError(field: "personID", code: .invalidValue, .winNotAllowed)) }
            } else {
                problems.append(FieldError(field: "personID", code: .notFound, .unknownPerson, ["id": id.description]))
            }
        case .team(let id)?:
            if let team = reach.teams[id] {
                if !policy.canPostWin(for: team) { problems.append(FieldError(field: "teamID", code: .invalidValue, .winNotAllowed)) }
            } else {
                problems.append(FieldError(field: "teamID", code: .notFound, .unknownTeam, ["id": id.description]))
            }
        case nil: break
        }
        if let goalID = draft.goalID {
            let goal = try await goalStore.goalModel(goalID).map { try $0.domain() }
            if goal.map({ !reach.canRead($0.owner) }) ?? true {
                problems.append(FieldError(field: "goalID", code: .notFound, .goalUnknown, ["id": goalID.description]))
            }
        }
        if let dealID = draft.dealID, let subject {
            let deal = try await DealModel.query(on: database).filter(\.$organizationID == organizationID.rawValue)
                .filter(\.$id == dealID.rawValue).first()
            let owners: Set<Person.ID> = switch subject {
            case .person(let id): [id]
            case .team(let id): try await teamMembers(id, hierarchy: reach.hierarchy)
            }
            if deal.map({ !owners.contains(Person.ID($0.ownerID)) }) ?? true {
                problems.append(FieldError(field: "dealID", code: .notFound, .focusNotFound))
            }
        }
        if !problems.isEmpty { throw FieldErrors(problems) }
        let win = Win(
            id: .init(UUID()), subject: subject!, text: text, goalID: draft.goalID, dealID: draft.dealID, postedBy: policy.viewer.personID,
            postedAt: date)
        let organizationID = organizationID
        try await database.writeTransaction { database in
            try await WinModel(win, organizationID: organizationID).create(on: database)
            var values: [String: String?] = ["text": win.text, "goalID": win.goalID?.description, "dealID": win.dealID?.description]
            switch win.subject {
            case .person(let id): values["personID"] = id.description
            case .team(let id): values["teamID"] = id.description
            }
            try await AuditTrail.record(
                on: database, organizationID: organizationID, actor: win.postedBy, entity: "win", entityID: win.id.rawValue,
                subject: { if case .person(let id) = win.subject { id } else { nil } }(), action: "post",
                changes: AuditTrail.differences([:], values), at: date)
        }
        return win
    }

    func teamMembers(_ team: Team.ID, hierarchy: TeamHierarchy) async throws -> Set<Person.ID> {
        let teams = hierarchy.subtree(of: team).map(\.rawValue)
        return Set(try await PersonModel.query(on: database).filter(\.$organizationID == organizationID.rawValue)
            .filter(\.$teamID ~~ teams).all(\.$id).compactMap { $0 }.map(Person.ID.init))
    }
}
