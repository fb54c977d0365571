import FluentKit
import Foundation
import KeelImport
import SalesDomain

extension CRMImport {
    /// Products by name; an existing product keeps its id and takes the file's series and price.
    public func importProducts(_ stream: RecordStream<ProductRecord>, options: Options) async throws -> ImportSummary {
        let organization = organizationID.rawValue
        return try await run(.products, options, reading: stream.dialect) { database, _, summary in
            let existing = Dictionary(uniqueKeysWithValues: try await ProductModel.query(on: database)
                .filter(\.$organizationID == organization).all().map { ($0.name.lowercased(), $0) })
            try await Self.upsertByName(
                stream, noun: "product", summary: &summary, existing: existing, on: database, name: \.name,
                differs: { $0.series != $1.series || $0.priceCents != $1.price.map(Cents.of) },
                apply: { product, record in
                    product.series = record.series
                    product.priceCents = record.price.map(Cents.of)
                },
                make: { record in
                    let product = ProductModel()
                    product.id = UUID()
                    product.organizationID = organization
                    product.name = record.name
                    return product
                }
            )
        }
    }

    /// Accounts (customer companies) by name. A sector that looks like a misspelt common one is
    /// imported as written and noted in the summary.
    public func importAccounts(_ stream: RecordStream<AccountRecord>, options: Options) async throws -> ImportSummary {
        let organization = organizationID.rawValue
        return try await run(.accounts, options, reading: stream.dialect) { database, _, summary in
            let existing = Dictionary(uniqueKeysWithValues: try await AccountModel.query(on: database)
                .filter(\.$organizationID == organization).all().map { ($0.name.lowercased(), $0) })
            var sectors: [String: Int] = [:]
            try await Self.upsertByName(
                stream, noun: "account", summary: &summary, existing: existing, on: database, name: \.name,
                differs: { $0.sector != $1.sector || $0.country != $1.country },
                apply: { account, record in
                    account.sector = record.sector
                    account.country = record.country
                },
                make: { record in
                    let account = AccountModel()
                    account.id = UUID()
                    account.organizationID = organization
                    account.name = record.name
                    return account
                },
                observe: { record in
                    if let sector = record.sector { sectors[sector, default: 0] += 1 }
                }
            )
            let column = stream.binding.column(of: .sector) ?? "sector"
            summary.notices += sectors.keys.sorted().compactMap { sector in
                SectorVocabulary.likelyMisspelling(sector).map {
                    Problem(.importSectorLooksMisspelt, ["column": column, "value": sector, "rows": String(sectors[sector]!), "suggestion": $0])
                }
            }
        }
    }
}
