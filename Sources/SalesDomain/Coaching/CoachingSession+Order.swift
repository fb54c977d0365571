import Foundation

extension Sequence<CoachingSession> {
    /// Oldest first, and sessions at the same moment by id, so that every screen and every
    /// export lists them in the same order whichever statements read them.
    public func oldestFirst() -> [CoachingSession] {
        sorted { first, second in
            if first.scheduledAt != second.scheduledAt { return first.scheduledAt < second.scheduledAt }
            return first.id.rawValue.uuidString < second.id.rawValue.uuidString
        }
    }
}
