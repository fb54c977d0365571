import FluentKit
import Foundation
import SalesDomain

final class PersonModel: Model, @unchecked Sendable {
    static let schema = "people"

    @ID(key: .id) var id: UUID?
    @Field(key: "organization_id") var organizationID: UUID
    @Field(key: "name") var name: String
    @Field(key: "email") var email: String
    /// Lower-cased name and e-mail, so a search matches the same way on SQLite and PostgreSQL.
    @Field(key: "search_key") var searchKey: String
    @Field(key: "job_role") var jobRole: String
    @Field(key: "access_role") var accessRole: String
    @OptionalField(key: "team_id") var teamID: UUID?
    @OptionalField(key: "market_id") var marketID: UUID?
    @OptionalField(key: "language") var language: String?
    @Field(key: "is_active") var isActive: Bool
    @OptionalField(key: "deactivated_at") var deactivatedAt: Date?
    @OptionalField(key: "password_hash") var passwordHash: String?
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(_ person: Person, passwordHash: String?, createdAt: Date) {
        id = person.id.rawValue
        self.passwordHash = passwordHash
        self.createdAt = createdAt
        apply(person)
    }

    func apply(_ person: Person) {
        organizationID = person.organizationID.rawValue
        name = person.name
        email = person.email
        searchKey = "\(person.name) \(person.email)".lowercased()
        jobRole = person.jobRole.rawValue
        accessRole = person.accessRole.rawValue
        teamID = person.teamID?.rawValue
        marketID = person.marketID?.rawValue
        language = person.language?.rawValue
        isActive = person.isActive
        deactivatedAt = person.deactivatedAt
    }

    func domain(leaderMarketIDs: [Market.ID]) -> Person {
        Person(
            id: .init(id!), organizationID: .init(organizationID), name: name, email: email,
            jobRole: JobRole(rawValue: jobRole) ?? .accountExecutive,
            accessRole: AccessRole(rawValue: accessRole) ?? .seller,
            teamID: teamID.map(Team.ID.init), marketID: marketID.map(Market.ID.init),
            leaderMarketIDs: leaderMarketIDs, language: language.flatMap(Language.init(rawValue:)),
            isActive: isActive, deactivatedAt: deactivatedAt
        )
    }
}
