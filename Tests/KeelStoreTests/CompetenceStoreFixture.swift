import FluentKit
import Foundation
import KeelStore
import SalesDomain
import SQLKit
import Testing

/// A stored demo organization with a small published framework, a role profile per selling
/// role and an open cycle for every seller — and the people the rating rules are about.
struct CompetenceScenario {
    let demo: DemoOrganization
    let database: any Database
    let framework: CompetencyFramework
    let cycle: AssessmentCycle
    /// The demo's seller login, in the first sales team.
    let seller: Person
    /// That team's manager.
    let manager: Person
    /// The manager of the team above (a city team).
    let regionalManager: Person
    /// A manager of a team that is not above the seller's.
    let otherManager: Person
    /// Sellers of the seller's team, other than the seller.
    let colleagues: [Person]
    /// A seller of another team.
    let outsider: Person

    var organizationID: Organization.ID { demo.organization.id }
    var store: CompetenceStore { CompetenceStore(database: database, organizationID: organizationID) }
    var directory: Directory { Directory(database: database, organizationID: organizationID) }

    /// What `person` may read, as a request builds it.
    func policy(of person: Person) -> AccessPolicy { AccessPolicy(viewer: Viewer(person), hierarchy: TeamHierarchy(demo.teams)) }

    static let day: TimeInterval = 86_400
    static func date(_ day: Int) -> Date { StoreFixture.now.addingTimeInterval(Double(day) * Self.day) }

    static func competencyID(_ n: Int) -> Competency.ID { .init(UUID(uuidString: String(format: "00000000-0000-0000-0032-%012d", n))!) }
    static func areaID(_ n: Int) -> CompetencyArea.ID { .init(UUID(uuidString: String(format: "00000000-0000-0000-0031-%012d", n))!) }
    static let frameworkID = CompetencyFramework.ID(UUID(uuidString: "00000000-0000-0000-0030-000000000001")!)

    /// Two areas of two competencies each, levels 1–5; competency 4 is in no role profile.
    static func framework(for organization: Organization.ID, key: String = "store-test") -> CompetencyFramework {
        func competency(_ n: Int, _ key: String) -> Competency {
            Competency(id: competencyID(n), key: key, name: LocalizedText(english: key), levels: (1...5).map { level in
                LevelDescription(level: level, behavior: LocalizedText(english: "\(key) at level \(level)"))
            })
        }
        return CompetencyFramework(
            id: frameworkID, organizationID: organization, key: key, name: "Store test",
            areas: [
                CompetencyArea(id: areaID(1), key: "prospecting", name: "Prospecting", competencies: [
                    competency(1, "prospecting.calls"), competency(2, "prospecting.research"),
                ]),
                CompetencyArea(id: areaID(2), key: "closing", name: "Closing", competencies: [
                    competency(3, "closing.negotiation"), competency(4, "closing.follow-up"),
                ]),
            ])
    }

    /// Competencies 1–3: targets 4, 3, 3; weights 2, 1, 1.
    static func profile(_ role: JobRole, organization: Organization.ID, n: Int) -> RoleProfile {
        RoleProfile(
            id: .init(UUID(uuidString: String(format: "00000000-0000-0000-0035-%012d", n))!), organizationID: organization,
            frameworkID: frameworkID, jobRole: role, entries: [
                RoleProfileEntry(competencyID: competencyID(1), targetLevel: 4, weight: 2),
                RoleProfileEntry(competencyID: competencyID(2), targetLevel: 3),
                RoleProfileEntry(competencyID: competencyID(3), targetLevel: 3),
            ])
    }

    static func make(on database: any Database, sellers: Int = 30) async throws -> CompetenceScenario {
        let demo = StoreFixture.demo(sellers: sellers)
        try await Organizations(database: database).store(demo, passwordHashes: [:])
        let organization = demo.organization.id
        let store = CompetenceStore(database: database, organizationID: organization)
        let admin = demo.logins.admin.id
        _ = try await store.createFramework(framework(for: organization), actor: admin, at: date(-30))
        let framework = try await store.publish(framework(for: organization).reference, actor: admin, at: date(-29))
        for (n, role) in JobRole.allCases.filter(\.isSellingRole).enumerated() {
            _ = try await store.saveRoleProfile(profile(role, organization: organization, n: n + 1), actor: admin, at: date(-29))
        }
        let sellersIDs = demo.people.filter(\.jobRole.isSellingRole).map(\.id)
        let cycle = try await store.openCycle(
            name: "Spring review", framework: framework.reference, participants: sellersIDs, actor: demo.logins.leader.id, at: date(0))

        let hierarchy = TeamHierarchy(demo.teams)
        let seller = demo.logins.seller
        let team = seller.teamID!
        let regionalTeam = demo.teams.first { $0.id == team }!.parentID!
        let regional = demo.people.first { $0.teamID == regionalTeam && $0.accessRole == .manager }!
        let other = demo.people.first { person in
            person.accessRole == .manager && person.teamID != team && person.teamID != regionalTeam
                && !hierarchy.ancestors(of: team).contains(person.teamID!)
        }!
        return CompetenceScenario(
            demo: demo, database: database, framework: framework, cycle: cycle, seller: seller, manager: demo.logins.manager,
            regionalManager: regional, otherManager: other,
            colleagues: demo.people.filter { $0.teamID == team && $0.jobRole.isSellingRole && $0.id != seller.id },
            outsider: demo.people.first { $0.jobRole.isSellingRole && $0.teamID != team }!)
    }

    func rating(
        by rater: Person, of ratee: Person, _ source: RatingSource, competency: Int = 1, level: Int = 3, evidence: String = "",
        cycle: AssessmentCycle.ID? = nil
    ) -> RatingInput {
        RatingInput(
            cycleID: cycle ?? self.cycle.id, raterID: rater.id, rateeID: ratee.id, competencyID: Self.competencyID(competency),
            source: source, level: level, evidence: evidence)
    }
}

/// Everything the competence tables hold, in a comparable form: what "nothing stored changed"
/// is checked against.
struct StoredCompetence: Equatable {
    var counts: [String: Int]
    var ratings: [String]
    var results: [String]
    var tallies: [String]

    static let tables = [
        "framework_versions", "framework_areas", "framework_competencies", "role_profiles", "role_profile_entries",
        "assessment_cycles", "assessment_participants", "ratings", "result_comments", "competence_results",
        "competence_tallies", "calibration_exercises", "calibration_competencies", "calibration_raters",
        "calibration_targets", "calibration_scores", "audit_events",
    ]

    static func read(_ database: any Database) async throws -> StoredCompetence {
        let sql = database as! any SQLDatabase
        var counts: [String: Int] = [:]
        for table in tables {
            counts[table] = try await sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from(table)
                .first(decodingColumn: "n", as: Int.self)
        }
        struct Rating: Decodable { var id: UUID; var level: Int; var evidence: String; var status: String; var submitted_at: Date? }
        let ratings = try await sql.select().columns("id", "level", "evidence", "status", "submitted_at").from("ratings")
            .all(decoding: Rating.self).map { "\($0.id) \($0.level) \($0.status) \($0.evidence) \(String(describing: $0.submitted_at))" }
        struct Result: Decodable { var person_id: UUID; var competency_id: UUID; var level: Double?; var team_id: UUID?; var target_level: Int? }
        let results = try await sql.select().columns("person_id", "competency_id", "level", "team_id", "target_level").from("competence_results")
            .all(decoding: Result.self)
            .map { "\($0.person_id) \($0.competency_id) \(String(describing: $0.level)) \(String(describing: $0.team_id)) \(String(describing: $0.target_level))" }
        struct Tally: Decodable { var group_id: UUID; var job_role: String; var competency_id: UUID; var level_sum: Double; var rated_count: Int }
        let tallies = try await sql.select().columns("group_id", "job_role", "competency_id", "level_sum", "rated_count").from("competence_tallies")
            .all(decoding: Tally.self).map { "\($0.group_id) \($0.job_role) \($0.competency_id) \($0.level_sum) \($0.rated_count)" }
        return StoredCompetence(counts: counts, ratings: ratings.sorted(), results: results.sorted(), tallies: tallies.sorted())
    }
}
