import Foundation

/// Several managers independently rate the same targets on the same competencies, so Keel can
/// show how far their judgements agree and who rates more leniently than the rest.
public struct CalibrationExercise: Hashable, Sendable, Codable, Identifiable {
    public typealias ID = Identifier<CalibrationExercise>

    public var id: ID
    public var organizationID: Organization.ID
    public var name: String
    public var framework: FrameworkVersionReference
    public var competencyIDs: [Competency.ID]
    public var targets: [CalibrationTarget]
    public var raterIDs: [Person.ID]
    public var openedAt: Date
    public var closedAt: Date?

    public init(
        id: ID, organizationID: Organization.ID, name: String, framework: FrameworkVersionReference,
        competencyIDs: [Competency.ID], targets: [CalibrationTarget], raterIDs: [Person.ID], openedAt: Date,
        closedAt: Date? = nil
    ) {
        self.id = id
        self.organizationID = organizationID
        self.name = name
        self.framework = framework
        self.competencyIDs = competencyIDs
        self.targets = targets
        self.raterIDs = raterIDs
        self.openedAt = openedAt
        self.closedAt = closedAt
    }

    /// Checks a score against the exercise: a listed rater, target and competency, a level on
    /// the scale, and the exercise still open.
    public func validate(_ score: CalibrationScore, scale: RatingScale) throws(FieldError) {
        guard score.exerciseID == id else {
            throw FieldError(field: "exerciseID", code: .invalidValue, .scoreInOtherExercise)
        }
        guard closedAt == nil else {
            throw FieldError(field: "exerciseID", code: .conflict, .exerciseClosed, ["name": name])
        }
        guard raterIDs.contains(score.raterID) else {
            throw FieldError(field: "raterID", code: .invalidValue, .raterNotInExercise, ["name": name])
        }
        guard targets.contains(where: { $0.id == score.targetID }) else {
            throw FieldError(field: "targetID", code: .notFound, .targetNotInExercise, ["name": name])
        }
        guard competencyIDs.contains(score.competencyID) else {
            throw FieldError(field: "competencyID", code: .invalidValue, .competencyNotInExercise, ["name": name])
        }
        guard scale.contains(score.level) else {
            throw FieldError(field: "level", code: .invalidValue, .levelOutsideScale, ["level": String(score.level), "scale": scale.description])
        }
    }
}
