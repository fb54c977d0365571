import Foundation

/// The reasons an organization accepts for moving or dropping an activity.
///
/// Leadership defines the catalog; sellers pick from it. A fixed list, rather than free text, is
/// what lets "reasons over time" count anything at all.
public struct ReasonCatalog: Hashable, Sendable {
    /// In the order the organization wants them offered.
    public let reasons: [PostponementReason]
    private let indexByCode: [ReasonCode: Int]

    /// Refuses an empty code, a duplicate code and a reason without any name, naming the field
    /// as `reasons[i].code` / `reasons[i].names`.
    public init(_ reasons: [PostponementReason]) throws(FieldError) {
        var indexByCode: [ReasonCode: Int] = [:]
        for (index, reason) in reasons.enumerated() {
            if reason.code.rawValue.isEmpty {
                throw FieldError(field: "reasons[\(index)].code", code: .required, .valueRequired)
            }
            if let earlier = indexByCode[reason.code] {
                throw FieldError(
                    field: "reasons[\(index)].code", code: .duplicate,
                    .reasonCodeDuplicate, ["code": reason.code.rawValue, "row": String(earlier + 1)])
            }
            if !reason.names.values.contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                throw FieldError(
                    field: "reasons[\(index)].names", code: .required,
                    .reasonNeedsName, ["code": reason.code.rawValue])
            }
            indexByCode[reason.code] = index
        }
        self.reasons = reasons
        self.indexByCode = indexByCode
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
