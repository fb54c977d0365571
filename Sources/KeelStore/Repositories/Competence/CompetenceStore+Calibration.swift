import FluentKit
import Foundation
import SalesDomain
import SQLKit

extension CompetenceStore {
    // MARK: Reading

    public func calibrationExercises() async throws -> [CalibrationExercise] {
        let models = try await CalibrationExerciseModel.query(on: database)
            .filter(\.$organizationID == org).sort(\.$openedAt, .descending).all()
        var exercises: [CalibrationExercise] = []
        for model in models { exercises.append(try await domain(model)) }
        return exercises
    }

    public func calibrationExercise(_ id: CalibrationExercise.ID) async throws -> CalibrationExercise? {
        guard let model = try await exerciseModel(id) else { return nil }
        return try await domain(model)
    }

    /// The exercises the viewer may see (``AccessPolicy/canRead(_:)-(CalibrationExercise)``), newest first.
    public func calibrationExercises(for policy: AccessPolicy) async throws -> [CalibrationExercise] {
        try await calibrationExercises().filter(policy.canRead)
    }

    /// The exercise, for a viewer who may see it; anyone else is told it does not exist.
    public func calibrationExercise(_ id: CalibrationExercise.ID, for policy: AccessPolicy) async throws -> CalibrationExercise {
        guard let exercise = try await calibrationExercise(id), policy.canRead(exercise) else {
            throw AccessRefused(.notFound, entity: "calibration exercise", field: "exerciseID")
        }
        return exercise
    }

    /// In the exercise's order: by target, then competency, then rater — so leniency lists the
    /// raters in the exercise's order too.
    public func calibrationScores(_ id: CalibrationExercise.ID) async throws -> [CalibrationScore] {
        guard let exercise = try await calibrationExercise(id) else { return [] }
        return try await calibrationScores(of: exercise)
    }

    /// The scores of an exercise already read. Column by column rather than as Fluent models: a
    /// leniency-adjusted heatmap reads them on every request.
    func calibrationScores(of exercise: CalibrationExercise) async throws -> [CalibrationScore] {
        func positions<ID: Hashable>(_ ids: [ID]) -> [ID: Int] {
            Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        }
        let targets = positions(exercise.targets.map(\.id))
        let competencies = positions(exercise.competencyIDs)
        let raters = positions(exercise.raterIDs)
        var uuids = RepeatedUUIDs()
        var scores: [CalibrationScore] = []
        for row in try await sql.select().columns("target_id", "rater_id", "competency_id", "level").from(CalibrationScoreModel.schema)
            .where("organization_id", .equal, org).where("exercise_id", .equal, exercise.id.rawValue).all() {
            scores.append(CalibrationScore(
                exerciseID: exercise.id, targetID: .init(try uuids.decode(column: "target_id", of: row)),
                raterID: .init(try uuids.decode(column: "rater_id", of: row)),
                competencyID: .init(try uuids.decode(column: "competency_id", of: row)),
                level: try row.decode(column: "level", as: Int.self)))
        }
        return scores.sorted {
                (targets[$0.targetID] ?? .max, competencies[$0.competencyID] ?? .max, raters[$0.raterID] ?? .max)
                    < (targets[$1.targetID] ?? .max, competencies[$1.competencyID] ?? .max, raters[$1.raterID] ?? .max)
            }
    }

    /// Agreement (ICC(1,1) … ICC(3,k)) and rater leniency of an exercise, by the domain's
    /// ``CalibrationExercise/agreement(_:competencyID:incompleteTargets:)`` and
    /// ``CalibrationExercise/leniency(_:)``.
    public func calibrationResults(_ id: CalibrationExercise.ID) async throws -> CalibrationResults {
        guard let exercise = try await calibrationExercise(id) else {
            throw RecordNotFound(entity: "calibration exercise", id: id.description)
        }
        return calibrationResults(of: exercise, scores: try await calibrationScores(of: exercise))
    }

    func calibrationResults(of exercise: CalibrationExercise, scores: [CalibrationScore]) -> CalibrationResults {
        var agreement: IntraclassCorrelation?
        var problem: Problem?
        do {
            agreement = try exercise.agreement(scores, incompleteTargets: .exclude)
        } catch {
            problem = error.problem
        }
        var byCompetency: [Competency.ID: IntraclassCorrelation] = [:]
        for competency in exercise.competencyIDs {
            byCompetency[competency] = try? exercise.agreement(scores, competencyID: competency, incompleteTargets: .exclude)
        }
        return CalibrationResults(
            exercise: exercise, scoreCount: scores.count, agreement: agreement, agreementProblem: problem,
            agreementByCompetency: byCompetency, leniency: exercise.leniency(scores))
    }

    // MARK: Writing

    /// Starts an exercise: its raters, targets and competencies on a published framework version.
    /// At least two raters and two targets, since agreement needs both.
    @discardableResult
    public func createCalibrationExercise(_ exercise: CalibrationExercise, actor: Person.ID?, at date: Date) async throws -> CalibrationExercise {
        guard exercise.organizationID == organizationID else {
            throw FieldError(field: "organizationID", code: .invalidValue, .otherOrganization)
        }
        return try await transaction { store in
            // Every problem at once: the exercise's shape, its framework version and competencies,
            // each unknown rater and target, then its id. A single one stays a plain `FieldError`,
            // as the API and its clients have always been told.
            var problems = exercise.shapeProblems
            var versionRowID: UUID?
            if let versionModel = try await store.versionModel(exercise.framework) {
                let framework = try await store.domain([versionModel])[0]
                versionRowID = versionModel.id
                if framework.status != .published {
                    problems.append(FieldError(field: "framework", code: .invalidValue,
                                               .frameworkDraftNotCalibratable, ["version": String(framework.version), "key": framework.key]))
                }
                if exercise.competencyIDs.contains(where: { framework.competency($0) == nil }) {
                    problems.append(FieldError(field: "competencyIDs", code: .notFound,
                                               .competencyNotInFramework, ["version": String(framework.version), "key": framework.key]))
                }
            } else {
                problems.append(FieldError(field: "framework", code: .notFound, .unknownFrameworkVersion, ["version": exercise.framework.description]))
            }
            problems += try await store.unknownPeople(exercise.raterIDs, field: "raterIDs")
            problems += try await store.unknownPeople(exercise.targets.compactMap(\.personID), field: "targets")
            if try await CalibrationExerciseModel.find(exercise.id.rawValue, on: store.database) != nil {
                problems.append(FieldError(field: "id", code: .duplicate, .idTaken))
            }
            if problems.count == 1 { throw problems[0] }
            guard problems.isEmpty, let versionRowID else { throw FieldErrors(problems) }
            try await store.insert(exercise, versionRowID: versionRowID, openedBy: actor)
            try await store.recordAudit(
                actor: actor, entity: "calibration_exercise", entityID: exercise.id.rawValue, action: "created",
                before: [:], after: exercise.auditSnapshot, at: date)
            return exercise
        }
    }

    /// Records (or, while the exercise is open, changes) one rater's score of one target on one
    /// competency, checked by ``CalibrationExercise/validate(_:scale:)``.
    @discardableResult
    public func recordCalibrationScore(_ score: CalibrationScore, at date: Date) async throws -> CalibrationScore {
        try await recordCalibrationScores([score], in: score.exerciseID, at: date)
        return score
    }

    /// Records a rater's whole score sheet at once: every score is checked first, and one
    /// refused score leaves all of them — and everything stored — as it was.
    public func recordCalibrationScores(_ scores: [CalibrationScore], in exerciseID: CalibrationExercise.ID, at date: Date) async throws {
        try await transaction { store in
            guard let model = try await store.exerciseModel(exerciseID) else {
                throw FieldError(field: "exerciseID", code: .notFound, .unknownExercise)
            }
            let exercise = try await store.domain(model)
            let (_, framework) = try await store.requireVersion(exercise.framework, field: "exerciseID")
            for score in scores { try exercise.validate(score, scale: framework.scale) }
            for score in scores { try await store.write(score, at: date) }
        }
    }

    private func write(_ score: CalibrationScore, at date: Date) async throws {
        let stored = try await CalibrationScoreModel.query(on: database)
            .filter(\.$organizationID == org).filter(\.$exerciseID == score.exerciseID.rawValue)
            .filter(\.$targetID == score.targetID.rawValue).filter(\.$raterID == score.raterID.rawValue)
            .filter(\.$competencyID == score.competencyID.rawValue).first()
        if stored?.level == score.level { return }
        let before = stored.map { ["level": String($0.level)] } ?? [:]
        let row = stored ?? CalibrationScoreModel(score, organizationID: organizationID, updatedAt: date)
        row.level = score.level
        row.updatedAt = date
        try await row.save(on: database)
        try await recordAudit(
            actor: score.raterID, entity: "calibration_score", entityID: row.id!, action: stored == nil ? "created" : "updated",
            before: before, after: ["level": String(score.level), "targetID": score.targetID.description,
                                    "competencyID": score.competencyID.description], at: date)
    }

    /// Closes an exercise; its scores stop changing. Closing twice is refused.
    @discardableResult
    public func closeCalibrationExercise(_ id: CalibrationExercise.ID, actor: Person.ID?, at date: Date) async throws -> CalibrationExercise {
        try await transaction { store in
            guard let model = try await store.exerciseModel(id) else {
                throw RecordNotFound(entity: "calibration exercise", id: id.description)
            }
            if model.closedAt != nil {
                throw FieldError(field: "status", code: .conflict,
                                 .exerciseAlreadyClosed, ["name": model.name])
            }
            if date < model.openedAt {
                throw FieldError(field: "closedAt", code: .invalidValue, .exerciseClosesBeforeOpening)
            }
            model.closedAt = date
            model.closedBy = actor?.rawValue
            try await model.save(on: store.database)
            try await store.recordAudit(
                actor: actor, entity: "calibration_exercise", entityID: id.rawValue, action: "closed",
                before: ["status": "open"], after: ["status": "closed"], at: date)
            return try await store.domain(model)
        }
    }

    // MARK: Support

    func exerciseModel(_ id: CalibrationExercise.ID) async throws -> CalibrationExerciseModel? {
        try await CalibrationExerciseModel.query(on: database).filter(\.$organizationID == org).filter(\.$id == id.rawValue).first()
    }

    func domain(_ model: CalibrationExerciseModel) async throws -> CalibrationExercise {
        let id = model.id!
        let competencies = try await CalibrationCompetencyModel.query(on: database).filter(\.$exerciseID == id).all()
        let raters = try await CalibrationRaterModel.query(on: database).filter(\.$exerciseID == id).all()
        let targets = try await CalibrationTargetModel.query(on: database).filter(\.$exerciseID == id).all()
        return CalibrationExercise(
            id: .init(id), organizationID: .init(model.organizationID), name: model.name,
            framework: try await reference(ofVersion: model.frameworkVersionID),
            competencyIDs: competencies.sorted { $0.position < $1.position }.map { .init($0.competencyID) },
            targets: targets.sorted { $0.position < $1.position }.map(\.domain),
            raterIDs: raters.sorted { $0.position < $1.position }.map { .init($0.personID) },
            openedAt: model.openedAt, closedAt: model.closedAt)
    }

    /// Writes the exercise and its lists, as it is (the demo stores closed exercises too).
    func insert(_ exercise: CalibrationExercise, versionRowID: UUID, openedBy: Person.ID?) async throws {
        let model = CalibrationExerciseModel()
        model.id = exercise.id.rawValue
        model.organizationID = org
        model.name = exercise.name.trimmingCharacters(in: .whitespacesAndNewlines)
        model.frameworkVersionID = versionRowID
        model.openedAt = exercise.openedAt
        model.openedBy = openedBy?.rawValue
        model.closedAt = exercise.closedAt
        try await model.create(on: database)
        try await exercise.competencyIDs.enumerated()
            .map { CalibrationCompetencyModel(exerciseID: exercise.id.rawValue, competencyID: $1.rawValue, position: $0) }
            .create(on: database)
        try await exercise.raterIDs.enumerated()
            .map { CalibrationRaterModel(exerciseID: exercise.id.rawValue, personID: $1.rawValue, position: $0) }
            .create(on: database)
        try await exercise.targets.enumerated()
            .map { CalibrationTargetModel($1, exerciseID: exercise.id.rawValue, position: $0) }
            .create(on: database)
    }
}

extension CalibrationExercise {
    var auditSnapshot: [String: String?] {
        [
            "name": name, "framework": framework.description, "competencies": String(competencyIDs.count),
            "raters": raterIDs.map(\.description).joined(separator: ","), "targets": targets.map(\.title).joined(separator: " | "),
        ]
    }
}
