import Foundation

/// How the columns of one CRM export become Keel's fields: which column holds each field, how
/// dates are written, and how the CRM's values (stage names, misspelt products) translate.
public struct ColumnMapping: Sendable, Codable, Hashable {
    public var name: String
    public var kind: ImportKind
    public var description: String?
    /// Keel field → the column header that holds it.
    public var columns: [ImportField: String]
    public var dateFormat: DateColumnFormat
    /// Per field, CRM value → Keel value (e.g. stage `Closed Won` → `won`, product `GTXPro` →
    /// `GTX Pro`). Values not listed pass through unchanged — except stages, which must be
    /// listed when a stage map is given, so an unexpected stage is reported rather than stored.
    public var values: [ImportField: [String: String]]
    /// Stages (after translation) that mean the deal was won or lost; others are open.
    public var wonStages: [String]
    public var lostStages: [String]
    /// The open stages (after translation) in the order deals move through them in this CRM:
    /// where an organization's pipeline gets the stages it does not list yet. `nil` for a
    /// mapping that does not say; its new stages then go last.
    public var stageOrder: [String]?
    /// Decimal separator of numeric columns; thousands separators (space, `'`, the other of
    /// `.`/`,`) are dropped. `nil`: each value's own writing tells (``DecimalText``).
    public var decimalSeparator: String?
    /// What separates the fields of a row; `nil`: found from the header line (``CSVDialect``).
    public var delimiter: Character? {
        get { delimiterText.flatMap(\.first) }
        set { delimiterText = newValue.map { String($0) } }
    }
    private var delimiterText: String?
    /// For people files without e-mail addresses: how the company forms them from names,
    /// e.g. `{first}.{last}@example.com`.
    public var emailPattern: String?

    public init(
        name: String, kind: ImportKind, description: String? = nil, columns: [ImportField: String],
        dateFormat: DateColumnFormat = .iso, values: [ImportField: [String: String]] = [:],
        wonStages: [String] = ["won"], lostStages: [String] = ["lost"], decimalSeparator: String? = nil,
        stageOrder: [String]? = nil, delimiter: Character? = nil, emailPattern: String? = nil
    ) {
        self.name = name
        self.kind = kind
        self.description = description
        self.columns = columns
        self.dateFormat = dateFormat
        self.values = values
        self.wonStages = wonStages
        self.lostStages = lostStages
        self.stageOrder = stageOrder
        self.decimalSeparator = decimalSeparator
        self.delimiterText = delimiter.map { String($0) }
        self.emailPattern = emailPattern
    }
}
