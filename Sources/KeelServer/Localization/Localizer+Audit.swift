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
        ]
        return keys[action].map { self($0) } ?? action
    }
}
