import Foundation

/// A product of the seller's catalog, as a CRM export describes it.
public struct ProductRecord: Sendable, Hashable {
    public var line: Int
    public var name: String
    public var series: String?
    public var price: Decimal?

    static func read(_ record: CSVRecord, binding: HeaderBinding) -> Result<ProductRecord, RowProblems> {
        var row = RowReader(binding: binding, record: record)
        let name = row.required(.name)
        let price = row.decimal(.price)
        guard row.problems.isEmpty, let name else { return .failure(RowProblems(row.problems)) }
        return .success(ProductRecord(line: record.line, name: name, series: row.text(.series), price: price))
    }
}
