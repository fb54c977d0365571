import FluentKit
import Foundation

/// Applies an import row to a stored record field by field, remembering whether anything
/// differed, so an unchanged row is neither written nor counted as an update.
struct FieldChanges<Entry: Model> {
    let entry: Entry
    private(set) var changed = false

    init(_ entry: Entry) {
        self.entry = entry
    }

    mutating func set<Value: Equatable>(_ keyPath: ReferenceWritableKeyPath<Entry, Value>, _ value: Value) {
        if entry[keyPath: keyPath] != value {
            entry[keyPath: keyPath] = value
            changed = true
        }
    }

    /// Saves the record when something changed, stamping `updatedAt`, and counts it either way.
    func save(stamping updatedAt: ReferenceWritableKeyPath<Entry, Date>, at date: Date, on database: any Database,
              summary: inout ImportSummary) async throws {
        guard changed else {
            summary.unchanged += 1
            return
        }
        entry[keyPath: updatedAt] = date
        try await entry.save(on: database)
        summary.updated += 1
    }
}
