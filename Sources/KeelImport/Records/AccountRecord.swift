/// A customer company as a CRM export describes it.
public struct AccountRecord: Sendable, Hashable {
    public var line: Int
    public var name: String
    public var sector: String?
    public var country: String?

    static func read(_ record: CSVRecord, binding: HeaderBinding) -> Result<AccountRecord, RowProblems> {
        var row = RowReader(binding: binding, record: record)
        let name = row.required(.name)
        guard row.problems.isEmpty, let name else { return .failure(RowProblems(row.problems)) }
        return .success(AccountRecord(line: record.line, name: name, sector: row.text(.sector), country: row.text(.country)))
    }
}
