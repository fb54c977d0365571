/// How loaded one person's week was, against ``PressurePolicy``.
public enum LoadClass: String, Hashable, Sendable, Codable, CaseIterable {
    /// Scheduled hours ÷ capacity above the policy's threshold.
    case high
    case normal
    /// Zero capacity (leave, holiday): left out of the pressure comparison, because what was
    /// pushed out of a week nobody works says nothing about priorities.
    case noCapacity = "no-capacity"

    /// The class of `person`'s `week`, from all of that week's tallies (every activity type).
    public static func of(
        person: Person.ID, week: ISOWeek, scheduledMinutes: Int, policy: PressurePolicy
    ) -> LoadClass {
        let capacity = policy.capacity.hours(for: person, in: week)
        guard capacity > 0 else { return .noCapacity }
        return Double(scheduledMinutes) / 60 / capacity > policy.highLoadThreshold ? .high : .normal
    }
}
