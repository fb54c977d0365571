import FluentKit
import Foundation
import SalesDomain
import SQLKit

/// Stores generated execution history (``DemoExecutionGenerator``) for an organization that is
/// already stored: accounts, deals, stage transitions, activities and postponements.
///
/// Write it seller batch by seller batch (``store(_:at:)``): each call is one transaction, so
/// a large organization never holds its whole year in memory, and a failure leaves only whole
/// batches behind.
public struct ExecutionSeeding: Sendable {
    public let database: any Database
    public let organizationID: Organization.ID

    /// What one or more batches wrote.
    public struct Counts: Hashable, Sendable {
        /// Accounts inserted; generated accounts whose name was already stored are not counted.
        public var accounts = 0
        public var deals = 0
        public var transitions = 0
        public var activities = 0
        public var postponements = 0

        public init() {}

        public static func + (lhs: Counts, rhs: Counts) -> Counts {
            var sum = lhs
            sum.accounts += rhs.accounts
            sum.deals += rhs.deals
            sum.transitions += rhs.transitions
            sum.activities += rhs.activities
            sum.postponements += rhs.postponements
            return sum
        }
    }

    public init(database: any Database, organizationID: Organization.ID) {
        self.database = database
        self.organizationID = organizationID
    }

    /// How many sellers' years go into one transaction: large enough that commits are rare,
    /// small enough that a batch (about a thousand activities per seller-year) stays a few MB.
    public static let sellersPerBatch = 50

    /// Generates every seller's history and stores it batch by batch, so even a very large
    /// organization never holds its whole history in memory.
    @discardableResult
    public func store(_ generator: DemoExecutionGenerator, at storedAt: Date) async throws -> Counts {
        var counts = Counts()
        for start in stride(from: 0, to: generator.sellers.count, by: Self.sellersPerBatch) {
            let batch = generator.sellers[start..<min(start + Self.sellersPerBatch, generator.sellers.count)]
            counts = counts + (try await store(batch.map(generator.execution(for:)), at: storedAt))
        }
        return counts
    }

    /// Writes these sellers' years in one transaction, each table in chunks of 500 rows (under
    /// SQLite's limit on bound parameters).
    ///
    /// Accounts are unique by name within an organization, but the generator draws each
    /// seller's book from one list of company names, so two sellers (or two batches) can both
    /// have a "Fjordline AB". The first account stored under a name keeps it: a later generated
    /// account with that name is not inserted, and its deals and activities point at the stored
    /// account's id instead. Names are compared exactly, as the unique constraint does.
    ///
    /// Deals need an external id (the key CRM imports match on); a generated deal has none, so
    /// it is stored under its own id, which no CRM export can collide with. Deal values are
    /// rounded to minor units as imports do.
    ///
    /// - Parameter storedAt: the `updated_at` of the new deals and activities.
    @discardableResult
    public func store(_ executions: [DemoSellerExecution], at storedAt: Date) async throws -> Counts {
        let organization = organizationID.rawValue
        return try await database.writeTransaction { database in
            let settings = OrganizationSettings(database: database, organizationID: organizationID)
            let calendar = try await settings.calendar()
            var counts = Counts()
            let accountIDs = try await storeAccounts(executions.flatMap(\.accounts), on: database, counts: &counts)
            func stored(_ account: Account.ID?) -> UUID? {
                account.map { accountIDs[$0] ?? $0.rawValue }
            }

            var latestEntry: [Deal.ID: Date] = [:]
            for transition in executions.flatMap(\.transitions) {
                latestEntry[transition.dealID] = max(latestEntry[transition.dealID] ?? transition.enteredAt, transition.enteredAt)
            }
            // Generated deals carry no CRM name: each is named after its customer and its place
            // among that customer's deals, as sellers name them ("Fjordvik Logistik AB #2").
            let accountNames = Dictionary(executions.flatMap(\.accounts).map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            var titles: [Deal.ID: String] = [:]
            for (account, deals) in Dictionary(grouping: executions.flatMap(\.deals).filter { $0.accountID != nil }, by: { $0.accountID! }) {
                guard let name = accountNames[account] else { continue }
                for (index, deal) in deals.sorted(by: { ($0.createdAt, $0.id.rawValue.uuidString) < ($1.createdAt, $1.id.rawValue.uuidString) }).enumerated() {
                    titles[deal.id] = "\(name) #\(index + 1)"
                }
            }
            let deals = executions.flatMap(\.deals).map { deal in
                let model = DealModel()
                model.title = titles[deal.id]
                model.id = deal.id.rawValue
                model.organizationID = organization
                model.externalID = deal.externalID ?? deal.id.rawValue.uuidString
                model.ownerID = deal.ownerID.rawValue
                model.accountID = stored(deal.accountID)
                model.stage = deal.stage.rawValue
                model.outcome = deal.outcome.rawValue
                model.valueCents = Cents.of(deal.value)
                model.createdAt = deal.createdAt
                model.engagedAt = deal.engagedAt
                model.closedAt = deal.closedAt
                model.updatedAt = storedAt
                if let entered = latestEntry[deal.id] { model.enterStage(at: entered, calendar: calendar) }
                return model
            }
            for chunk in deals.chunked(into: 500) { try await chunk.create(on: database) }
            counts.deals = deals.count

            let transitions = executions.flatMap(\.transitions).map { transition in
                let model = DealStageTransitionModel()
                model.id = UUID()
                model.organizationID = organization
                model.dealID = transition.dealID.rawValue
                model.stage = transition.stage.rawValue
                model.enteredAt = transition.enteredAt
                return model
            }
            for chunk in transitions.chunked(into: 500) { try await chunk.create(on: database) }
            counts.transitions = transitions.count

            // Plain SQL rows rather than `ActivityModel`s: activities are nine in ten of the rows,
            // and building a model per row made them most of the time `keel demo` took.
            let activities = executions.flatMap(\.activities)
            let sql = database as! any SQLDatabase
            for chunk in activities.chunked(into: 500) {
                var insert = sql.insert(into: ActivityModel.schema).columns(
                    "id", "organization_id", "external_id", "owner_id", "type", "planned_at", "done_at", "duration_minutes",
                    "deal_id", "account_id", "subject", "source", "updated_at")
                for activity in chunk {
                    insert = insert.values(
                        SQLBind(activity.id.rawValue), SQLBind(organization), SQLBind(activity.externalID), SQLBind(activity.ownerID.rawValue),
                        SQLBind(activity.type.rawValue), SQLBind(activity.plannedDate), SQLBind(activity.doneDate),
                        SQLBind(activity.durationMinutes), SQLBind(activity.dealID?.rawValue), SQLBind(stored(activity.accountID)),
                        SQLBind(String?.none), SQLBind(ActivitySource.generated.rawValue), SQLBind(storedAt))
                }
                try await insert.run()
            }
            counts.activities = activities.count

            let postponements = executions.flatMap(\.postponements).map { PostponementModel($0, organizationID: organizationID) }
            for chunk in postponements.chunked(into: 500) { try await chunk.create(on: database) }
            counts.postponements = postponements.count

            // The sellers are new, so their generated year is their whole contribution.
            let policy = try await settings.pressurePolicy()
            let pipeline = try await settings.dealPipeline()
            var contributions: [Person.ID: PersonContribution] = [:]
            for execution in executions {
                contributions[execution.sellerID] = PersonContribution(
                    activities: execution.activities, postponements: execution.postponements,
                    deals: DealHistory.histories(deals: execution.deals, transitions: execution.transitions),
                    policy: policy, pipeline: pipeline, calendar: calendar)
            }
            try await ExecutionRollups(database: database, organizationID: organizationID, calendar: calendar).replace(contributions)
            // The new open deals need their bars even when no won deal changed one.
            try await StallBars(database: database, organizationID: organizationID).judgeOpenDeals()
            return counts
        }
    }

    /// Inserts the accounts whose names are new and returns, for every generated account that
    /// was not inserted under its own id, the id of the stored account with its name.
    private func storeAccounts(_ accounts: [Account], on database: any Database, counts: inout Counts) async throws -> [Account.ID: UUID] {
        var idByName: [String: UUID] = [:]
        let names = Array(Set(accounts.map(\.name)))
        for chunk in names.chunked(into: 500) {
            let existing = try await AccountModel.query(on: database)
                .filter(\.$organizationID == organizationID.rawValue)
                .filter(\.$name ~~ Array(chunk))
                .all()
            for account in existing { idByName[account.name] = account.id }
        }
        var replaced: [Account.ID: UUID] = [:]
        var inserted: [AccountModel] = []
        for account in accounts {
            if let id = idByName[account.name] {
                if id != account.id.rawValue { replaced[account.id] = id }
                continue
            }
            idByName[account.name] = account.id.rawValue
            let model = AccountModel()
            model.id = account.id.rawValue
            model.organizationID = organizationID.rawValue
            model.name = account.name
            inserted.append(model)
        }
        for chunk in inserted.chunked(into: 500) { try await chunk.create(on: database) }
        counts.accounts = inserted.count
        return replaced
    }
}
