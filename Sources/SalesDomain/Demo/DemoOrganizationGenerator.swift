import Foundation

/// Builds a believable Nordic sales organization, the same for the same spec on every run.
///
/// Shape: a root team "Nordic Sales" (head of sales, sales operations) → one team per market
/// (a market director who leads that market) → city teams (a regional manager) → segment teams of
/// about eight sellers with their manager. Sellers are split over markets 40/25/20/15
/// (Sweden, Norway, Denmark, Finland) by largest remainder.
public enum DemoOrganizationGenerator {
    struct MarketPlan {
        let code: String
        let name: String
        let share: Double
        let cities: [String]
    }

    static let marketPlans: [MarketPlan] = [
        MarketPlan(code: "SE", name: "Sweden", share: 0.40, cities: ["Stockholm", "Göteborg", "Malmö", "Uppsala", "Linköping", "Örebro", "Västerås", "Umeå"]),
        MarketPlan(code: "NO", name: "Norway", share: 0.25, cities: ["Oslo", "Bergen", "Trondheim", "Stavanger", "Kristiansand", "Tromsø"]),
        MarketPlan(code: "DK", name: "Denmark", share: 0.20, cities: ["København", "Aarhus", "Odense", "Aalborg"]),
        MarketPlan(code: "FI", name: "Finland", share: 0.15, cities: ["Helsinki", "Tampere", "Turku", "Oulu"]),
    ]

    enum Segment: CaseIterable {
        case enterprise, midMarket, smallBusiness, newBusiness, keyAccounts, insideSales

        var name: String {
            switch self {
            case .enterprise: "Enterprise"
            case .midMarket: "Mid-Market"
            case .smallBusiness: "SMB"
            case .newBusiness: "New Business"
            case .keyAccounts: "Key Accounts"
            case .insideSales: "Inside Sales"
            }
        }

        var sellerRoles: [JobRole] {
            switch self {
            case .enterprise: [.accountExecutive, .accountExecutive, .keyAccountManager]
            case .midMarket: [.accountExecutive]
            case .smallBusiness: [.insideSales, .accountExecutive]
            case .newBusiness: [.salesDevelopmentRepresentative, .salesDevelopmentRepresentative, .accountExecutive]
            case .keyAccounts: [.keyAccountManager]
            case .insideSales: [.insideSales, .salesDevelopmentRepresentative]
            }
        }
    }

    public static func generate(_ spec: DemoOrganizationSpec) -> DemoOrganization {
        var builder = Builder(spec: spec)
        return builder.build()
    }

    /// Splits `total` over `shares` so the parts add up exactly (largest remainder method).
    static func apportion(_ total: Int, shares: [Double]) -> [Int] {
        let exact = shares.map { Double(total) * $0 / shares.reduce(0, +) }
        var parts = exact.map { Int($0.rounded(.down)) }
        let order = exact.indices.sorted { (exact[$0] - Double(parts[$0])) > (exact[$1] - Double(parts[$1])) }
        for index in order.prefix(total - parts.reduce(0, +)) {
            parts[index] += 1
        }
        return parts
    }

    /// The id of the organization a seed generates: the generator's first draw.
    public static func organizationID(seed: UInt64) -> Organization.ID {
        var random = SeededGenerator(seed: seed)
        return .init(Builder.uuid(&random))
    }

    private struct Builder {
        let spec: DemoOrganizationSpec
        var random: SeededGenerator
        var teams: [Team] = []
        var people: [Person] = []
        var memberships: [TeamMembership] = []
        var usedLocalParts: [String: Int] = [:]
        var namesByTeam: [Team.ID: Set<String>] = [:]
        let organization: Organization

        init(spec: DemoOrganizationSpec) {
            self.spec = spec
            var random = SeededGenerator(seed: spec.seed)
            organization = Organization(
                id: .init(Self.uuid(&random)), name: spec.name, slug: spec.slug, createdAt: spec.createdAt
            )
            self.random = random
        }

        static func uuid(_ random: inout SeededGenerator) -> UUID {
            random.nextUUID()
        }

        mutating func nextID<Subject>() -> Identifier<Subject> {
            Identifier(Self.uuid(&random))
        }

        mutating func build() -> DemoOrganization {
            let markets = DemoOrganizationGenerator.marketPlans.map { plan in
                Market(id: nextID(), organizationID: organization.id, code: plan.code, name: plan.name)
            }
            let root = addTeam(name: "Nordic Sales", parent: nil, market: nil)
            let headOfSales = addPerson(market: DemoOrganizationGenerator.marketPlans[0].code, marketID: nil, team: root,
                                        job: .headOfSales, access: .leader, fixedLocalPart: "leader")
            let operations = addPerson(market: DemoOrganizationGenerator.marketPlans[0].code, marketID: nil, team: root,
                                       job: .salesOperations, access: .admin, fixedLocalPart: "admin")
            let sellersPerMarket = DemoOrganizationGenerator.apportion(
                max(spec.sellers, 0), shares: DemoOrganizationGenerator.marketPlans.map(\.share)
            )
            var firstManager: Person?
            var firstSeller: Person?
            for (plan, (market, sellerCount)) in zip(DemoOrganizationGenerator.marketPlans, zip(markets, sellersPerMarket)) {
                guard sellerCount > 0 else { continue }
                let marketTeam = addTeam(name: plan.name, parent: root.id, market: market.id)
                addPerson(market: plan.code, marketID: market.id, team: marketTeam, job: .headOfSales, access: .leader,
                          leaderMarkets: [market.id])
                let teamSizes = splitIntoTeams(sellerCount)
                let cityCount = min(plan.cities.count, max(1, (teamSizes.count + 2) / 3))
                let teamsPerCity = DemoOrganizationGenerator.apportion(
                    teamSizes.count, shares: (0..<cityCount).map { 1.0 / Double($0 + 1) }
                )
                var sizeIterator = teamSizes.makeIterator()
                for (city, cityTeamCount) in zip(plan.cities, teamsPerCity) where cityTeamCount > 0 {
                    let cityTeam = addTeam(name: city, parent: marketTeam.id, market: market.id)
                    addPerson(market: plan.code, marketID: market.id, team: cityTeam, job: .salesManager, access: .manager)
                    var segmentUse: [String: Int] = [:]
                    for index in 0..<cityTeamCount {
                        guard let size = sizeIterator.next() else { break }
                        let segment = Segment.allCases[(index + Int(random.next() % 2)) % Segment.allCases.count]
                        segmentUse[segment.name, default: 0] += 1
                        let suffix = segmentUse[segment.name, default: 1] > 1 ? " \(segmentUse[segment.name, default: 1])" : ""
                        let team = addTeam(name: "\(city) \(segment.name)\(suffix)", parent: cityTeam.id, market: market.id)
                        let isFirstTeam = firstManager == nil
                        let manager = addPerson(market: plan.code, marketID: market.id, team: team, job: .salesManager,
                                                access: .manager, fixedLocalPart: isFirstTeam ? "manager" : nil)
                        if isFirstTeam { firstManager = manager }
                        for sellerIndex in 0..<size {
                            let job = segment.sellerRoles[sellerIndex % segment.sellerRoles.count]
                            let isFirstSeller = firstSeller == nil
                            let seller = addPerson(market: plan.code, marketID: market.id, team: team, job: job,
                                                   access: .seller, fixedLocalPart: isFirstSeller ? "seller" : nil)
                            if isFirstSeller { firstSeller = seller }
                        }
                    }
                }
            }
            // With no sellers requested there is no team to manage; the leader stands in.
            let logins = DemoLogins(
                admin: operations, leader: headOfSales,
                manager: firstManager ?? headOfSales, seller: firstSeller ?? headOfSales
            )
            return DemoOrganization(
                organization: organization, markets: markets, teams: teams, people: people,
                memberships: memberships, logins: logins
            )
        }

        /// Teams of about eight that add up to `sellers`: six to eleven each once a market has
        /// six sellers or more.
        func splitIntoTeams(_ sellers: Int) -> [Int] {
            guard sellers > 0 else { return [] }
            let teams = max(1, Int((Double(sellers) / 8).rounded()))
            return DemoOrganizationGenerator.apportion(sellers, shares: Array(repeating: 1, count: teams))
        }

        mutating func addTeam(name: String, parent: Team.ID?, market: Market.ID?) -> Team {
            let team = Team(id: nextID(), organizationID: organization.id, name: name, parentID: parent, marketID: market)
            teams.append(team)
            return team
        }

        @discardableResult
        mutating func addPerson(
            market code: String, marketID: Market.ID?, team: Team, job: JobRole, access: AccessRole,
            leaderMarkets: [Market.ID] = [], fixedLocalPart: String? = nil
        ) -> Person {
            let given = NordicNames.givenNames(for: code)
            let family = NordicNames.surnames(for: code)
            let drawnGiven = Int(random.next() % UInt64(given.count))
            let drawnFamily = Int(random.next() % UInt64(family.count))
            // Two people of one name in one team could not be told apart on its pages. The next
            // surname is taken instead of another draw, so everything drawn after stays as it was.
            var name = ""
            for shift in 0..<(given.count * family.count) {
                name = "\(given[(drawnGiven + shift / family.count) % given.count]) \(family[(drawnFamily + shift) % family.count])"
                if !namesByTeam[team.id, default: []].contains(name) { break }
            }
            namesByTeam[team.id, default: []].insert(name)
            let localPart: String
            if let fixedLocalPart {
                localPart = fixedLocalPart
            } else {
                let base = NordicNames.emailLocalPart(name)
                let seen = usedLocalParts[base, default: 0]
                usedLocalParts[base] = seen + 1
                localPart = seen == 0 ? base : "\(base).\(seen + 1)"
            }
            let person = Person(
                id: nextID(), organizationID: organization.id, name: name,
                email: "\(localPart)@\(spec.emailDomain)", jobRole: job, accessRole: access,
                teamID: team.id, marketID: marketID, leaderMarketIDs: leaderMarkets
            )
            people.append(person)
            memberships.append(TeamMembership(personID: person.id, teamID: team.id, from: spec.historyStart))
            return person
        }
    }
}
