/// What an audit event is about: the kind of record changed, or the kind of act (a sign-in,
/// an export). Stored as its raw value in `audit_events.entity`.
public enum AuditKind: String, CaseIterable, Hashable, Sendable, Codable {
    case person
    case team
    case signIn = "sign_in"
    case password
    case apiToken = "api_token"
    case setting
    case `import`
    case export
    case rating
    case resultComment = "result_comment"
    case assessmentCycle = "assessment_cycle"
    case frameworkVersion = "framework_version"
    case roleProfile = "role_profile"
    case calibrationExercise = "calibration_exercise"
    case calibrationScore = "calibration_score"
    case diagnosisSignalMap = "diagnosis_signal_map"
    case activity
    case postponement
    case goal
    case practicePlan = "practice_plan"
    case intervention
    case deal
    case coachingSession = "coaching_session"
    case calendarFeed = "calendar_feed"
    case winSuggestion = "win_suggestion"
    case win
    case practiceRep = "practice_rep"
    case practiceLibrary = "practice_library"
    case practiceItem = "practice_item"
    case outbox
    case organization
    case kpiTarget = "kpi_target"
    case kpiEntry = "kpi_entry"
    case digestPreference = "digest_preference"
    case coachingAgenda = "coaching_agenda"
    case actionItem = "action_item"
    /// The retention sweep: free texts and leavers erased for their age (GDPR article 5).
    case retention
}
