/// Who may give which kind of rating on whom: the organizational half of rating validation,
/// which ``Rating/validate(in:scale:profile:replacing:)`` leaves out because it needs the team
/// structure.
public enum RaterEligibility {
    /// Access roles that manage people. Administrators are left out: administering the directory
    /// does not make someone a judge of the people in it.
    public static let managingRoles: Set<AccessRole> = [.manager, .leader]

    /// Whether `rater` is one of `ratee`'s managers: an active manager or leader whose team is the
    /// ratee's team or a team above it, so a regional manager may rate the sellers of the teams
    /// under their region as well as the team's own manager.
    public static func isManager(_ rater: Person, of ratee: Person, hierarchy: TeamHierarchy) -> Bool {
        guard rater.id != ratee.id, rater.organizationID == ratee.organizationID, rater.isActive,
              managingRoles.contains(rater.accessRole),
              let raterTeam = rater.teamID, let rateeTeam = ratee.teamID
        else { return false }
        return raterTeam == rateeTeam || hierarchy.ancestors(of: rateeTeam).contains(raterTeam)
    }

    /// Whether `rater` may rate `ratee` as a peer: an active colleague placed in the same team.
    /// Peers are those who see the person work day to day; someone on another team or in another
    /// market has not, and a rating from them would sit beside the manager's as if they had.
    public static func isPeer(_ rater: Person, of ratee: Person) -> Bool {
        rater.id != ratee.id && rater.organizationID == ratee.organizationID && rater.isActive
            && rater.teamID != nil && rater.teamID == ratee.teamID
    }

    /// The rating `rater` gives `ratee` on the rating form: their own self-assessment, a manager
    /// rating of someone in their team or below, a peer rating of a teammate; `nil` for anyone else.
    public static func source(rater: Person, ratee: Person, hierarchy: TeamHierarchy) -> RatingSource? {
        if rater.id == ratee.id { return .selfAssessment }
        if isManager(rater, of: ratee, hierarchy: hierarchy) { return .manager }
        if isPeer(rater, of: ratee) { return .peer }
        return nil
    }

    /// Checks that `rater` may rate `ratee` as `source`, for the web form and the API alike:
    /// - everyone rates within their own organization, and only while active;
    /// - a self-assessment is the ratee's own;
    /// - a manager rating comes from one of the ratee's managers (``isManager(_:of:hierarchy:)``);
    /// - a peer rating comes from a teammate (``isPeer(_:of:)``), nominated in the cycle or not.
    public static func check(rater: Person, ratee: Person, source: RatingSource, hierarchy: TeamHierarchy) throws(FieldError) {
        guard rater.organizationID == ratee.organizationID else {
            throw FieldError(field: "raterID", code: .notFound, .raterNotInOrganization)
        }
        guard rater.isActive else {
            throw FieldError(field: "raterID", code: .invalidValue, .raterDeactivated, ["rater": rater.name])
        }
        switch source {
        case .selfAssessment:
            guard rater.id == ratee.id else {
                throw FieldError(field: "source", code: .invalidValue, .selfAssessmentByOther)
            }
        case .manager:
            guard isManager(rater, of: ratee, hierarchy: hierarchy) else {
                throw FieldError(
                    field: "source", code: .invalidValue,
                    .raterNotManager, ["rater": rater.name, "ratee": ratee.name]
                )
            }
        case .peer:
            guard rater.id != ratee.id else {
                throw FieldError(field: "source", code: .invalidValue, .ratingOfOneself)
            }
            guard isPeer(rater, of: ratee) else {
                throw FieldError(field: "source", code: .invalidValue, .raterNotPeer, ["rater": rater.name, "ratee": ratee.name])
            }
        }
    }
}
