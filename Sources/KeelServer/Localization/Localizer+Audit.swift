import SalesDomain

extension Localizer {
    public func name(of kind: AuditKind) -> String {
        switch kind {
        case .person: self(.auditKindPerson)
        case .team: self(.auditKindTeam)
        case .signIn: self(.auditKindSignIn)
        case .password: self(.auditKindPassword)
        case .apiToken: self(.auditKindAPIToken)
        case .setting: self(.auditKindSetting)
        case .import: self(.auditKindImport)
        case .export: self(.auditKindExport)
        case .rating: self(.auditKindRating)
        case .resultComment: self(.auditKindResultComment)
        case .assessmentCycle: self(.auditKindAssessmentCycle)
        case .frameworkVersion: self(.auditKindFrameworkVersion)
        case .roleProfile: self(.auditKindRoleProfile)
        case .calibrationExercise: self(.auditKindCalibrationExercise)
        case .calibrationScore: self(.auditKindCalibrationScore)
        case .diagnosisSignalMap: self(.auditKindDiagnosisSignalMap)
        case .activity: self(.auditKindActivity)
        case .postponement: self(.auditKindPostponement)
        case .retention: self(.auditKindRetention)
        case .goal: self(.auditKindGoal)
        case .practicePlan: self(.auditKindPracticePlan)
        case .intervention: self(.auditKindIntervention)
        case .deal: self(.auditKindDeal)
        case .coachingSession: self(.auditKindCoachingSession)
        case .calendarFeed: self(.auditKindCalendarFeed)
        case .winSuggestion: self(.auditKindWinSuggestion)
        case .win: self(.auditKindWin)
        case .practiceRep: self(.auditKindPracticeRep)
        case .practiceLibrary: self(.auditKindPracticeLibrary)
        case .practiceItem: self(.auditKindPracticeItem)
        case .outbox: self(.auditKindOutbox)
        case .organization: self(.auditKindOrganization)
        case .kpiTarget: self(.auditKindKPITarget)
        case .kpiEntry: self(.auditKindKPIEntry)
        case .digestPreference: self(.auditKindDigestPreference)
        case .coachingAgenda: self(.auditKindCoachingAgenda)
        case .actionItem: self(.auditKindActionItem)
        }
    }

    /// An event's kind as stored: named when this release knows it, else as stored.
    func auditKind(_ raw: String) -> String {
        AuditKind(rawValue: raw).map(name(of:)) ?? raw
    }

    /// What was done; an action this release does not name reads as stored.
    func auditAction(_ action: String) -> String {
        let keys: [String: TextKey] = [
            "created": .auditCreated, "create": .auditCreated, "updated": .auditUpdated, "update": .auditUpdated,
            "moved": .auditMoved, "deactivated": .auditDeactivated, "reactivated": .auditReactivated,
            "submitted": .auditActionSubmitted, "closed": .auditActionClosed, "changed": .auditActionChanged,
            "succeeded": .auditActionSucceeded, "failed": .auditActionFailed, "dropped": .auditActionDropped,
            "revoked": .auditActionRevoked, "reviewed": .auditActionReviewed, "published": .auditActionPublished,
            "person_data": .auditActionPersonData, "audit_log": .auditActionAuditLog, "opened": .auditActionOpened,
            "logged": .auditActionLogged, "imported": .auditActionImported, "done": .auditActionDone,
            "erased": .auditActionErased, "applied": .auditActionApplied,
            "complete": .auditActionCompleted, "value": .auditActionValue, "revoke": .auditActionRevoked, "refresh": .auditActionRefreshed, "post": .auditActionPosted, "plan": .auditActionPlanned, "observe": .auditActionObserved, "import": .auditActionImported, "dismiss": .auditActionDismissed, "cancel": .auditActionCancelled,
        ]
        return keys[action].map { self($0) } ?? action
    }
}
