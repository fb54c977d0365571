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

    /// Checks that `rater` may rate `ratee` as `source`:
    /// - everyone rates within their own organization, and only while active;
    /// - a self-assessment is the ratee's own;
    /// - a manager rating comes from one of the ratee's managers (``isManager(_:of:hierarchy:)``);
    /// - a peer rating may come from anyone else in the organization, nominated in the cycle or
    ///   not, since peers are whoever has seen the person work.
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
        }
    }
}
