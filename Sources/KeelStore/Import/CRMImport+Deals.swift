import FluentKit
import Foundation
import KeelImport
import SalesDomain

extension CRMImport {
    /// Deals by external id, their stage histories built from successive exports by the
    /// domain's rules (``DealSnapshot/applied(to:asOf:)``).
    ///
    /// When the organization has a product or account catalog, a deal must name a product or
    /// account in it (with a suggestion for near misses); without a catalog, the names seen
    /// are added to one.
    public func importDeals(_ stream: RecordStream<DealRecord>, options: Options) async throws -> ImportSummary {
        let organization = organizationID.rawValue
        return try await run(.deals, options, reading: stream.dialect) { database, runID, summary in
            let owners = try await OwnerDirectory(database: database, organizationID: organization)
            let calendar = try await OrganizationSettings(database: database, organizationID: organizationID).calendar()
            var products = Catalog(try await ProductModel.query(on: database).filter(\.$organizationID == organization).all().map { ($0.name, $0.id!) }) { id, name, database in
                let product = ProductModel()
                product.id = id
                product.organizationID = organization
                product.name = name
                try await product.create(on: database)
            }
            var accounts = Catalog(try await AccountModel.query(on: database).filter(\.$organizationID == organization).all().map { ($0.name, $0.id!) }) { id, name, database in
                let account = AccountModel()
                account.id = id
                account.organizationID = organization
                account.name = name
                try await account.create(on: database)
            }
            let productsWereEmpty = products.isEmpty
            let accountsWereEmpty = accounts.isEmpty
            var existing = Dictionary(uniqueKeysWithValues: try await DealModel.query(on: database)
                .filter(\.$organizationID == organization).all().map { ($0.externalID, $0) })
            // Each deal's last recorded close, so that a re-import records it no second time.
            var recordedCloses: [UUID: DealClose] = [:]
            for model in try await DealStageTransitionModel.query(on: database).filter(\.$organizationID == organization)
                .filter(\.$stage ~~ DealClose.stageCodes).sort(\.$enteredAt).all() {
                recordedCloses[model.dealID] = DealClose(model.domain)
            }
            var pendingDeals: [DealModel] = []
            // Owners whose deal rollups change: of new and changed deals, before and after.
            var touchedOwners: Set<UUID> = []
            var pendingTransitions: [DealStageTransitionModel] = []
            // The stages deals entered in this file, which the pipeline must list to count them.
            var enteredStages: Set<DealStage> = []

            func flush() async throws {
                for batch in pendingDeals.chunked(into: 500) { try await batch.create(on: database) }
                for batch in pendingTransitions.chunked(into: 500) { try await batch.create(on: database) }
                pendingDeals.removeAll(keepingCapacity: true)
                pendingTransitions.removeAll(keepingCapacity: true)
            }

            /// `closing`: a transition into won or lost, which no pipeline lists.
            func transition(_ deal: UUID, _ stage: DealStage, at date: Date, closing: Bool = false) -> DealStageTransitionModel {
                let model = DealStageTransitionModel()
                model.id = UUID()
                model.organizationID = organization
                model.dealID = deal
                model.stage = stage.rawValue
                model.enteredAt = date
                model.importRunID = runID
                if !closing { enteredStages.insert(stage) }
                return model
            }

            // A close is a transition into the outcome, dated by the file; the deal's current
            // stay is its last pipeline stage's, so `enterStage` is not called.
            func recordClose(_ recorded: DealSnapshot.Recorded, of deal: UUID, summary: inout ImportSummary) {
                guard let close = recorded.close else { return }
                pendingTransitions.append(transition(deal, close.stage, at: close.closedAt, closing: true))
                recordedCloses[deal] = close
                summary.stageTransitions += 1
            }

            try await Self.forEachRecord(in: stream, summary: &summary, key: { RecordKey(value: $0.externalID, field: .externalID, noun: "deal") }) { record, summary in
                var problems: [RowProblem] = []
                func problem(_ field: ImportField, _ value: String?, _ reason: String, _ worded: Problem, _ suggestion: String? = nil) {
                    problems.append(RowProblem(line: record.line, column: stream.binding.column(of: field), value: value, reason: reason, suggestion: suggestion,
                                               problem: worded))
                }
                var ownerID: UUID?
                switch owners.match(record.owner) {
                case .found(let id): ownerID = id
                case .problem(let reason, let worded, let suggestion): problem(.owner, record.owner, reason, worded, suggestion)
                }
                var productID: UUID?
                if let product = record.product {
                    productID = products.id(of: product)
                    if productID == nil {
                        if productsWereEmpty {
                            productID = try await products.add(product, on: database)
                        } else {
                            problem(.product, product, "not in the product catalog", Problem(.importProductUnknown), products.suggestion(for: product))
                        }
                    }
                }
                var accountID: UUID?
                if let account = record.account {
                    accountID = accounts.id(of: account)
                    if accountID == nil {
                        if accountsWereEmpty {
                            accountID = try await accounts.add(account, on: database)
                        } else {
                            problem(.account, account, "not among the organization's accounts", Problem(.importAccountUnknown),
                                    accounts.suggestion(for: account))
                        }
                    }
                }
                guard problems.isEmpty, let ownerID else {
                    summary.add(problems)
                    return
                }
                if summary.isRejected { return }
                let cents = record.value.map(Cents.of) ?? 0

                if let deal = existing[record.externalID] {
                    let previousOwner = deal.ownerID
                    let updatedBefore = summary.updated
                    defer {
                        if summary.updated != updatedBefore { touchedOwners.formUnion([previousOwner, ownerID]) }
                    }
                    var changes = FieldChanges(deal)
                    let known = DealSnapshot.Known(stage: DealStage(deal.stage), closedAt: deal.closedAt, recordedClose: recordedCloses[deal.id!])
                    let recorded = record.snapshot.applied(to: known, asOf: options.asOf)
                    if let entered = recorded.enteredStageAt {
                        changes.set(\.stage, recorded.stage.rawValue)
                        pendingTransitions.append(transition(deal.id!, recorded.stage, at: entered))
                        deal.enterStage(at: entered, calendar: calendar)
                        summary.stageTransitions += 1
                    }
                    recordClose(recorded, of: deal.id!, summary: &summary)
                    changes.set(\.outcome, record.outcome.rawValue)
                    changes.set(\.ownerID, ownerID)
                    changes.set(\.productID, productID)
                    changes.set(\.accountID, accountID)
                    changes.set(\.title, record.title)
                    changes.set(\.valueCents, cents)
                    changes.set(\.engagedAt, record.engagedOn)
                    changes.set(\.closedAt, recorded.closedAt)
                    try await changes.save(stamping: \.updatedAt, at: options.asOf, on: database, summary: &summary)
                } else {
                    let recorded = record.snapshot.applied(to: nil, asOf: options.asOf)
                    let deal = DealModel()
                    deal.id = UUID()
                    deal.organizationID = organization
                    deal.externalID = record.externalID
                    deal.ownerID = ownerID
                    deal.productID = productID
                    deal.accountID = accountID
                    deal.title = record.title
                    deal.stage = recorded.stage.rawValue
                    deal.outcome = record.outcome.rawValue
                    deal.valueCents = cents
                    deal.createdAt = record.createdOn ?? record.engagedOn ?? options.asOf
                    deal.engagedAt = record.engagedOn
                    deal.closedAt = recorded.closedAt
                    deal.updatedAt = options.asOf
                    pendingDeals.append(deal)
                    touchedOwners.insert(ownerID)
                    existing[record.externalID] = deal
                    if let entered = recorded.enteredStageAt {
                        pendingTransitions.append(transition(deal.id!, recorded.stage, at: entered))
                        deal.enterStage(at: entered, calendar: calendar)
                        summary.stageTransitions += 1
                    }
                    recordClose(recorded, of: deal.id!, summary: &summary)
                    summary.inserted += 1
                }
                if pendingDeals.count >= 500 { try await flush() }
            }
            try await flush()
            if !summary.isRejected {
                // A stage the pipeline does not list yet goes where the mapping's order puts it;
                // the new pipeline rebuilds every rollup, else the touched owners' are refreshed.
                let settings = OrganizationSettings(database: database, organizationID: organizationID)
                let pipeline = try await settings.dealPipeline()
                let placed = pipeline.placing(enteredStages, by: (stream.binding.mapping.stageOrder ?? []).map { DealStage($0) })
                if placed != pipeline {
                    try await settings.setDealPipeline(placed, by: options.actor, at: options.recordedAt)
                    summary.notices.append(Problem(.importStagesPlacedInPipeline, [
                        "stages": placed.stages.filter { pipeline.position(of: $0) == nil }.map(\.rawValue).joined(separator: ", "),
                        "pipeline": placed.stages.map(\.rawValue).joined(separator: " → "),
                    ]))
                } else {
                    try await ExecutionRollups(database: database, organizationID: organizationID, calendar: calendar).refresh(people: touchedOwners.map(Person.ID.init))
                }
                // New and moved deals need their bars even when no bar changed.
                try await StallBars(database: database, organizationID: organizationID).judgeOpenDeals()
            }
            if productsWereEmpty, products.created > 0 { summary.notices.append(Problem(.importProductsAdded, ["count": String(products.created)])) }
            if accountsWereEmpty, accounts.created > 0 { summary.notices.append(Problem(.importAccountsAdded, ["count": String(accounts.created)])) }
        }
    }
}

/// Names of products or accounts, matched without regard to case, that can grow during an
/// import when the organization had none.
struct Catalog {
    private var ids: [String: UUID] = [:]
    private var names: [String] = []
    private let insert: @Sendable (UUID, String, any Database) async throws -> Void
    private(set) var created = 0

    init(_ entries: [(String, UUID)], insert: @escaping @Sendable (UUID, String, any Database) async throws -> Void) {
        self.insert = insert
        for (name, id) in entries {
            ids[name.lowercased()] = id
            names.append(name)
        }
    }

    var isEmpty: Bool { ids.isEmpty }

    func id(of name: String) -> UUID? { ids[name.lowercased()] }

    func suggestion(for name: String) -> String? { Suggestion.closest(to: name, in: names) }

    /// Adds a name, written at once so the deals that refer to it can follow in any batch.
    mutating func add(_ name: String, on database: any Database) async throws -> UUID {
        let id = UUID()
        try await insert(id, name, database)
        ids[name.lowercased()] = id
        names.append(name)
        created += 1
        return id
    }
}
