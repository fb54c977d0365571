import Foundation

/// The weekly tallies of activities that were never postponed, summed one activity at a time:
/// what a bulk import adds for people whose activities all arrive in it.
///
/// Without postponements an activity's plan history is a single week, so
/// ``WeeklyActivityTally/contributions(of:postponements:calendar:)`` reduces to: its planned
/// week gets `plannedActivities` + 1, `scheduledActivities` + 1 and `scheduledMinutes` +
/// duration, and `doneByPlannedWeek` + 1 when done in that week or earlier; its done week gets
/// `doneActivities` + 1 and `doneMinutes` + duration. ``tallies`` equals
/// ``WeeklyActivityTally/tallies(activities:postponements:calendar:)`` with no postponements
/// (tested); summing in place avoids a dictionary, a set and a sort per activity, and
/// remembering each date's week avoids most calendar calls, which a million-row import felt.
public struct UnpostponedActivityTallies: Sendable {
    public let calendar: WeekCalendar
    private var byKey: [WeeklyActivityTally.Key: WeeklyActivityTally] = [:]
    private var weeks: [Date: ISOWeek] = [:]

    public init(calendar: WeekCalendar) {
        self.calendar = calendar
    }

    public mutating func add(owner: Person.ID, type: ActivityType, plannedDate: Date, doneDate: Date?, durationMinutes: Int) {
        let plannedWeek = week(containing: plannedDate)
        let doneWeek = doneDate.map { week(containing: $0) }
        let plannedKey = WeeklyActivityTally.Key(personID: owner, week: plannedWeek, activityType: type)
        byKey[plannedKey, default: WeeklyActivityTally(key: plannedKey)].addPlanned(
            minutes: durationMinutes, doneInTime: doneWeek.map { $0 <= plannedWeek } ?? false)
        if let doneWeek {
            let doneKey = WeeklyActivityTally.Key(personID: owner, week: doneWeek, activityType: type)
            byKey[doneKey, default: WeeklyActivityTally(key: doneKey)].addDone(minutes: durationMinutes)
        }
    }

    public mutating func add(_ activity: Activity) {
        add(owner: activity.ownerID, type: activity.type, plannedDate: activity.plannedDate, doneDate: activity.doneDate,
            durationMinutes: activity.durationMinutes)
    }

    /// Every tally, sorted by key.
    public var tallies: [WeeklyActivityTally] {
        byKey.values.sorted { $0.key < $1.key }
    }

    /// The tallies grouped by person.
    public var byPerson: [Person.ID: [WeeklyActivityTally]] {
        Dictionary(grouping: byKey.values, by: \.personID)
    }

    private mutating func week(containing date: Date) -> ISOWeek {
        if let week = weeks[date] { return week }
        let week = calendar.week(containing: date)
        weeks[date] = week
        return week
    }
}

private extension WeeklyActivityTally {
    mutating func addPlanned(minutes: Int, doneInTime: Bool) {
        plannedActivities += 1
        scheduledActivities += 1
        scheduledMinutes += minutes
        if doneInTime { doneByPlannedWeek += 1 }
    }

    mutating func addDone(minutes: Int) {
        doneActivities += 1
        doneMinutes += minutes
    }
}
