import Foundation

/// Whether a seller follows up their customer meetings promptly: of the done meetings with an
/// account, how many were followed by a done follow-up, e-mail or call on the same account
/// within the window after the meeting was done. A meeting counts in the week it was done.
/// Meetings without an account cannot be followed up on one and are left out of both counts.
public enum MeetingFollowUps {
    public static let followUpTypes: Set<ActivityType> = [.followUp, .email, .call]

    /// Per week of `weeks`: followed-up meetings ÷ meetings. `activities` are one seller's, and
    /// must include those done up to `hours` after the last week, so its last meetings are judged.
    public static func weekly(
        _ activities: some Sequence<Activity>, hours: Int, weeks: ClosedRange<ISOWeek>, calendar: WeekCalendar
    ) -> [ISOWeek: KPIFigure] {
        var followUpsByAccount: [Account.ID: [Date]] = [:]
        var meetings: [(account: Account.ID, done: Date)] = []
        for activity in activities {
            guard let account = activity.accountID, let done = activity.doneDate else { continue }
            if activity.type == .meeting { meetings.append((account, done)) }
            if followUpTypes.contains(activity.type) { followUpsByAccount[account, default: []].append(done) }
        }
        let window = TimeInterval(hours) * 3600
        var figures: [ISOWeek: KPIFigure] = [:]
        for meeting in meetings {
            let week = calendar.week(containing: meeting.done)
            guard weeks.contains(week) else { continue }
            let followed = followUpsByAccount[meeting.account, default: []].contains { $0 > meeting.done && $0.timeIntervalSince(meeting.done) <= window }
            figures[week, default: .empty] = figures[week, default: .empty] + KPIFigure(numerator: followed ? 1 : 0, denominator: 1)
        }
        return figures
    }
}
