/// Where an activity came from. Imported activities are replaced by the next import of the same
/// external id; logged ones are only changed by people, so the two must be told apart.
public enum ActivitySource: String, Hashable, Sendable, Codable, CaseIterable {
    /// From a CRM export (Salesforce, HubSpot, Pipedrive, a custom mapping).
    case imported
    /// Entered in Keel by the seller or their manager.
    case logged
    /// Made by the demo generator.
    case generated
}
