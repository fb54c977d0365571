import Foundation

/// What a person recognises a deal by: its name in the CRM, the external id when the CRM gave
/// it none, and the customer's name.
public struct DealLabel: Hashable, Sendable, Codable {
    public var title: String?
    public var externalID: String?
    public var accountName: String?

    public init(title: String?, externalID: String?, accountName: String?) {
        self.title = title
        self.externalID = externalID
        self.accountName = accountName
    }

    /// The title; the external id when the title is missing or blank; `nil` when neither is
    /// known (a page then names the deal by its stage and owner).
    public var name: String? {
        for candidate in [title, externalID] {
            if let text = candidate?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty { return text }
        }
        return nil
    }
}
