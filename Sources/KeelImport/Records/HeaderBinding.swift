import SalesDomain

/// Where each mapped field sits in a file, found from its header row.
public struct HeaderBinding: Sendable {
    public let mapping: ColumnMapping
    /// Field → column index.
    let positions: [ImportField: Int]
    public let header: [String]
    public let dialect: CSVDialect
    /// The mapping's value maps, and its won and lost stages, ready to match each row's values.
    let translations: [ImportField: ValueTranslation]
    let wonStages: Set<String>
    let lostStages: Set<String>

    /// Binds the mapping to the header; every required field's column must be present, and
    /// every mapped column must exist. Header matching ignores case and surrounding spaces.
    public init(mapping: ColumnMapping, header: [String], dialect: CSVDialect = CSVDialect()) throws(ImportFileError) {
        self.mapping = mapping
        self.header = header
        self.dialect = dialect
        translations = mapping.values.mapValues(ValueTranslation.init)
        wonStages = Set(mapping.wonStages.map(ValueTranslation.fold))
        lostStages = Set(mapping.lostStages.map(ValueTranslation.fold))
        let normalized = header.map { $0.trimmingCharactersInSet().lowercased() }
        var positions: [ImportField: Int] = [:]
        var missing: [String] = []
        for (field, column) in mapping.columns.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            if let index = normalized.firstIndex(of: column.trimmingCharactersInSet().lowercased()) {
                positions[field] = index
            } else {
                missing.append(column)
            }
        }
        for field in ImportField.requiredFields(for: mapping.kind) where mapping.columns[field] == nil {
            throw .mappingLacksField(field: field.rawValue, mapping: mapping.name)
        }
        if !missing.isEmpty {
            throw .missingColumns(missing, found: header)
        }
        // A mapped column that appears twice would have one of its two values silently dropped.
        let twice = Set(mapping.columns.values.map { $0.trimmingCharactersInSet().lowercased() })
            .filter { column in normalized.filter { $0 == column }.count > 1 }
        if !twice.isEmpty {
            throw .duplicateColumns(header.filter { twice.contains($0.trimmingCharactersInSet().lowercased()) }.uniqued())
        }
        self.positions = positions
    }

    /// Whether a stage (after translation) means the deal was won or lost; `nil` when open.
    func outcome(ofStage stage: String) -> DealOutcome? {
        let folded = ValueTranslation.fold(stage)
        return wonStages.contains(folded) ? .won : lostStages.contains(folded) ? .lost : nil
    }

    public func column(of field: ImportField) -> String? {
        mapping.columns[field]
    }

    /// The trimmed value of a field in a record, `nil` when the field is unmapped or empty.
    func value(_ field: ImportField, in record: CSVRecord) -> String? {
        guard let index = positions[field], index < record.fields.count else { return nil }
        let value = record.fields[index].trimmingCharactersInSet()
        return value.isEmpty ? nil : value
    }
}

extension Array where Element == String {
    func uniqued() -> [String] {
        var seen: Set<String> = []
        return filter { seen.insert($0).inserted }
    }
}

extension String {
    /// Trims ASCII and Unicode whitespace without Foundation's slower bridging.
    func trimmingCharactersInSet() -> String {
        // Most fields have nothing to trim; two bytes tell, without walking `Character`s.
        if let first = utf8.first, let last = utf8.last, Self.isNotSpace(first), Self.isNotSpace(last) { return self }
        guard let first = firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let last = lastIndex(where: { !$0.isWhitespace })!
        return String(self[first...last])
    }

    /// An ASCII byte other than whitespace: a field starting and ending with one needs no
    /// trimming (bytes of multi-byte characters are at least 0x80 and take the slow path).
    private static func isNotSpace(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x7F
    }
}
