import FluentKit
import Foundation
import KeelImport
import SalesDomain

extension CRMImport {
    /// Products by name; an existing product keeps its id and takes the file's series and price.
    public func importProducts(_ stream: RecordStream<ProductRecord>, options: Options) async throws -> ImportSummary {
        let organization = organizationID.rawValue
        return try await run(.products, options) { database, _, summary in
            var existing = Dictionary(uniqueKeysWithValues: try await ProductModel.query(on: database)
                .filter(\.$organizationID == organization).all().map { ($0.name.lowercased(), $0) })
            var seen: [String: Int] = [:]
            for result in stream {
                summary.rows += 1
                switch result {
                case .failure(let problems):
                    summary.add(problems.problems)
                case .success(let record):
                    let key = record.name.lowercased()
                    if let line = seen[key] {
                        summary.add([RowProblem(line: record.line, column: stream.binding.column(of: .name), value: record.name,
                                                reason: "the same product is on line \(line) too")])
                        continue
                    }
                    seen[key] = record.line
                    let cents = record.price.map(Self.cents)
                    if let product = existing[key] {
                        if product.series != record.series || product.priceCents != cents {
                            product.series = record.series
                            product.priceCents = cents
                            try await product.save(on: database)
                            summary.updated += 1
                        } else {
                            summary.unchanged += 1
                        }
                    } else {
                        let product = ProductModel()
                        product.id = UUID()
                        product.organizationID = organization
                        product.name = record.name
                        product.series = record.series
                        product.priceCents = cents
                        try await product.create(on: database)
                        existing[key] = product
                        summary.inserted += 1
                    }
                }
            }
        }
    }

    /// Accounts (customer companies) by name.
    public func importAccounts(_ stream: RecordStream<AccountRecord>, options: Options) async throws -> ImportSummary {
        let organization = organizationID.rawValue
        return try await run(.accounts, options) { database, _, summary in
            var existing = Dictionary(uniqueKeysWithValues: try await AccountModel.query(on: database)
                .filter(\.$organizationID == organization).all().map { ($0.name.lowercased(), $0) })
            var seen: [String: Int] = [:]
            var sectors: [String: Int] = [:]
            for result in stream {
                summary.rows += 1
                switch result {
                case .failure(let problems):
                    summary.add(problems.problems)
                case .success(let record):
                    let key = record.name.lowercased()
                    if let line = seen[key] {
                        summary.add([RowProblem(line: record.line, column: stream.binding.column(of: .name), value: record.name,
                                                reason: "the same account is on line \(line) too")])
                        continue
                    }
                    seen[key] = record.line
                    if let sector = record.sector { sectors[sector, default: 0] += 1 }
                    if let account = existing[key] {
                        if account.sector != record.sector || account.country != record.country {
                            account.sector = record.sector
                            account.country = record.country
                            try await account.save(on: database)
                            summary.updated += 1
                        } else {
                            summary.unchanged += 1
                        }
                    } else {
                        let account = AccountModel()
                        account.id = UUID()
                        account.organizationID = organization
                        account.name = record.name
                        account.sector = record.sector
                        account.country = record.country
                        try await account.create(on: database)
                        existing[key] = account
                        summary.inserted += 1
                    }
                }
            }
            let column = stream.binding.column(of: .sector) ?? "sector"
            summary.notes += sectors.keys.sorted().compactMap { sector in
                SectorVocabulary.likelyMisspelling(sector).map {
                    "\(column) '\(sector)' (\(sectors[sector]!) rows) looks like a misspelling of '\($0)'; imported as written"
                }
            }
        }
    }

    static func cents(_ value: Decimal) -> Int64 {
        var scaled = value * 100
        var rounded = Decimal()
        NSDecimalRound(&rounded, &scaled, 0, .plain)
        return Int64(truncating: rounded as NSNumber)
    }
}
