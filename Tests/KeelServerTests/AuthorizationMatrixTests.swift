import Foundation
@testable import KeelServer
import KeelStore
import SalesDomain
import Testing
import Vapor

/// Walks every API route as every kind of caller and asserts the exact status each gets.
/// A route that is added without a row here fails `everyAPIRouteHasARow`; a route whose
/// handler forgets its record-level check fails the walk.
@Suite(.serialized) struct AuthorizationMatrixTests {
    enum Actor: String, CaseIterable, CustomStringConvertible {
        case anonymous, seller, manager, leader, marketLeader, admin, rivalAdmin
        var description: String { rawValue }
    }

    struct Row {
        var method: HTTPMethod
        var template: String
        var path: String
        var body: (Actor) -> [String: Any]? = { _ in nil }
        /// A multipart body instead of JSON (an import with its own mapping file).
        var parts: [(name: String, filename: String, contents: Data)]?
        var expected: [Actor: UInt]
    }

    /// Expected statuses, listed for signed-in actors in the order of `Actor.allCases` after anonymous.
    static func statuses(_ anonymous: UInt, _ seller: UInt, _ manager: UInt, _ leader: UInt, _ marketLeader: UInt, _ admin: UInt, _ rival: UInt) -> [Actor: UInt] {
        [.anonymous: anonymous, .seller: seller, .manager: manager, .leader: leader, .marketLeader: marketLeader, .admin: admin, .rivalAdmin: rival]
    }

    struct Setting {
        var people: [Actor: Person]
        var teammate: Person
        var managerTeam: Team
        var emptyTeam: Team
        var competence: CompetenceSetting
        var coaching: CoachingSetting
        var practice: PracticeSetting
        /// A seller no other row uses, whom the admin erases.
        var bystander: Person
        /// The teammate's coaching intervention on on-time calls (a completed session with that focus).
        var impactIntervention: String
        var execution: ExecutionSetting
        var goals: GoalSetting
    }

    /// Goals of the demo organization the goal rows act on: the leader's company goal, the
    /// manager's team goal under it, and individual goals the manager set — the teammate's to
    /// read and one to archive, the seller login's to enter a value for and one they reached.
    struct GoalSetting {
        var company: Goal.ID
        var teamGoal: Goal.ID
        var teammatesGoal: Goal.ID
        var toArchive: Goal.ID
        var sellersGoal: Goal.ID
        var reached: Goal.ID
    }

    /// Activities logged by hand: the teammate's, dropped with a reason (the postponement to
    /// review), and two of the seller login's, one to mark done and one to drop.
    struct ExecutionSetting {
        var teammatesActivity: Activity.ID
        var postponement: Postponement.ID
        var sellersToFinish: Activity.ID
        var sellersToDrop: Activity.ID
        /// An open deal of the teammate's, on an account of theirs.
        var teammatesDeal: Deal.ID
    }

    /// A role-play the manager added to the teammate's plan and the teammate did once, and
    /// another item of the teammate's profile to add.
    struct PracticeSetting {
        var entry: PracticePlanEntry.ID
        var rep: PracticeRep.ID
        var rolePlay: PracticeItem
        var toAdd: PracticeItem.ID
    }

    /// Sessions the manager login planned with the teammate: one to read, one to complete, one
    /// to cancel; and a next step agreed in a fourth, completed one.
    struct CoachingSetting {
        var read: CoachingSession.ID
        var toComplete: CoachingSession.ID
        var toCancel: CoachingSession.ID
        var item: ActionItem.ID
    }

    /// Competence records of the demo organization the competence rows act on.
    struct CompetenceSetting {
        var framework: CompetencyFramework
        var profile: RoleProfile
        var openCycle: AssessmentCycle.ID
        var closedCycle: AssessmentCycle.ID
        /// A rating the manager login submitted in the open cycle.
        var managersRating: Rating
        var exercise: CalibrationExercise
        /// A competency of the framework outside the teammate's role profile, which nobody has rated them on.
        var unprofiledCompetency: Competency.ID
        /// A participant of the open cycle on another team than the manager's, and a competency
        /// of their profile: a peer rating of them is refused to everyone off their team.
        var outsider: Person.ID
        var outsiderCompetency: Competency.ID
    }

    static func rows(_ setting: Setting) -> [Row] {
        let teammate = setting.teammate.id
        let team = setting.managerTeam.id
        let empty = setting.emptyTeam.id
        let everyone = statuses(401, 200, 200, 200, 200, 200, 200)
        let adminOnlyOnOurs = statuses(401, 403, 403, 403, 403, 200, 404)
        // A team or person outside the caller's reach is not found, as on /teams/{id} and /people/{id}.
        let teamScoped = statuses(401, 404, 200, 200, 404, 200, 404)
        let teammateScoped = statuses(401, 404, 200, 200, 404, 200, 404)
        return [
            Row(method: .GET, template: "/api/v1/me", path: "/api/v1/me", expected: everyone),
            Row(method: .GET, template: "/api/v1/organization", path: "/api/v1/organization", expected: statuses(401, 403, 403, 200, 200, 200, 200)),
            Row(method: .GET, template: "/api/v1/markets", path: "/api/v1/markets", expected: everyone),
            Row(method: .GET, template: "/api/v1/people", path: "/api/v1/people?limit=1000", expected: everyone),
            Row(method: .POST, template: "/api/v1/people", path: "/api/v1/people",
                body: { actor in ["name": "Matrix \(actor)", "email": "matrix-\(actor)@demo.keel.test", "jobRole": "sdr",
                                  "accessRole": "seller", "teamID": team.description] },
                expected: statuses(401, 403, 403, 403, 403, 201, 422)),
            Row(method: .GET, template: "/api/v1/people/{personID}", path: "/api/v1/people/\(teammate)", expected: statuses(401, 404, 200, 200, 404, 200, 404)),
            Row(method: .PATCH, template: "/api/v1/people/{personID}", path: "/api/v1/people/\(teammate)",
                body: { _ in ["jobRole": "account_executive"] }, expected: adminOnlyOnOurs),
            Row(method: .GET, template: "/api/v1/people/{personID}/team-history", path: "/api/v1/people/\(teammate)/team-history",
                expected: statuses(401, 404, 200, 200, 404, 200, 404)),
            // A person's data: the person themself and admins; a manager who may read them is refused, others hear nothing.
            Row(method: .GET, template: "/api/v1/people/{personID}/export", path: "/api/v1/people/\(teammate)/export",
                expected: statuses(401, 404, 403, 403, 404, 200, 404)),
            Row(method: .GET, template: "/api/v1/people/{personID}/export", path: "/api/v1/people/\(setting.people[.seller]!.id)/export",
                expected: statuses(401, 200, 403, 403, 404, 200, 404)),
            // Passwords: a person's own with their current one (here set to the same, so later rows still sign in),
            // an admin's reset of anyone else's; a reset too short to store is refused without writing.
            Row(method: .PUT, template: "/api/v1/people/{personID}/password", path: "/api/v1/people/\(teammate)/password",
                body: { _ in ["newPassword": "a matrix reset password"] }, expected: statuses(401, 404, 403, 403, 404, 204, 404)),
            Row(method: .PUT, template: "/api/v1/people/{personID}/password", path: "/api/v1/people/\(setting.people[.seller]!.id)/password",
                body: { actor in
                    actor == .seller ? ["currentPassword": TestServer.password, "newPassword": TestServer.password] : ["newPassword": "short"]
                }, expected: statuses(401, 204, 403, 403, 404, 422, 404)),
            // Erasure: admins of the person's organization, once the body repeats the person's e-mail.
            Row(method: .POST, template: "/api/v1/people/{personID}/erasure", path: "/api/v1/people/\(teammate)/erasure",
                body: { _ in ["confirmEmail": "someone-else@demo.keel.test"] }, expected: statuses(401, 403, 403, 403, 403, 422, 404)),
            Row(method: .POST, template: "/api/v1/people/{personID}/erasure", path: "/api/v1/people/\(setting.bystander.id)/erasure",
                body: { _ in ["confirmEmail": setting.bystander.email] }, expected: statuses(401, 403, 403, 403, 403, 200, 404)),
            Row(method: .POST, template: "/api/v1/people/{personID}/erasure", path: "/api/v1/people/\(setting.bystander.id)/erasure",
                body: { _ in ["confirmEmail": setting.bystander.email] }, expected: statuses(401, 403, 403, 403, 403, 409, 404)),
            Row(method: .GET, template: "/api/v1/organization/retention", path: "/api/v1/organization/retention",
                expected: statuses(401, 403, 403, 403, 403, 200, 200)),
            Row(method: .PUT, template: "/api/v1/organization/retention", path: "/api/v1/organization/retention",
                body: { _ in ["textYears": 10] }, expected: statuses(401, 403, 403, 403, 403, 200, 200)),
            Row(method: .POST, template: "/api/v1/organization/retention/apply", path: "/api/v1/organization/retention/apply",
                expected: statuses(401, 403, 403, 403, 403, 200, 200)),
            // The audit log: admins, each their own organization's.
            Row(method: .GET, template: "/api/v1/audit-events", path: "/api/v1/audit-events?kind=sign_in", expected: statuses(401, 403, 403, 403, 403, 200, 200)),
            Row(method: .GET, template: "/api/v1/teams", path: "/api/v1/teams", expected: statuses(401, 403, 200, 200, 200, 200, 200)),
            Row(method: .POST, template: "/api/v1/teams", path: "/api/v1/teams",
                body: { actor in ["name": "Matrix team \(actor)", "parentID": team.description] },
                expected: statuses(401, 403, 403, 403, 403, 201, 422)),
            Row(method: .GET, template: "/api/v1/teams/{teamID}", path: "/api/v1/teams/\(team)", expected: statuses(401, 403, 200, 200, 404, 200, 404)),
            Row(method: .PATCH, template: "/api/v1/teams/{teamID}", path: "/api/v1/teams/\(team)",
                body: { _ in ["name": setting.managerTeam.name] }, expected: adminOnlyOnOurs),
            Row(method: .DELETE, template: "/api/v1/people/{personID}", path: "/api/v1/people/\(teammate)", expected: adminOnlyOnOurs),
            Row(method: .DELETE, template: "/api/v1/teams/{teamID}", path: "/api/v1/teams/\(empty)", expected: adminOnlyOnOurs),
            // An empty body is an empty file: callers the gate lets through get its 422, not 403.
            Row(method: .POST, template: "/api/v1/imports", path: "/api/v1/imports?kind=products&mapping=maven-crm-products",
                expected: statuses(401, 403, 403, 422, 422, 422, 422)),
            // With a mapping file of its own and no CSV: the gate first, then the missing file.
            Row(method: .POST, template: "/api/v1/imports", path: "/api/v1/imports?kind=products",
                parts: [("mapping", "mapping.yaml", Data("name: own\nkind: products\ncolumns: {name: Produkt}\n".utf8))],
                expected: statuses(401, 403, 403, 422, 422, 422, 422)),
            Row(method: .GET, template: "/api/v1/imports", path: "/api/v1/imports", expected: statuses(401, 403, 403, 200, 200, 200, 200)),
            Row(method: .GET, template: "/api/v1/analyses/time-allocation", path: "/api/v1/analyses/time-allocation", expected: everyone),
            Row(method: .GET, template: "/api/v1/analyses/time-allocation", path: "/api/v1/analyses/time-allocation?scope=organization",
                expected: statuses(401, 403, 403, 200, 403, 200, 200)),
            Row(method: .GET, template: "/api/v1/analyses/execution-rate", path: "/api/v1/analyses/execution-rate?scope=team:\(team)", expected: teamScoped),
            Row(method: .GET, template: "/api/v1/analyses/pressure", path: "/api/v1/analyses/pressure?scope=team:\(team)", expected: teamScoped),
            Row(method: .GET, template: "/api/v1/analyses/stage-velocity", path: "/api/v1/analyses/stage-velocity?scope=team:\(team)", expected: teamScoped),
            Row(method: .GET, template: "/api/v1/analyses/stalled-deals", path: "/api/v1/analyses/stalled-deals?scope=team:\(team)", expected: teamScoped),
            Row(method: .GET, template: "/api/v1/analyses/deal-results", path: "/api/v1/analyses/deal-results?scope=person:\(teammate)", expected: teammateScoped),
            Row(method: .GET, template: "/api/v1/analyses/reasons", path: "/api/v1/analyses/reasons?scope=person:\(teammate)", expected: teammateScoped),
            Row(method: .GET, template: "/api/v1/diagnosis", path: "/api/v1/diagnosis?scope=team:\(team)", expected: teamScoped),
            Row(method: .GET, template: "/api/v1/where-to-act", path: "/api/v1/where-to-act?scope=team:\(team)", expected: teamScoped),
            Row(method: .GET, template: "/api/v1/diagnosis/policy", path: "/api/v1/diagnosis/policy", expected: everyone),
            Row(method: .PUT, template: "/api/v1/diagnosis/policy", path: "/api/v1/diagnosis/policy",
                body: { _ in ["tolerance": 0.5, "executionThreshold": 0.8, "minimumPlannedActivities": 10, "minimumDecidedDeals": 5,
                              "structuralShare": 0.5, "stallShare": 0.5] },
                expected: statuses(401, 403, 403, 200, 200, 200, 200)),
        ] + competenceRows(setting) + coachingRows(setting) + practiceRows(setting) + kpiRows(setting) + dealRows(setting) + impactRows(setting) + executionRows(setting) + goalRows(setting) + [
            Row(method: .GET, template: "/healthz", path: "/healthz", expected: statuses(200, 200, 200, 200, 200, 200, 200)),
            Row(method: .GET, template: "/readyz", path: "/readyz", expected: statuses(200, 200, 200, 200, 200, 200, 200)),
            Row(method: .GET, template: "/metrics", path: "/metrics", expected: statuses(200, 200, 200, 200, 200, 200, 200)),
            Row(method: .GET, template: "/openapi.yaml", path: "/openapi.yaml", expected: statuses(200, 200, 200, 200, 200, 200, 200)),
        ]
    }

    /// The coaching API (SPEC §4): a manager coaches their subtree; the seller reads their own;
    /// leaders and admins see the rhythm (`/coaching`) but never a session or a next step.
    static func coachingRows(_ setting: Setting) -> [Row] {
        let c = setting.coaching
        let teammate = setting.teammate.id
        let team = setting.managerTeam.id
        let onlyTheCoach = statuses(401, 404, 200, 404, 404, 404, 404)
        let rulesSetters = statuses(401, 403, 403, 200, 200, 200, 200)
        return [
            Row(method: .GET, template: "/api/v1/coaching", path: "/api/v1/coaching?scope=team:\(team)", expected: statuses(401, 404, 200, 200, 404, 200, 404)),
            Row(method: .GET, template: "/api/v1/coaching/sessions", path: "/api/v1/coaching/sessions?seller=\(teammate)", expected: onlyTheCoach),
            Row(method: .POST, template: "/api/v1/coaching/sessions", path: "/api/v1/coaching/sessions",
                // The seller login: the teammate is deactivated by an earlier row, and nobody coaches a deactivated person.
                body: { _ in ["sellerID": setting.people[.seller]!.id.description, "type": "skill", "scheduledAt": "2031-03-04T09:00:00Z", "durationMinutes": 30] },
                expected: statuses(401, 403, 201, 422, 422, 422, 422)),
            Row(method: .GET, template: "/api/v1/coaching/sessions/{sessionID}", path: "/api/v1/coaching/sessions/\(c.read)", expected: onlyTheCoach),
            Row(method: .POST, template: "/api/v1/coaching/sessions/{sessionID}/completion", path: "/api/v1/coaching/sessions/\(c.toComplete)/completion",
                body: { _ in ["reviews": [[String: Any]](), "nextSteps": [["text": "Matrix step", "ownerID": teammate.description, "due": "2031-03-20"]]] },
                expected: statuses(401, 403, 200, 404, 404, 404, 404)),
            Row(method: .POST, template: "/api/v1/coaching/sessions/{sessionID}/cancellation", path: "/api/v1/coaching/sessions/\(c.toCancel)/cancellation",
                expected: statuses(401, 403, 200, 404, 404, 404, 404)),
            Row(method: .GET, template: "/api/v1/coaching/action-items", path: "/api/v1/coaching/action-items?seller=\(teammate)", expected: onlyTheCoach),
            Row(method: .PUT, template: "/api/v1/coaching/action-items/{itemID}/status", path: "/api/v1/coaching/action-items/\(c.item)/status",
                body: { _ in ["status": "done"] }, expected: onlyTheCoach),
            Row(method: .GET, template: "/api/v1/coaching/cadence-policy", path: "/api/v1/coaching/cadence-policy", expected: statuses(401, 200, 200, 200, 200, 200, 200)),
            Row(method: .PUT, template: "/api/v1/coaching/cadence-policy", path: "/api/v1/coaching/cadence-policy",
                body: { _ in ["minimumPerMonth": 2, "maximumPerMonth": 3, "maximumDaysBetween": 21] }, expected: rulesSetters),
            Row(method: .GET, template: "/api/v1/coaching/agendas", path: "/api/v1/coaching/agendas", expected: statuses(401, 200, 200, 200, 200, 200, 200)),
            // Everyone's own calendar link, made and revoked by themself alone.
            Row(method: .GET, template: "/api/v1/calendar-feed", path: "/api/v1/calendar-feed", expected: statuses(401, 200, 200, 200, 200, 200, 200)),
            Row(method: .POST, template: "/api/v1/calendar-feed", path: "/api/v1/calendar-feed", expected: statuses(401, 201, 201, 201, 201, 201, 201)),
            Row(method: .DELETE, template: "/api/v1/calendar-feed", path: "/api/v1/calendar-feed", expected: statuses(401, 204, 204, 204, 204, 204, 204)),
            // Everyone's own weekly digest: their choice and preview; the outbox is the admins'.
            Row(method: .GET, template: "/api/v1/me/digest", path: "/api/v1/me/digest", expected: statuses(401, 200, 200, 200, 200, 200, 200)),
            Row(method: .PUT, template: "/api/v1/me/digest", path: "/api/v1/me/digest", body: { _ in ["enabled": false] },
                expected: statuses(401, 200, 200, 200, 200, 200, 200)),
            Row(method: .GET, template: "/api/v1/me/digest/preview", path: "/api/v1/me/digest/preview", expected: statuses(401, 200, 200, 200, 200, 200, 200)),
            Row(method: .GET, template: "/api/v1/outbox", path: "/api/v1/outbox", expected: statuses(401, 403, 403, 403, 403, 200, 200)),
            Row(method: .PUT, template: "/api/v1/coaching/agendas/{type}", path: "/api/v1/coaching/agendas/skill",
                body: { _ in ["type": "skill", "items": [["en": "Practise one situation", "sv": "Träna en situation"]]] }, expected: rulesSetters),
        ]
    }

    /// Deals: everyone lists the deals they reach (the rival its own organization's); one deal is
    /// read by whoever reads its owner, and is not found for anyone else.
    static func dealRows(_ setting: Setting) -> [Row] {
        let deal = setting.execution.teammatesDeal
        return [
            Row(method: .GET, template: "/api/v1/deals", path: "/api/v1/deals?limit=5", expected: statuses(401, 200, 200, 200, 200, 200, 200)),
            Row(method: .GET, template: "/api/v1/deals/{dealID}", path: "/api/v1/deals/\(deal)", expected: statuses(401, 404, 200, 200, 404, 200, 404)),
        ]
    }

    /// Coachable KPIs (SPEC §4): whoever may read the seller reads them; only their coach sets
    /// targets; the seller and their coach enter weekly values.
    static func kpiRows(_ setting: Setting) -> [Row] {
        let teammate = setting.teammate.id
        let coachOnly = statuses(401, 404, 200, 403, 404, 403, 404)
        return [
            Row(method: .GET, template: "/api/v1/people/{personID}/kpis", path: "/api/v1/people/\(teammate)/kpis",
                expected: statuses(401, 404, 200, 200, 404, 200, 404)),
            Row(method: .PUT, template: "/api/v1/people/{personID}/kpis/{kpi}/target", path: "/api/v1/people/\(teammate)/kpis/customer_meetings_per_week/target",
                body: { _ in ["target": 6] }, expected: coachOnly),
            Row(method: .DELETE, template: "/api/v1/people/{personID}/kpis/{kpi}/target", path: "/api/v1/people/\(teammate)/kpis/customer_meetings_per_week/target",
                expected: coachOnly),
            Row(method: .PUT, template: "/api/v1/people/{personID}/kpis/{kpi}/weeks/{week}", path: "/api/v1/people/\(teammate)/kpis/referrals_asked_per_week/weeks/2024-W10",
                body: { _ in ["value": 3] }, expected: coachOnly),
            Row(method: .DELETE, template: "/api/v1/people/{personID}/kpis/{kpi}/weeks/{week}", path: "/api/v1/people/\(teammate)/kpis/referrals_asked_per_week/weeks/2024-W10",
                expected: coachOnly),
        ]
    }

    /// Goals and wins (SPEC §4): leaders set company goals; a manager sets goals for their
    /// subtree's teams and people and posts their wins; a seller reads their own goals, their
    /// team's and the company's, enters their own value and reads their team's feed.
    static func goalRows(_ setting: Setting) -> [Row] {
        let g = setting.goals
        let team = setting.managerTeam.id
        let signedIn = statuses(401, 200, 200, 200, 200, 200, 200)
        return [
            Row(method: .GET, template: "/api/v1/goals", path: "/api/v1/goals", expected: signedIn),
            Row(method: .POST, template: "/api/v1/goals", path: "/api/v1/goals",
                body: { _ in ["level": "team", "teamID": team.description, "title": "Matrix team goal", "start": "2031-01-01", "due": "2031-06-30",
                              "parentID": g.company.description, "measure": ["kind": "kpi", "kpi": "won_deals", "target": 12]] },
                expected: statuses(401, 403, 201, 422, 422, 422, 422)),
            Row(method: .GET, template: "/api/v1/goals/{goalID}", path: "/api/v1/goals/\(g.teammatesGoal)", expected: statuses(401, 404, 200, 200, 404, 200, 404)),
            Row(method: .PUT, template: "/api/v1/goals/{goalID}", path: "/api/v1/goals/\(g.teamGoal)",
                body: { _ in ["title": "Matrix team goal, changed", "start": "2031-01-01", "due": "2031-12-31", "parentID": g.company.description] },
                expected: statuses(401, 403, 200, 403, 404, 403, 404)),
            Row(method: .DELETE, template: "/api/v1/goals/{goalID}", path: "/api/v1/goals/\(g.toArchive)", expected: statuses(401, 403, 204, 404, 404, 404, 404)),
            Row(method: .POST, template: "/api/v1/goals/{goalID}/values", path: "/api/v1/goals/\(g.sellersGoal)/values",
                body: { _ in ["value": 3] }, expected: statuses(401, 200, 200, 403, 404, 403, 404)),
            Row(method: .GET, template: "/api/v1/wins", path: "/api/v1/wins?team=\(team)", expected: statuses(401, 200, 200, 200, 404, 200, 404)),
            Row(method: .POST, template: "/api/v1/wins", path: "/api/v1/wins",
                body: { _ in ["personID": setting.people[.seller]!.id.description, "text": "Matrix win"] },
                expected: statuses(401, 403, 201, 422, 422, 422, 422)),
            Row(method: .GET, template: "/api/v1/win-suggestions", path: "/api/v1/win-suggestions", expected: statuses(401, 403, 200, 200, 200, 200, 200)),
            Row(method: .POST, template: "/api/v1/win-suggestions/{key}/dismissal", path: "/api/v1/win-suggestions/goal:\(g.reached)/dismissal",
                expected: statuses(401, 403, 204, 404, 404, 404, 404)),
        ]
    }

    static func goalSetting(_ server: TestServer, leader: Person, manager: Person, seller: Person, teammate: Person) async throws -> GoalSetting {
        let organization = server.demo.organization.id
        let directory = Directory(database: server.app.db, organizationID: organization)
        let store = try await GoalStore.of(database: server.app.db, organizationID: organization)
        let leading = try await directory.accessPolicy(for: leader)
        let managing = try await directory.accessPolicy(for: manager)
        let now = server.clock.now
        func draft(_ owner: GoalOwner, _ title: String, parent: Goal.ID?, measure: GoalDraft.Measure = .none) -> GoalDraft {
            GoalDraft(owner: owner, title: title, start: CalendarDay("2031-01-01"), due: CalendarDay("2031-12-31"), parentID: parent, measure: measure)
        }
        let company = try await store.save(draft(.company, "Matrix company goal", parent: nil), id: nil, for: leading, at: now)
        let teamGoal = try await store.save(draft(.team(try #require(manager.teamID)), "Matrix team goal", parent: company.id), id: nil, for: managing, at: now)
        func individual(_ person: Person, _ title: String) async throws -> Goal {
            try await store.save(
                draft(.person(person.id), title, parent: teamGoal.id, measure: .manual(target: 1, unit: "calls")), id: nil, for: managing, at: now)
        }
        let reached = try await individual(seller, "Matrix reached goal")
        _ = try await store.enterValue(1, goal: reached.id, for: managing, at: now)
        return GoalSetting(
            company: company.id, teamGoal: teamGoal.id, teammatesGoal: try await individual(teammate, "Matrix teammate's goal").id,
            toArchive: try await individual(teammate, "Matrix goal to archive").id, sellersGoal: try await individual(seller, "Matrix seller's goal").id,
            reached: reached.id)
    }

    /// The practice API (SPEC §5): a seller does their own practice; their coach reads, adds and
    /// scores; a teammate scores a role-play; leaders and admins read without notes and edit the library.
    static func practiceRows(_ setting: Setting) -> [Row] {
        let p = setting.practice
        let teammate = setting.teammate.id
        let team = setting.managerTeam.id
        let readers = statuses(401, 404, 200, 200, 404, 200, 404)
        var item = p.rolePlay
        item.title = LocalizedText(english: "Matrix role-play")
        let itemBody: [String: Any] = [
            "key": item.key, "competencyID": item.competencyID.description, "kind": "role-play", "aimLevel": item.aimLevel, "minutes": item.minutes,
            "title": ["en": "Matrix role-play"], "situation": ["en": "A situation"], "customerPart": ["en": "The customer"],
            "goodLooksLike": (1...5).map { ["level": $0, "text": ["en": "Level \($0)"]] as [String: Any] },
        ]
        return [
            Row(method: .GET, template: "/api/v1/practice", path: "/api/v1/practice?scope=team:\(team)", expected: statuses(401, 403, 200, 200, 404, 200, 404)),
            Row(method: .GET, template: "/api/v1/practice/plans/{personID}", path: "/api/v1/practice/plans/\(teammate)", expected: readers),
            Row(method: .POST, template: "/api/v1/practice/plans/{personID}/refresh", path: "/api/v1/practice/plans/\(teammate)/refresh",
                expected: statuses(401, 404, 200, 403, 404, 403, 404)),
            Row(method: .POST, template: "/api/v1/practice/plans/{personID}/entries", path: "/api/v1/practice/plans/\(teammate)/entries",
                body: { _ in ["itemID": p.toAdd.description] }, expected: statuses(401, 404, 201, 403, 404, 403, 404)),
            Row(method: .GET, template: "/api/v1/practice/entries/{entryID}", path: "/api/v1/practice/entries/\(p.entry)",
                expected: statuses(401, 200, 200, 200, 404, 200, 404)),
            Row(method: .POST, template: "/api/v1/practice/entries/{entryID}/repetitions", path: "/api/v1/practice/entries/\(p.entry)/repetitions",
                body: { _ in ["selfScore": 4] }, expected: statuses(401, 403, 403, 403, 404, 403, 404)),
            Row(method: .PUT, template: "/api/v1/practice/repetitions/{repID}/observation", path: "/api/v1/practice/repetitions/\(p.rep)/observation",
                body: { _ in ["marks": ["2": true, "3": true, "4": false, "5": false], "comment": "Matrix"] },
                expected: statuses(401, 200, 200, 403, 404, 403, 404)),
            Row(method: .GET, template: "/api/v1/practice/items", path: "/api/v1/practice/items", expected: statuses(401, 200, 200, 200, 200, 200, 200)),
            Row(method: .POST, template: "/api/v1/practice/items", path: "/api/v1/practice/items",
                body: { actor in itemBody.merging(["key": "\(item.key)-\(actor.rawValue.lowercased())"]) { _, new in new } },
                expected: statuses(401, 403, 403, 201, 201, 201, 422)),
            Row(method: .PUT, template: "/api/v1/practice/items/{itemID}", path: "/api/v1/practice/items/\(item.id)",
                body: { _ in itemBody }, expected: statuses(401, 403, 403, 200, 200, 200, 404)),
            // The rival organization has no framework, so no library to practise from.
            Row(method: .GET, template: "/api/v1/practice/library-file", path: "/api/v1/practice/library-file", expected: statuses(401, 200, 200, 200, 200, 200, 404)),
            Row(method: .PUT, template: "/api/v1/practice/library-file", path: "/api/v1/practice/library-file",
                body: { _ in ["format": 1, "items": [[String: Any]]()] }, expected: statuses(401, 403, 403, 200, 200, 200, 422)),
        ]
    }

    static func practiceSetting(_ server: TestServer, manager: Person, teammate: Person) async throws -> PracticeSetting {
        let hierarchy = try await Directory(database: server.app.db, organizationID: server.demo.organization.id).hierarchy()
        let store = try await PracticeStore.of(database: server.app.db, organizationID: server.demo.organization.id)
        let framework = try #require(try await store.framework())
        let profile = try #require(try await CompetenceStore(database: server.app.db, organizationID: server.demo.organization.id)
            .applicableProfile(to: teammate, framework: framework.id))
        let profiled = Set(profile.entries.map(\.competencyID))
        let library = try await store.library()
        let rolePlay = try #require(library.first { $0.kind == .rolePlay && profiled.contains($0.competencyID) })
        let toAdd = try #require(library.first { $0.kind == .drill && profiled.contains($0.competencyID) })
        let entry = try await store.addToPlan(rolePlay.id, of: teammate.id, for: AccessPolicy(viewer: Viewer(manager), hierarchy: hierarchy), at: server.clock.now)
        let rep = try await store.complete(
            entry.id, with: PracticeRepDraft(selfScore: 4, note: "Matrix"), for: AccessPolicy(viewer: Viewer(teammate), hierarchy: hierarchy), at: server.clock.now)
        return PracticeSetting(entry: entry.id, rep: rep.id, rolePlay: rolePlay, toAdd: toAdd.id)
    }

    /// The impact API (SPEC §5): everyone lists what they may read; one estimate and its export
    /// only for those who may read the teammate (their manager, the leader, admins).
    static func impactRows(_ setting: Setting) -> [Row] {
        let id = setting.impactIntervention
        let readers = statuses(401, 404, 200, 200, 404, 200, 404)
        return [
            Row(method: .GET, template: "/api/v1/impact", path: "/api/v1/impact", expected: statuses(401, 200, 200, 200, 200, 200, 200)),
            Row(method: .GET, template: "/api/v1/impact/estimates/{interventionID}", path: "/api/v1/impact/estimates/\(id)", expected: readers),
            Row(method: .GET, template: "/api/v1/impact/estimates/{interventionID}/export",
                path: "/api/v1/impact/estimates/\(id)/export?format=json", expected: readers),
        ]
    }

    /// Activities, postponements and the execution rules (issue 13, item 17): everyone reads and
    /// re-plans their own work only — a seller never another seller's, a manager never re-plans
    /// theirs; reviews are for those who read the owner; the rules are read by everyone who
    /// works with them and changed by leadership.
    static func executionRows(_ setting: Setting) -> [Row] {
        let e = setting.execution
        let teammate = setting.teammate.id
        let team = setting.managerTeam.id
        let everyone = statuses(401, 200, 200, 200, 200, 200, 200)
        let rulesSetters = statuses(401, 403, 403, 200, 200, 200, 200)
        let catalog = ReasonCatalog.defaults.reasons.map { reason -> [String: Any] in
            ["code": reason.code.rawValue, "names": Dictionary(uniqueKeysWithValues: reason.names.map { ($0.key.rawValue, $0.value) }),
             "reasonClass": reason.reasonClass.rawValue, "isActive": reason.isActive]
        }
        return [
            Row(method: .GET, template: "/api/v1/activities", path: "/api/v1/activities", expected: everyone),
            // Another seller's activities: their manager, the leader and admins; never the seller login.
            Row(method: .GET, template: "/api/v1/activities", path: "/api/v1/activities?person=\(teammate)", expected: statuses(401, 404, 200, 200, 404, 200, 404)),
            Row(method: .GET, template: "/api/v1/activities", path: "/api/v1/activities?team=\(team)", expected: statuses(401, 404, 200, 200, 404, 200, 404)),
            Row(method: .POST, template: "/api/v1/activities", path: "/api/v1/activities",
                body: { _ in ["type": "call", "planned": "2026-01-07", "minutes": 30] }, expected: statuses(401, 201, 201, 201, 201, 201, 201)),
            Row(method: .POST, template: "/api/v1/activities/{activityID}/done", path: "/api/v1/activities/\(e.teammatesActivity)/done",
                expected: statuses(401, 404, 404, 404, 404, 404, 404)),
            Row(method: .POST, template: "/api/v1/activities/{activityID}/done", path: "/api/v1/activities/\(e.sellersToFinish)/done",
                expected: statuses(401, 200, 404, 404, 404, 404, 404)),
            Row(method: .POST, template: "/api/v1/activities/{activityID}/postponements", path: "/api/v1/activities/\(e.sellersToDrop)/postponements",
                body: { _ in ["action": "drop", "reason": "customer_rescheduled"] }, expected: statuses(401, 201, 404, 404, 404, 404, 404)),
            Row(method: .GET, template: "/api/v1/postponements", path: "/api/v1/postponements", expected: statuses(401, 403, 200, 200, 200, 200, 200)),
            Row(method: .GET, template: "/api/v1/postponements", path: "/api/v1/postponements?team=\(team)", expected: statuses(401, 403, 200, 200, 404, 200, 404)),
            Row(method: .PUT, template: "/api/v1/postponements/{postponementID}/review", path: "/api/v1/postponements/\(e.postponement)/review",
                body: { _ in ["verdict": "verified_obstacle"] }, expected: statuses(401, 403, 200, 200, 404, 200, 404)),
            Row(method: .GET, template: "/api/v1/reasons", path: "/api/v1/reasons", expected: everyone),
            Row(method: .PUT, template: "/api/v1/reasons", path: "/api/v1/reasons", body: { _ in ["reasons": catalog] }, expected: rulesSetters),
            Row(method: .GET, template: "/api/v1/work-categories", path: "/api/v1/work-categories", expected: everyone),
            Row(method: .PUT, template: "/api/v1/work-categories", path: "/api/v1/work-categories",
                body: { _ in ["categoryByType": ["call": "selling", "crm_admin": "supporting"], "unmappedCategory": "supporting"] }, expected: rulesSetters),
            Row(method: .GET, template: "/api/v1/settings/words", path: "/api/v1/settings/words", expected: everyone),
            Row(method: .PUT, template: "/api/v1/settings/words", path: "/api/v1/settings/words",
                body: { _ in ["words": [["kind": "deal_stage", "code": "qualification", "names": ["sv": "Behovsanalys"]]]] }, expected: rulesSetters),
            Row(method: .GET, template: "/api/v1/analysis-rules", path: "/api/v1/analysis-rules", expected: rulesSetters),
            Row(method: .PUT, template: "/api/v1/analysis-rules", path: "/api/v1/analysis-rules",
                body: { _ in ["pressure": ["highLoadThreshold": 1.1, "defaultHours": 40, "overrides": [[String: Any]]()],
                              "stall": ["percentile": 0.75, "minimumWonDeals": 5]] },
                expected: rulesSetters),
        ]
    }

    static func executionSetting(_ server: TestServer, teammate: Person) async throws -> ExecutionSetting {
        let log = ActivityLog(database: server.app.db, organizationID: server.demo.organization.id)
        let seller = server.demo.logins.seller
        let now = server.clock.now
        func logged(_ owner: Person) async throws -> Activity.ID {
            try await log.log(.init(type: .call, plannedDate: now, durationMinutes: 30), owner: owner.id, actor: owner.id, at: now).id
        }
        let teammates = try await logged(teammate)
        let postponement = try await log.postpone(teammates, to: nil, reason: ReasonCode("customer_rescheduled"), actor: teammate.id, at: now)
        let account = Account(id: .init(UUID()), organizationID: server.demo.organization.id, name: "Matrisen Konsult AB")
        let deal = Deal(id: .init(UUID()), ownerID: teammate.id, accountID: account.id, stage: "proposal", value: 120_000,
                        createdAt: now.addingTimeInterval(-40 * 86_400), externalID: "MATRIX-1")
        _ = try await ExecutionSeeding(database: server.app.db, organizationID: server.demo.organization.id).store([
            DemoSellerExecution(sellerID: teammate.id, accounts: [account], deals: [deal],
                                transitions: [StageTransition(dealID: deal.id, stage: "proposal", enteredAt: now.addingTimeInterval(-30 * 86_400))],
                                activities: [], postponements: []),
        ], at: now)
        return ExecutionSetting(teammatesActivity: teammates, postponement: postponement.id,
                                sellersToFinish: try await logged(seller), sellersToDrop: try await logged(seller), teammatesDeal: deal.id)
    }

    static func impactSetting(_ server: TestServer, manager: Person, teammate: Person) async throws -> String {
        let hierarchy = try await Directory(database: server.app.db, organizationID: server.demo.organization.id).hierarchy()
        let policy = AccessPolicy(viewer: Viewer(manager), hierarchy: hierarchy)
        let store = try await CoachingStore.of(database: server.app.db, organizationID: server.demo.organization.id)
        let session = try await store.plan(
            SessionPlan(sellerID: teammate.id, type: .followUp, scheduledAt: server.clock.now.addingTimeInterval(-2 * 86_400), durationMinutes: 30,
                        focus: .activityType(.call)),
            for: policy, at: server.clock.now)
        let step = NextStepDraft(text: "Call every customer on the planned day", ownerID: teammate.id,
                                 due: store.calendar.day(containing: server.clock.now).adding(days: 7))
        _ = try await store.complete(session.id, with: SessionCompletion(reviews: [], nextSteps: [step]), for: policy, at: server.clock.now)
        for item in try await store.openItems(of: teammate.id, for: policy) {
            _ = try await store.setItem(item.id, done: true, for: policy, at: server.clock.now)
        }
        return Intervention(sellerID: teammate.id, channel: .coaching, target: .activityType(.call), startedAt: session.scheduledAt).id
    }

    static func coachingSetting(_ server: TestServer, manager: Person, teammate: Person) async throws -> CoachingSetting {
        let hierarchy = try await Directory(database: server.app.db, organizationID: server.demo.organization.id).hierarchy()
        let policy = AccessPolicy(viewer: Viewer(manager), hierarchy: hierarchy)
        let store = try await CoachingStore.of(database: server.app.db, organizationID: server.demo.organization.id)
        func plan(_ days: Double) async throws -> CoachingSession {
            try await store.plan(
                SessionPlan(sellerID: teammate.id, type: .followUp, scheduledAt: server.clock.now.addingTimeInterval(days * 86_400), durationMinutes: 30),
                for: policy, at: server.clock.now)
        }
        let done = try await plan(-1)
        let step = NextStepDraft(text: "Book two meetings", ownerID: teammate.id, due: store.calendar.day(containing: server.clock.now).adding(days: 7))
        _ = try await store.complete(done.id, with: SessionCompletion(reviews: [], nextSteps: [step]), for: policy, at: server.clock.now)
        let item = try #require(try await store.openItems(of: teammate.id, for: policy).first)
        // Closed, so that the completion row (which follows nothing up) finds nothing open to follow up.
        _ = try await store.setItem(item.id, done: true, for: policy, at: server.clock.now)
        return CoachingSetting(read: try await plan(2).id, toComplete: try await plan(3).id, toCancel: try await plan(4).id, item: item.id)
    }

    /// The competence API (SPEC §1). Rows that change something are written so that the order
    /// of actors is part of the expectation: the first leader to start a version gets 201, the
    /// next ones 409 because it exists.
    static func competenceRows(_ setting: Setting) -> [Row] {
        let c = setting.competence
        let base = "/api/v1/competence"
        let version = "\(base)/frameworks/\(c.framework.id)/versions/\(c.framework.version)"
        let teammate = setting.teammate.id
        let seller = setting.people[.seller]!.id
        let team = setting.managerTeam.id
        let everyone = statuses(401, 200, 200, 200, 200, 200, 200)
        let ours = statuses(401, 200, 200, 200, 200, 200, 404)
        let teammateScoped = statuses(401, 404, 200, 200, 404, 200, 404)
        let manager = setting.people[.manager]!.id
        let managerRates = c.exercise.raterIDs.contains(manager)
        // A leader of some markets sees an exercise only when they rate in it, on the web as here.
        let marketLeaderSees = c.exercise.raterIDs.contains(setting.people[.marketLeader]!.id)
        let isOpen = c.exercise.closedAt == nil
        // A rater scores (or hears the exercise is closed); a leader who is not a rater may not score.
        func scoring(_ actor: Actor) -> UInt {
            let rater = c.exercise.raterIDs.contains(setting.people[actor]!.id)
            return rater ? (isOpen ? 200 : 409) : 403
        }
        let competency = c.profile.entries[0].competencyID
        return [
            Row(method: .GET, template: "\(base)/frameworks", path: "\(base)/frameworks", expected: everyone),
            Row(method: .POST, template: "\(base)/frameworks", path: "\(base)/frameworks",
                body: { actor in matrixFramework(key: "matrix-\(actor.rawValue.lowercased())") },
                expected: statuses(401, 403, 403, 201, 201, 201, 201)),
            Row(method: .GET, template: "\(base)/frameworks/{frameworkID}/versions/{version}", path: version, expected: ours),
            Row(method: .GET, template: "\(base)/frameworks/{frameworkID}/versions/{version}/file", path: "\(version)/file?format=json", expected: ours),
            Row(method: .GET, template: "\(base)/frameworks/{frameworkID}/versions/{version}/signal-map", path: "\(version)/signal-map", expected: ours),
            Row(method: .PUT, template: "\(base)/frameworks/{frameworkID}/versions/{version}/signal-map", path: "\(version)/signal-map",
                body: { _ in ["areas": [["area": "prospecting", "activityTypes": ["call"], "stages": ["prospecting"]]]] },
                expected: statuses(401, 403, 403, 200, 200, 200, 404)),
            Row(method: .PUT, template: "\(base)/frameworks/{frameworkID}/versions/{version}", path: version,
                body: { _ in matrixFramework(key: c.framework.key) }, expected: statuses(401, 403, 403, 409, 409, 409, 404)),
            Row(method: .POST, template: "\(base)/frameworks/{frameworkID}/versions/{version}/publish", path: "\(version)/publish",
                expected: statuses(401, 403, 403, 409, 409, 409, 404)),
            Row(method: .POST, template: "\(base)/frameworks/{frameworkID}/versions", path: "\(base)/frameworks/\(c.framework.id)/versions",
                expected: statuses(401, 403, 403, 201, 409, 409, 404)),
            Row(method: .GET, template: "\(base)/role-profiles", path: "\(base)/role-profiles", expected: everyone),
            // The rival's admin names a framework their organization does not have.
            Row(method: .PUT, template: "\(base)/role-profiles", path: "\(base)/role-profiles",
                body: { _ in profileBody(c.profile) },
                expected: statuses(401, 403, 403, 200, 200, 200, 422)),
            Row(method: .GET, template: "\(base)/cycles", path: "\(base)/cycles", expected: everyone),
            Row(method: .POST, template: "\(base)/cycles", path: "\(base)/cycles",
                body: { actor in ["name": "Matrix \(actor)", "frameworkID": c.framework.id.description, "version": c.framework.version,
                                  "participantIDs": [seller.description]] },
                expected: statuses(401, 403, 403, 201, 201, 201, 422)),
            Row(method: .GET, template: "\(base)/cycles/{cycleID}/progress", path: "\(base)/cycles/\(c.openCycle)/progress",
                expected: statuses(401, 403, 200, 200, 200, 200, 404)),
            Row(method: .POST, template: "\(base)/cycles/{cycleID}/close", path: "\(base)/cycles/\(c.closedCycle)/close",
                expected: statuses(401, 403, 403, 409, 409, 409, 404)),
            Row(method: .GET, template: "\(base)/cycles/{cycleID}/ratings", path: "\(base)/cycles/\(c.openCycle)/ratings", expected: ours),
            // A competency outside the teammate's profile: whoever may rate hears why, and nothing is stored.
            Row(method: .PUT, template: "\(base)/cycles/{cycleID}/ratings", path: "\(base)/cycles/\(c.openCycle)/ratings",
                body: { _ in ["rateeID": teammate.description, "competencyID": c.unprofiledCompetency.description, "source": "peer", "level": 3] },
                expected: statuses(401, 422, 422, 422, 422, 422, 404)),
            // Peers are teammates: nobody off the outsider's team rates them as one, whatever their role.
            Row(method: .PUT, template: "\(base)/cycles/{cycleID}/ratings", path: "\(base)/cycles/\(c.openCycle)/ratings",
                body: { _ in ["rateeID": c.outsider.description, "competencyID": c.outsiderCompetency.description, "source": "peer",
                              "level": 3, "submit": true] },
                expected: statuses(401, 422, 422, 422, 422, 422, 404)),
            Row(method: .POST, template: "\(base)/cycles/{cycleID}/ratings/{ratingID}/submit",
                path: "\(base)/cycles/\(c.openCycle)/ratings/\(c.managersRating.id)/submit",
                expected: statuses(401, 404, 409, 404, 404, 404, 404)),
            Row(method: .GET, template: "\(base)/cycles/{cycleID}/ratings/{ratingID}/history",
                path: "\(base)/cycles/\(c.openCycle)/ratings/\(c.managersRating.id)/history",
                expected: statuses(401, 404, 200, 200, 404, 200, 404)),
            // The rating form's references, to whoever may rate the person there: the teammate's peer (the
            // seller), their manager and the leaders above them; the outsider's leaders only (the market
            // leader leads the outsider's market, not the manager's). An admin rates nobody, so sees nothing.
            Row(method: .GET, template: "\(base)/cycles/{cycleID}/people/{personID}/references",
                path: "\(base)/cycles/\(c.openCycle)/people/\(teammate)/references", expected: statuses(401, 200, 200, 200, 404, 404, 404)),
            Row(method: .GET, template: "\(base)/cycles/{cycleID}/people/{personID}/references",
                path: "\(base)/cycles/\(c.openCycle)/people/\(c.outsider)/references", expected: statuses(401, 404, 404, 200, 200, 404, 404)),
            Row(method: .GET, template: "\(base)/cycles/{cycleID}/results/{personID}", path: "\(base)/cycles/\(c.closedCycle)/results/\(teammate)",
                expected: teammateScoped),
            Row(method: .PUT, template: "\(base)/cycles/{cycleID}/results/{personID}/comment",
                path: "\(base)/cycles/\(c.closedCycle)/results/\(seller)/comment",
                body: { _ in ["text": "Fair, though I did more discovery than it shows."] },
                expected: statuses(401, 200, 403, 403, 404, 403, 404)),
            Row(method: .GET, template: "\(base)/people/{personID}/competence-trends", path: "\(base)/people/\(teammate)/competence-trends",
                expected: teammateScoped),
            Row(method: .GET, template: "\(base)/cycles/{cycleID}/heatmap", path: "\(base)/cycles/\(c.closedCycle)/heatmap?rows=teams&team=\(team)",
                expected: statuses(401, 403, 200, 200, 404, 200, 404)),
            Row(method: .GET, template: "\(base)/cycles/{cycleID}/heatmap", path: "\(base)/cycles/\(c.closedCycle)/heatmap?rows=markets",
                expected: statuses(401, 403, 403, 200, 200, 200, 404)),
            // Without a team, each caller starts at the top of their own reach.
            Row(method: .GET, template: "\(base)/cycles/{cycleID}/heatmap", path: "\(base)/cycles/\(c.closedCycle)/heatmap?rows=teams",
                expected: statuses(401, 403, 200, 200, 200, 200, 404)),
            Row(method: .GET, template: "\(base)/cycles/{cycleID}/heatmap/people",
                path: "\(base)/cycles/\(c.closedCycle)/heatmap/people?group=team:\(team)", expected: statuses(401, 403, 200, 200, 404, 200, 404)),
            Row(method: .GET, template: "\(base)/calibrations", path: "\(base)/calibrations", expected: statuses(401, 403, 200, 200, 200, 200, 200)),
            Row(method: .POST, template: "\(base)/calibrations", path: "\(base)/calibrations",
                body: { actor in ["name": "Matrix \(actor)", "frameworkID": c.framework.id.description, "version": c.framework.version,
                                  "competencyIDs": [competency.description],
                                  "raterIDs": [manager.description, setting.people[.leader]!.id.description],
                                  "targets": [["title": "Case A"], ["title": "Case B"]]] },
                expected: statuses(401, 403, 403, 201, 201, 201, 422)),
            Row(method: .GET, template: "\(base)/calibrations/{exerciseID}", path: "\(base)/calibrations/\(c.exercise.id)",
                expected: statuses(401, 403, managerRates ? 200 : 404, 200, marketLeaderSees ? 200 : 404, 200, 404)),
            Row(method: .PUT, template: "\(base)/calibrations/{exerciseID}/scores", path: "\(base)/calibrations/\(c.exercise.id)/scores",
                body: { _ in ["targetID": c.exercise.targets[0].id.description, "competencyID": c.exercise.competencyIDs[0].description, "level": 3] },
                expected: statuses(401, 403, managerRates ? scoring(.manager) : 404, scoring(.leader),
                                   marketLeaderSees ? scoring(.marketLeader) : 404, scoring(.admin), 404)),
            Row(method: .POST, template: "\(base)/calibrations/{exerciseID}/close", path: "\(base)/calibrations/\(c.exercise.id)/close",
                expected: statuses(401, 403, 403, isOpen ? 200 : 409, marketLeaderSees ? 409 : 404, 409, 404)),
        ]
    }

    /// The body that saves a stored profile again, unchanged.
    static func profileBody(_ profile: RoleProfile) -> [String: Any] {
        var body: [String: Any] = [
            "frameworkID": profile.frameworkID.description, "jobRole": profile.jobRole.rawValue,
            "entries": profile.entries.map { ["competencyID": $0.competencyID.description, "targetLevel": $0.targetLevel, "weight": $0.weight] },
        ]
        if let market = profile.marketID { body["marketID"] = market.description }
        return body
    }

    /// A small complete framework file (scale 1–3) as JSON.
    static func matrixFramework(key: String) -> [String: Any] {
        let levels = (1...3).map { ["level": $0, "behavior": ["en": "Does it at level \($0)."]] as [String: Any] }
        return ["format": 1, "key": key, "name": ["en": "Matrix \(key)"], "scale": ["min": 1, "max": 3],
                "areas": [["key": "area", "name": ["en": "Area"],
                           "competencies": [["key": "\(key).one", "name": ["en": "One"], "levels": levels]]]]]
    }

    static func competenceSetting(_ server: TestServer, manager: Person, teammate: Person) async throws -> CompetenceSetting {
        let demo = server.demo
        try await CompetenceSeeding(database: server.app.db, organizationID: demo.organization.id)
            .storeDemo(for: demo, seed: 11, now: server.clock.now)
        let store = CompetenceStore(database: server.app.db, organizationID: demo.organization.id)
        let framework = try #require(try await store.frameworkVersions().first)
        let cycles = try await store.cycleSummaries()
        let open = try #require(cycles.first { $0.status == .open })
        let closed = try #require(cycles.first { $0.status == .closed })
        let rating = try #require(try await store.ratings(in: open.id, by: manager.id).first { $0.isSubmitted })
        let exercise = try #require(try await store.calibrationExercises().first)
        let profiles = try await store.roleProfiles()
        let profile = try #require(profiles.first)
        let teammateProfile = try #require(RoleProfile.applicable(to: teammate, framework: framework.id, among: profiles))
        let unprofiled = try #require(framework.competencies.first { !teammateProfile.includes($0.id) })
        let participants = Set(try #require(try await store.cycle(open.id)).participantIDs)
        let outsider = try #require(demo.people.first { person in
            person.isActive && participants.contains(person.id) && person.teamID != nil && person.teamID != manager.teamID
                && RoleProfile.applicable(to: person, framework: framework.id, among: profiles) != nil
        })
        let outsiderProfile = try #require(RoleProfile.applicable(to: outsider, framework: framework.id, among: profiles))
        return CompetenceSetting(
            framework: framework, profile: profile, openCycle: open.id, closedCycle: closed.id, managersRating: rating, exercise: exercise,
            unprofiledCompetency: unprofiled.id, outsider: outsider.id, outsiderCompetency: outsiderProfile.entries[0].competencyID)
    }

    static func setting(_ server: TestServer) async throws -> Setting {
        let demo = server.demo
        let norway = try #require(demo.markets.first { $0.code == "NO" })
        let marketLeader = try #require(demo.people.first { $0.accessRole == .leader && $0.leaderMarketIDs == [norway.id] })
        let managerTeam = try #require(demo.teams.first { $0.id == demo.logins.manager.teamID })
        let teammate = try #require(demo.people.first {
            $0.teamID == managerTeam.id && $0.accessRole == .seller && $0.id != demo.logins.seller.id
        })
        let directory = Directory(database: server.app.db, organizationID: demo.organization.id)
        let emptyTeam = try await directory.addTeam(TeamDraft(name: "Empty", parentID: managerTeam.id, marketID: managerTeam.marketID),
                                                    actor: nil, at: server.clock.now)
        // The market leader needs a password like the other demo logins.
        try await Accounts(database: server.app.db).setPasswordHash(try await server.app.password.async.hash(TestServer.password), for: marketLeader.id, at: server.clock.now)
        let competence = try await competenceSetting(server, manager: demo.logins.manager, teammate: teammate)
        let bystander = try #require(demo.people.last {
            $0.accessRole == .seller && $0.teamID != managerTeam.id && $0.id != competence.outsider && $0.id != demo.logins.seller.id
        })
        return Setting(
            people: [.seller: demo.logins.seller, .manager: demo.logins.manager, .leader: demo.logins.leader,
                     .marketLeader: marketLeader, .admin: demo.logins.admin, .rivalAdmin: server.rival.logins.admin],
            teammate: teammate, managerTeam: managerTeam, emptyTeam: emptyTeam,
            competence: competence,
            coaching: try await coachingSetting(server, manager: demo.logins.manager, teammate: teammate),
            practice: try await practiceSetting(server, manager: demo.logins.manager, teammate: teammate),
            bystander: bystander,
            impactIntervention: try await impactSetting(server, manager: demo.logins.manager, teammate: teammate),
            execution: try await executionSetting(server, teammate: teammate),
            goals: try await goalSetting(server, leader: demo.logins.leader, manager: demo.logins.manager, seller: demo.logins.seller, teammate: teammate)
        )
    }

    static func templates(of app: Application) -> Set<String> {
        Set(app.routes.all.map { route in
            let path = route.path.map { component -> String in
                if case .parameter(let name) = component { return "{\(name)}" }
                return component.description
            }.joined(separator: "/")
            return "\(route.method.rawValue) /\(path)"
        })
    }

    @Test func everyRouteDeclaresItsAccess() async throws {
        try await withServer { server in
            let undeclared = server.app.routes.all.filter { $0.access == nil }.map { "\($0.method) \($0.path.string)" }
            #expect(undeclared.isEmpty, "routes registered without RouteAccess: \(undeclared)")
        }
    }

    @Test func everyAPIRouteHasARow() async throws {
        try await withServer { server in
            let setting = try await Self.setting(server)
            let covered = Set(Self.rows(setting).map { "\($0.method.rawValue) \($0.template)" } + ["POST /api/v1/auth/token", "DELETE /api/v1/auth/token"])
            let apiRoutes = Self.templates(of: server.app).filter { $0.contains(" /api/") || $0.hasSuffix("z") || $0.hasSuffix("/metrics") || $0.hasSuffix(".yaml") }
            #expect(apiRoutes.subtracting(covered).isEmpty, "API routes without a row in the matrix: \(apiRoutes.subtracting(covered).sorted())")
            #expect(covered.subtracting(apiRoutes).isEmpty, "rows for routes that don't exist: \(covered.subtracting(apiRoutes).sorted())")
        }
    }

    @Test func eachCallerGetsExactlyTheAllowedSet() async throws {
        try await withServer { server in
            let setting = try await Self.setting(server)
            var tokens: [Actor: String] = [:]
            for (actor, person) in setting.people {
                tokens[actor] = try await server.token(for: person)
            }
            let ourIDs = server.demo.people.map(\.id.description) + server.demo.teams.map(\.id.description)
            for row in Self.rows(setting) {
                for actor in Actor.allCases {
                    let exchange = try await server.api(row.method, row.path, token: tokens[actor], json: row.body(actor), parts: row.parts)
                    #expect(exchange.status.code == row.expected[actor], "\(row.method) \(row.template) as \(actor): \(exchange.status.code) \(exchange.text.prefix(300))")
                    SecurityHeaders.expect(on: exchange, "\(row.method) \(row.template) as \(actor)")
                    if actor == .rivalAdmin, exchange.status.code < 300 {
                        let leaked = ourIDs.filter { exchange.text.contains($0) }
                        #expect(leaked.isEmpty, "\(row.method) \(row.template) showed another organization's ids to \(actor)")
                    }
                }
            }
        }
    }

    /// The import page's column templates are a web route: signed in through the form, those
    /// who may import get them (any organization's importers: built-in mappings are no one's
    /// data), others are refused, and the anonymous are sent to sign in.
    @Test func importTemplatesAreForThoseWhoImport() async throws {
        try await withServer { server in
            let setting = try await Self.setting(server)
            let path = "/imports/templates/hubspot-deals.csv"
            let expected = Self.statuses(303, 403, 403, 200, 200, 200, 200)
            for actor in Actor.allCases {
                let browser = TestBrowser(server)
                if let person = setting.people[actor] { try await browser.signIn(person.email) }
                let exchange = try await browser.get(path)
                #expect(exchange.status.code == expected[actor], "GET \(path) as \(actor): \(exchange.status.code)")
            }
        }
    }

    @Test func tokensAreIssuedToEveryRoleAndRevokedByTheirOwner() async throws {
        try await withServer { server in
            let setting = try await Self.setting(server)
            let wrong = try await server.api(.POST, "/api/v1/auth/token", json: ["email": server.demo.logins.seller.email, "password": "not the password"])
            #expect(wrong.status == .unauthorized)
            let revokeAnonymously = try await server.api(.DELETE, "/api/v1/auth/token")
            #expect(revokeAnonymously.status == .unauthorized)
            for (actor, person) in setting.people {
                let token = try await server.token(for: person)
                #expect(try await server.api(.DELETE, "/api/v1/auth/token", token: token).status == .noContent, "\(actor)")
                #expect(try await server.api(.GET, "/api/v1/me", token: token).status == .unauthorized, "\(actor) after revoking")
            }
        }
    }
}
