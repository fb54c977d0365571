import SalesDomain
/// The rows of an import file as records, read lazily: a file of any size streams through.
///
/// The header is read and checked when the stream is made, so a file with missing columns
/// fails before any row is looked at. Each row yields its record or all of its problems; a
/// broken file (an unterminated quote, bytes that are not text) yields one last failure and
/// ends.
public struct RecordStream<Record: Sendable>: Sequence, Sendable {
    public let binding: HeaderBinding
    /// How the file turned out to be written (its separator and encoding, given or found).
    public var dialect: CSVDialect { binding.dialect }
    private let reader: CSVReader
    private let read: @Sendable (CSVRecord, HeaderBinding) -> Result<Record, RowProblems>

    init(
        reader: CSVReader, mapping: ColumnMapping,
        read: @escaping @Sendable (CSVRecord, HeaderBinding) -> Result<Record, RowProblems>
    ) throws(ImportFileError) {
        var iterator = reader.makeIterator()
        switch iterator.next() {
        case .none:
            throw .notCSV(.empty)
        case .failure(let error):
            throw .notCSV(error)
        case .success(let header):
            let dialect = iterator.dialect
            do {
                binding = try HeaderBinding(mapping: mapping, header: header.fields, dialect: dialect)
            } catch .missingColumns(let missing, let found) {
                if let other = CSVDialect.separator(missedBy: found, reading: dialect.separator) {
                    throw .separatedBy(other, reading: dialect.separator)
                }
                throw .missingColumns(missing, found: found)
            }
        }
        self.reader = reader
        self.read = read
    }

    public func makeIterator() -> Iterator {
        var records = reader.makeIterator()
        _ = records.next() // the header, checked in init
        return Iterator(records: records, binding: binding, read: read)
    }

    public struct Iterator: IteratorProtocol {
        var records: CSVReader.Iterator
        let binding: HeaderBinding
        let read: @Sendable (CSVRecord, HeaderBinding) -> Result<Record, RowProblems>

        public mutating func next() -> Result<Record, RowProblems>? {
            while let next = records.next() {
                switch next {
                case .success(let record):
                    // Spreadsheet programs leave empty lines at the end; they are not rows.
                    if record.fields.count == 1, record.fields[0].isEmpty { continue }
                    return read(record, binding)
                case .failure(let error):
                    return .failure(RowProblems([RowProblem(line: error.line ?? 0, column: nil, value: nil, reason: error.reason,
                                                              problem: error.problem)]))
                }
            }
            return nil
        }
    }
}

extension CSVError {
    public var line: Int? {
        switch self {
        case .unterminatedQuote(let line), .unexpectedQuote(let line, _), .notText(let line): line
        case .empty: nil
        }
    }
}

extension RecordStream where Record == DealRecord {
    public static func deals(_ reader: CSVReader, mapping: ColumnMapping) throws(ImportFileError) -> Self {
        try Self(reader: reader, mapping: mapping, read: DealRecord.read)
    }
}

extension RecordStream where Record == ActivityRecord {
    public static func activities(_ reader: CSVReader, mapping: ColumnMapping) throws(ImportFileError) -> Self {
        try Self(reader: reader, mapping: mapping, read: ActivityRecord.read)
    }
}

extension RecordStream where Record == PersonRecord {
    public static func people(_ reader: CSVReader, mapping: ColumnMapping) throws(ImportFileError) -> Self {
        try Self(reader: reader, mapping: mapping, read: PersonRecord.read)
    }
}

extension RecordStream where Record == AccountRecord {
    public static func accounts(_ reader: CSVReader, mapping: ColumnMapping) throws(ImportFileError) -> Self {
        try Self(reader: reader, mapping: mapping, read: AccountRecord.read)
    }
}

extension RecordStream where Record == ProductRecord {
    public static func products(_ reader: CSVReader, mapping: ColumnMapping) throws(ImportFileError) -> Self {
        try Self(reader: reader, mapping: mapping, read: ProductRecord.read)
    }
}
