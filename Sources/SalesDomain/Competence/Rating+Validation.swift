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
            throw FieldError(field: "cycleID", code: .invalidValue, message: "the rating belongs to another cycle")
        }
        guard cycle.status == .open else {
            throw FieldError(field: "cycleID", code: .conflict, message: "the cycle '\(cycle.name)' is closed; ratings can no longer change")
        }
        if let stored {
            if stored.isSubmitted {
                throw FieldError(field: "status", code: .conflict, message: "this rating was already submitted; submission is final")
            }
            guard stored.id == id, stored.cycleID == cycleID, stored.raterID == raterID, stored.rateeID == rateeID,
                  stored.competencyID == competencyID, stored.source == source
            else {
                throw FieldError(
                    field: "id", code: .conflict,
                    message: "a saved rating keeps its rater, ratee, competency and source; start a new rating instead"
                )
            }
        }
        guard cycle.includes(rateeID) else {
            throw FieldError(field: "rateeID", code: .notFound, message: "the person rated is not a participant in '\(cycle.name)'")
        }
        switch source {
        case .selfAssessment where raterID != rateeID:
            throw FieldError(field: "source", code: .invalidValue, message: "a self-assessment can only be made by the person assessed")
        case .manager where raterID == rateeID, .peer where raterID == rateeID:
            throw FieldError(field: "source", code: .invalidValue, message: "a rating of oneself is a self-assessment")
        default:
            break
        }
        guard let profile else {
            throw FieldError(field: "competencyID", code: .invalidValue, message: "no role profile applies to the person rated")
        }
        guard profile.includes(competencyID) else {
            throw FieldError(field: "competencyID", code: .invalidValue, message: "the competency is not in the person's role profile")
        }
        guard scale.contains(level) else {
            throw FieldError(field: "level", code: .invalidValue, message: "level \(level) is outside the scale \(scale)")
        }
        if evidence.count > Self.maximumEvidenceLength {
            throw FieldError(
                field: "evidence", code: .tooLong, message: "evidence must be at most \(Self.maximumEvidenceLength) characters"
            )
        }
    }

    /// The rating, submitted at `date`. Submission is final, so a second one is refused.
    public func submitted(at date: Date) throws(FieldError) -> Rating {
        if isSubmitted {
            throw FieldError(field: "status", code: .conflict, message: "this rating was already submitted; submission is final")
        }
        var submitted = self
        submitted.submittedAt = date
        submitted.updatedAt = date
        return submitted
    }
}
