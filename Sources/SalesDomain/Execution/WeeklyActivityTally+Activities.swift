import Foundation

extension WeeklyActivityTally {
    /// What one activity adds to the weekly tallies of its owner and type.
    ///
    /// The activity's plan history comes from its postponements, taken in the order they were
    /// logged:
    /// - original planned date = the first postponement's `from`, or `plannedDate` when it was
    ///   never postponed; its week gets `plannedActivities` + 1, and `doneByPlannedWeek` + 1
    ///   when the done date's week is that week or earlier;
    /// - every week the activity was ever planned in (the original week, each `from`, each
    ///   moved-to date and the current `plannedDate`) gets `scheduledActivities` + 1 and
    ///   `scheduledMinutes` + duration, once per week however often it moved within it;
    /// - a week it was dropped from gets `dropped` + 1; a week it was moved out of, to a later
    ///   week, gets `movedOut` + 1 unless it was also dropped from that week (moves within a
    ///   week are normal planning and count as neither);
    /// - the done date's week gets `doneActivities` + 1 and `doneMinutes` + duration;
    /// - when the activity was not done by its original week and a postponement from that week
    ///   was reviewed as a verified obstacle, the original week gets `lateForVerifiedObstacle` + 1.
    ///
    /// Postponements of other activities are ignored, so a store can pass whatever it loaded.
    public static func contributions(
        of activity: Activity, postponements: some Sequence<Postponement>, calendar: WeekCalendar
    ) -> [WeeklyActivityTally] {
        let own = postponements
            .filter { $0.activityID == activity.id }
            .sorted { ($0.loggedAt, $0.from) < ($1.loggedAt, $1.from) }
        let originalWeek = calendar.week(containing: own.first?.from ?? activity.plannedDate)

        var byWeek: [ISOWeek: WeeklyActivityTally] = [:]
        func update(_ week: ISOWeek, _ change: (inout WeeklyActivityTally) -> Void) {
            let key = Key(personID: activity.ownerID, week: week, activityType: activity.type)
            change(&byWeek[week, default: WeeklyActivityTally(key: key)])
        }

        var scheduledWeeks: Set<ISOWeek> = [originalWeek, calendar.week(containing: activity.plannedDate)]
        var droppedWeeks: Set<ISOWeek> = []
        var movedOutWeeks: Set<ISOWeek> = []
        for postponement in own {
            let fromWeek = calendar.week(containing: postponement.from)
            scheduledWeeks.insert(fromWeek)
            switch postponement.change {
            case .dropped:
                droppedWeeks.insert(fromWeek)
            case .moved(let to):
                let toWeek = calendar.week(containing: to)
                scheduledWeeks.insert(toWeek)
                if toWeek > fromWeek { movedOutWeeks.insert(fromWeek) }
            }
        }

        let doneWeek = activity.doneDate.map(calendar.week(containing:))
        update(originalWeek) { tally in
            tally.plannedActivities += 1
            if let doneWeek, doneWeek <= originalWeek {
                tally.doneByPlannedWeek += 1
            } else if own.contains(where: { calendar.week(containing: $0.from) == originalWeek && $0.review?.verdict == .verifiedObstacle }) {
                tally.lateForVerifiedObstacle += 1
            }
        }
        for week in scheduledWeeks {
            update(week) { tally in
                tally.scheduledActivities += 1
                tally.scheduledMinutes += activity.durationMinutes
                if droppedWeeks.contains(week) {
                    tally.dropped += 1
                } else if movedOutWeeks.contains(week) {
                    tally.movedOut += 1
                }
            }
        }
        if let doneWeek {
            update(doneWeek) { tally in
                tally.doneActivities += 1
                tally.doneMinutes += activity.durationMinutes
            }
        }
        return byWeek.values.sorted { $0.key < $1.key }
    }

    /// The tallies of many activities at once (a rebuild, or a test), summed by key and sorted.
    public static func tallies(
        activities: some Sequence<Activity>, postponements: some Sequence<Postponement>, calendar: WeekCalendar
    ) -> [WeeklyActivityTally] {
        let postponementsByActivity = Dictionary(grouping: postponements, by: \.activityID)
        return merged(activities.lazy.flatMap { activity in
            contributions(of: activity, postponements: postponementsByActivity[activity.id] ?? [], calendar: calendar)
        })
    }
}
