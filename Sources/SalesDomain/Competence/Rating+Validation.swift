import Foundation

extension Rating {
    public static let maximumEvidenceLength = 10_000

    /// Checks a rating being saved (as a draft or for submission) against its cycle, the
    /// framework's scale and the ratee's role profile. `stored` is the same rating as it is
    /// stored now, if it was saved before.
    ///
    /// Whether the rater may rate the ratee at all (is their manager, a nominated peer) is an
    /// authorization question for ``AccessPolicy``, not checked here.
    public func validate(
        in cycle: AssessmentCycle, scale: RatingScale, profile: RoleProfile?, replacing stored: Rating? = nil
    ) throws(FieldError) {
        guard cycleID == cycle.id else {
            throw FieldError(field: "cycleID", code: .invalidValue, .ratingInOtherCycle)
        }
        guard cycle.status == .open else {
            throw FieldError(field: "cycleID", code: .conflict, .cycleClosedForRatings, ["name": cycle.name])
        }
        if let stored {
            if stored.isSubmitted {
                throw FieldError(field: "status", code: .conflict, .ratingAlreadySubmitted)
            }
            guard stored.id == id, stored.cycleID == cycleID, stored.raterID == raterID, stored.rateeID == rateeID,
                  stored.competencyID == competencyID, stored.source == source
            else {
                throw FieldError(
                    field: "id", code: .conflict,
                    .ratingIdentityChanged
                )
            }
        }
        guard cycle.includes(rateeID) else {
            throw FieldError(field: "rateeID", code: .notFound, .rateeNotParticipant, ["name": cycle.name])
        }
        switch source {
        case .selfAssessment where raterID != rateeID:
            throw FieldError(field: "source", code: .invalidValue, .selfAssessmentByOther)
        case .manager where raterID == rateeID, .peer where raterID == rateeID:
            throw FieldError(field: "source", code: .invalidValue, .ratingOfOneself)
        default:
            break
        }
        guard let profile else {
            throw FieldError(field: "competencyID", code: .invalidValue, .noRoleProfileForRatee)
        }
        guard profile.includes(competencyID) else {
            throw FieldError(field: "competencyID", code: .invalidValue, .competencyNotInProfile)
        }
        guard scale.contains(level) else {
            throw FieldError(field: "level", code: .invalidValue, .levelOutsideScale, ["level": String(level), "scale": scale.description])
        }
        if evidence.count > Self.maximumEvidenceLength {
            throw FieldError(
                field: "evidence", code: .tooLong, .textTooLong, ["maximum": String(Self.maximumEvidenceLength)]
            )
        }
    }

    /// The rating, submitted at `date`. Submission is final, so a second one is refused.
    public func submitted(at date: Date) throws(FieldError) -> Rating {
        if isSubmitted {
            throw FieldError(field: "status", code: .conflict, .ratingAlreadySubmitted)
        }
        var submitted = self
        submitted.submittedAt = date
        submitted.updatedAt = date
        return submitted
    }
}
