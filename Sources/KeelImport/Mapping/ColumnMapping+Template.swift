extension ColumnMapping {
    /// A column the mapping reads from a file's header.
    public struct ExpectedColumn: Sendable, Hashable {
        public var field: ImportField
        public var header: String
        /// Every row must have a value in it.
        public var required: Bool
    }

    /// The columns the mapping reads, in the order Keel lists its fields.
    public var expectedColumns: [ExpectedColumn] {
        let required = Set(ImportField.requiredFields(for: kind))
        return ImportField.fields(for: kind).compactMap { field in
            columns[field].map { ExpectedColumn(field: field, header: $0, required: required.contains(field)) }
        }
    }

    /// A CSV file of the header row alone, to fill in or to compare an export with. It starts
    /// with a byte-order mark because Excel reads a CSV file without one in the system's code
    /// page and would garble headers such as `Affärs-ID`; Keel's reader skips it.
    public var templateCSV: String {
        let separator = delimiter ?? ","
        let fields = expectedColumns.map { column in
            let header = column.header
            guard header.contains(where: { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return header }
            return "\"" + header.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return "\u{FEFF}" + fields.joined(separator: String(separator)) + "\r\n"
    }
}
