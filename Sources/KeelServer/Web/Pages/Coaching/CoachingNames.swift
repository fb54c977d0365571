import KeelCharts
import SalesDomain

/// The words a coaching page uses for session types, suggestion reasons and foci, in one place
/// so the overview, the plan form and the session page say the same thing.
enum CoachingNames {
    static func type(_ type: CoachingSessionType, text: Localizer) -> String {
        switch type {
        case .deal: text(.sessionTypeDeal)
        case .pipeline: text(.sessionTypePipeline)
        case .skill: text(.sessionTypeSkill)
        case .followUp: text(.sessionTypeFollowUp)
        case .meetingPreparation: text(.sessionTypeMeetingPreparation)
        }
    }

    static func typeHint(_ type: CoachingSessionType, text: Localizer) -> String {
        switch type {
        case .deal: text(.sessionTypeDealHint)
        case .pipeline: text(.sessionTypePipelineHint)
        case .skill: text(.sessionTypeSkillHint)
        case .followUp: text(.sessionTypeFollowUpHint)
        case .meetingPreparation: text(.sessionTypeMeetingPreparationHint)
        }
    }

    static func reason(_ reason: CoachingSuggestion.Reason, text: Localizer) -> String {
        switch reason {
        case .executionGap: text(.suggestionReasonExecutionGap)
        case .competenceGap: text(.suggestionReasonCompetenceGap)
        case .developmentNeed: text(.suggestionReasonDevelopmentNeed)
        case .stalledDeal: text(.suggestionReasonStalledDeal)
        }
    }

    static func status(_ status: CoachingSession.Status, text: Localizer) -> String {
        switch status {
        case .planned: text(.sessionStatusPlanned)
        case .completed: text(.sessionStatusCompleted)
        case .cancelled: text(.sessionStatusCancelled)
        }
    }

    static func itemStatus(_ status: ActionItem.Status, text: Localizer) -> String {
        switch status {
        case .open: text(.nextStepStatusOpen)
        case .done: text(.reviewOutcomeDone)
        case .notDone: text(.reviewOutcomeNotDone)
        }
    }

    static func outcome(_ outcome: ActionItemReview.Outcome, text: Localizer) -> String {
        switch outcome {
        case .done: text(.reviewOutcomeDone)
        case .notDone: text(.reviewOutcomeNotDone)
        case .carriedOver: text(.reviewOutcomeCarriedOver)
        }
    }

    /// A focus in words: the competency's or activity type's name, a deal's CRM id, a meeting's date.
    static func focus(_ focus: CoachingFocus, names: FocusNames, text: Localizer) -> String {
        switch focus {
        case .competency(let id):
            names.competencies[id].map { text(.focusCompetency, ["name": $0.text(in: text.language)]) } ?? text(.focusCompetencyGone)
        case .activityType(let type): text(.focusActivityType, ["type": text.activityType(type)])
        case .deal(let id): names.deals[id].map { text(.focusDeal, ["name": deal($0, text: text)]) } ?? text(.focusDealGone)
        case .meeting(let id): names.meetings[id].map { text(.focusMeeting, ["name": meeting($0, text: text)]) } ?? text(.focusMeetingGone)
        }
    }

    /// How long since the last session: "today", "yesterday", "12 days ago".
    static func daysAgo(_ days: Int, text: Localizer) -> String {
        switch days {
        case ...0: text(.coachingToday)
        case 1: text(.coachingYesterday)
        default: text(.coachingDaysAgo, ["days": String(days)])
        }
    }

    /// "2 of 3" style shares with their basis; a dash without a basis.
    static func share(_ share: CadenceReport.Share, numbers: ChartNumberFormat, text: Localizer) -> String {
        guard let rate = share.rate else { return "—" }
        return text(.coachingShare, ["percent": numbers.percent(rate), "part": String(share.part), "whole": String(share.whole)])
    }

    /// "Nordvik Teknik AB · Negotiation", the stage in the reader's words.
    static func deal(_ name: FocusNames.DealName, text: Localizer) -> String {
        "\(name.account) · \(text.stage(name.stage))"
    }

    /// "Customer meeting 2026-12-09", the type in the reader's words.
    static func meeting(_ name: FocusNames.MeetingName, text: Localizer) -> String {
        "\(text.activityType(name.type)) \(name.day)"
    }
}
