import KeelCharts
import SalesDomain

/// The words the practice pages use for the domain's cases, in the reader's language.
enum PracticeNames {
    static func kind(_ kind: PracticeKind, text: Localizer) -> String {
        switch kind {
        case .drill: text(.practiceKindDrill)
        case .rolePlay: text(.practiceKindRolePlay)
        case .microLesson: text(.practiceKindMicroLesson)
        }
    }

    static func reason(_ reason: PracticeReason, text: Localizer) -> String {
        switch reason {
        case .coachingFocus: text(.practiceReasonCoachingFocus)
        case .competenceGap: text(.practiceReasonCompetenceGap)
        case .developmentNeed: text(.practiceReasonDevelopmentNeed)
        case .executionGap: text(.practiceReasonExecutionGap)
        case .belowTarget: text(.practiceReasonBelowTarget)
        case .maintain: text(.practiceReasonMaintain)
        case .chosen: text(.practiceReasonChosen)
        }
    }

    static func status(_ status: PracticePlanEntry.Status, text: Localizer) -> String {
        switch status {
        case .overdue: text(.practiceStatusOverdue)
        case .dueThisWeek: text(.practiceStatusDue)
        case .later: text(.practiceStatusLater)
        case .retired: text(.practiceStatusRetired)
        }
    }

    /// What each self-score means, 1 to 5.
    static func selfScore(_ score: Int, text: Localizer) -> String {
        switch score {
        case 1: text(.practiceScore1)
        case 2: text(.practiceScore2)
        case 3: text(.practiceScore3)
        case 4: text(.practiceScore4)
        default: text(.practiceScore5)
        }
    }

    /// A team's practice in one line: sellers, due, overdue, done in the recent weeks, streaks.
    static func teamCounts(_ team: PracticeTeamScreen, text: Localizer) -> String {
        let totals = team.totals
        let numbers = ChartNumberFormat(languageTag: text.language.rawValue)
        return text(.practiceTeamCounts, [
            "sellers": numbers.integer(team.rows.count), "due": numbers.integer(totals.due), "overdue": numbers.integer(totals.overdue),
            "done": numbers.integer(totals.done),
            "weeks": text.weeks(team.recentWeeks),
            "streak": String(totals.onStreak), "target": String(team.policy.weeklyTarget),
        ])
    }
}
