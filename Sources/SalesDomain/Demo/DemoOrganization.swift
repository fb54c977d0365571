import Foundation

/// What to generate: the size of the sales force, the seed, and the organization's names.
public struct DemoOrganizationSpec: Hashable, Sendable {
    public var sellers: Int
    public var seed: UInt64
    public var name: String
    public var slug: String
    public var createdAt: Date
    /// When the generated people joined their teams: where the demo's history starts — its
    /// oldest record, the competence framework's publication, or the first of `historyWeeks` of
    /// activities when they reach further back — so that a profile's team history does not begin
    /// on the day the demo was stored, after a year of their activities and assessments.
    public var historyStart: Date

    public init(
        sellers: Int, seed: UInt64, name: String = "Nordkap Solutions", slug: String = "demo", createdAt: Date, historyWeeks: Int = 52
    ) {
        self.sellers = sellers
        self.seed = seed
        self.name = name
        self.slug = slug
        self.createdAt = createdAt
        // A week more than asked: the activities' first week starts before the moment counted back.
        historyStart = min(
            DemoCompetenceSpec(seed: seed, now: createdAt).frameworkPublishedAt,
            createdAt.addingTimeInterval(-Double(historyWeeks + 1) * 7 * DemoCompetenceSpec.day))
    }

    /// The domain of every generated e-mail address; `.test` is reserved and never delivers mail.
    public var emailDomain: String { "\(slug).keel.test" }
}

/// A generated organization, ready to be stored.
public struct DemoOrganization: Sendable {
    public var organization: Organization
    public var markets: [Market]
    public var teams: [Team]
    public var people: [Person]
    public var memberships: [TeamMembership]
    /// The four people whose sign-ins are printed: one per access role.
    public var logins: DemoLogins
    /// Stored rather than left to Keel's default: the generated company's head office is in
    /// Sweden, so its deal values are Swedish crowns whatever Keel's default becomes.
    public var reportingCurrency = ReportingCurrency(code: "SEK")!
}

/// One person per access role, for trying Keel out.
public struct DemoLogins: Sendable {
    public var admin: Person
    public var leader: Person
    public var manager: Person
    public var seller: Person

    public var all: [(role: AccessRole, person: Person)] {
        [(.admin, admin), (.leader, leader), (.manager, manager), (.seller, seller)]
    }
}
