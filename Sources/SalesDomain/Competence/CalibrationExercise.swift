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

    /// Every problem with the exercise's own shape at once: a name, at least one competency,
    /// two raters and two targets, none listed twice, each target titled, and open when started.
    public var shapeProblems: [FieldError] {
        var problems: [FieldError] = []
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        if name.isEmpty { problems.append(FieldError(field: "name", code: .required, .valueRequired)) }
        if name.count > 200 { problems.append(FieldError(field: "name", code: .tooLong, .textTooLong, ["maximum": "200"])) }
        if closedAt != nil {
            problems.append(FieldError(field: "closedAt", code: .invalidValue, .exerciseStartsOpen))
        }
        if competencyIDs.isEmpty {
            problems.append(FieldError(field: "competencyIDs", code: .required, .exerciseNeedsCompetency))
        } else if Set(competencyIDs).count != competencyIDs.count {
            problems.append(FieldError(field: "competencyIDs", code: .duplicate, .competencyListedTwice))
        }
        if raterIDs.count < 2 {
            problems.append(FieldError(field: "raterIDs", code: .required, .exerciseNeedsTwoRaters))
        } else if Set(raterIDs).count != raterIDs.count {
            problems.append(FieldError(field: "raterIDs", code: .duplicate, .raterListedTwice))
        }
        if targets.count < 2 {
            problems.append(FieldError(field: "targets", code: .required, .exerciseNeedsTwoTargets))
        } else if Set(targets.map(\.id)).count != targets.count {
            problems.append(FieldError(field: "targets", code: .duplicate, .targetListedTwice))
        }
        if let index = targets.firstIndex(where: { $0.title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }) {
            problems.append(FieldError(field: "targets[\(index)].title", code: .required, .valueRequired))
        }
        return problems
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
