import Foundation

/// The reasons an organization accepts for moving or dropping an activity.
///
/// Leadership defines the catalog; sellers pick from it. A fixed list, rather than free text, is
/// what lets "reasons over time" count anything at all.
public struct ReasonCatalog: Hashable, Sendable {
    /// In the order the organization wants them offered.
    public let reasons: [PostponementReason]
    private let indexByCode: [ReasonCode: Int]

    /// Refuses every empty code, duplicate code and reason without any name at once, naming
    /// the field as `reasons[i].code` / `reasons[i].names`.
    public init(_ reasons: [PostponementReason]) throws(FieldErrors) {
        var problems = FieldErrors.Collector()
        for problem in Self.problems(in: reasons) { problems.append(problem) }
        try problems.throwIfAny()
        self.reasons = reasons
        self.indexByCode = Dictionary(reasons.enumerated().map { ($0.element.code, $0.offset) }, uniquingKeysWith: { first, _ in first })
    }

    /// What keeps `reasons` from being a catalog, every row checked, so a list with several
    /// mistakes is fixed in one pass.
    static func problems(in reasons: [PostponementReason]) -> [FieldError] {
        var problems: [FieldError] = []
        var indexByCode: [ReasonCode: Int] = [:]
        for (index, reason) in reasons.enumerated() {
            if reason.code.rawValue.isEmpty {
                problems.append(FieldError(field: "reasons[\(index)].code", code: .required, .valueRequired))
            } else if let earlier = indexByCode[reason.code] {
                problems.append(FieldError(
                    field: "reasons[\(index)].code", code: .duplicate,
                    .reasonCodeDuplicate, ["code": reason.code.rawValue, "row": String(earlier + 1)]))
            } else {
                indexByCode[reason.code] = index
            }
            if !reason.names.values.contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                problems.append(FieldError(
                    field: "reasons[\(index)].names", code: .required,
                    .reasonNeedsName, ["code": reason.code.rawValue]))
            }
        }
        return problems
    }

    public func reason(for code: ReasonCode) -> PostponementReason? {
        indexByCode[code].map { reasons[$0] }
    }

    public func reasonClass(of code: ReasonCode) -> ReasonClass? {
        reason(for: code)?.reasonClass
    }

    /// The reasons a seller may choose today.
    public var activeReasons: [PostponementReason] {
        reasons.filter(\.isActive)
    }

    public static func == (lhs: ReasonCatalog, rhs: ReasonCatalog) -> Bool {
        lhs.reasons == rhs.reasons
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(reasons)
    }
}

extension ReasonCatalog: Codable {
    public init(from decoder: any Decoder) throws {
        try self.init(decoder.singleValueContainer().decode([PostponementReason].self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(reasons)
    }
}
