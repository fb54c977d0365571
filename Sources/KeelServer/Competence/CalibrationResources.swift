import Foundation
import KeelStore
import SalesDomain
import Vapor

/// A calibration exercise: several raters independently score the same targets (SPEC §1).
struct CalibrationExerciseResource: Content {
    struct Target: Content {
        var id: UUID
        var title: String
        var personID: UUID?
        var material: String
    }

    var id: UUID
    var name: String
    var frameworkID: UUID
    var version: Int
    var competencyIDs: [UUID]
    var raterIDs: [UUID]
    var targets: [Target]
    var status: String
    var openedAt: Date
    var closedAt: Date?

    init(_ exercise: CalibrationExercise) {
        id = exercise.id.rawValue
        name = exercise.name
        frameworkID = exercise.framework.frameworkID.rawValue
        version = exercise.framework.version
        competencyIDs = exercise.competencyIDs.map(\.rawValue)
        raterIDs = exercise.raterIDs.map(\.rawValue)
        targets = exercise.targets.map { Target(id: $0.id.rawValue, title: $0.title, personID: $0.personID?.rawValue, material: $0.material) }
        status = exercise.closedAt == nil ? "open" : "closed"
        openedAt = exercise.openedAt
        closedAt = exercise.closedAt
    }
}

/// The Shrout & Fleiss (1979) family for one set of items, with the mean squares behind it.
struct AgreementResource: Content {
    struct MeanSquares: Content {
        var betweenTargets: Double
        var withinTargets: Double
        var betweenRaters: Double
        var residual: Double
    }

    struct Coefficient: Content {
        var name: String
        var model: Int
        var averageOfRaters: Bool
        var value: Double?
    }

    var targetCount: Int
    var raterCount: Int
    var meanSquares: MeanSquares
    var coefficients: [Coefficient]

    init(_ icc: IntraclassCorrelation) {
        targetCount = icc.targetCount
        raterCount = icc.raterCount
        meanSquares = MeanSquares(
            betweenTargets: icc.meanSquares.betweenTargets, withinTargets: icc.meanSquares.withinTargets,
            betweenRaters: icc.meanSquares.betweenRaters, residual: icc.meanSquares.residual)
        coefficients = icc.coefficients.map {
            Coefficient(name: $0.name, model: $0.model.rawValue, averageOfRaters: $0.isAverageOfRaters, value: $0.value)
        }
    }
}

/// An exercise with its agreement overall and per competency, and each rater's leniency.
struct CalibrationResultsResource: Content {
    struct CompetencyAgreement: Content {
        var competencyID: UUID
        var agreement: AgreementResource
    }

    struct Leniency: Content {
        var raterID: UUID
        var leniency: Double
        var comparedTargetCount: Int
    }

    var exercise: CalibrationExerciseResource
    var scoreCount: Int
    var agreement: AgreementResource?
    /// Why there is no agreement yet: the problem's key as a stable `code`, worded in `message`.
    var agreementProblem: APIErrorBody.Detail?
    var byCompetency: [CompetencyAgreement]
    var leniency: [Leniency]

    /// `text` words why there is no agreement in the caller's language.
    init(_ results: CalibrationResults, text: Localizer) {
        exercise = CalibrationExerciseResource(results.exercise)
        scoreCount = results.scoreCount
        agreement = results.agreement.map(AgreementResource.init)
        agreementProblem = results.agreementProblem.map { APIErrorBody.Detail(code: $0.key.rawValue, message: text($0)) }
        byCompetency = results.exercise.competencyIDs.compactMap { id in
            results.agreementByCompetency[id].map { CompetencyAgreement(competencyID: id.rawValue, agreement: AgreementResource($0)) }
        }
        leniency = results.leniency.map { Leniency(raterID: $0.rater.rawValue, leniency: $0.leniency, comparedTargetCount: $0.comparedTargetCount) }
    }
}

/// Body of `POST /api/v1/competence/calibrations`.
struct CalibrationCreateRequest: Decodable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, frameworkID, version, competencyIDs, raterIDs, targets, teamIDs
    }

    struct Target: Decodable {
        enum CodingKeys: String, CodingKey, CaseIterable {
            case title, personID, material
        }

        var title: String
        var personID: UUID?
        var material: String

        init(from decoder: any Decoder) throws {
            try decoder.rejectUnknownKeys(CodingKeys.self)
            let container = try decoder.container(keyedBy: CodingKeys.self)
            title = try container.decode(String.self, forKey: .title)
            personID = try container.decodeIfPresent(UUID.self, forKey: .personID)
            material = try container.decodeIfPresent(String.self, forKey: .material) ?? ""
        }
    }

    var name: String
    var frameworkID: UUID
    var version: Int
    var competencyIDs: [UUID]
    var raterIDs: [UUID]
    var targets: [Target]
    /// Whole teams whose people become targets too, as the form's team choice.
    var teamIDs: [UUID]

    init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        frameworkID = try container.decode(UUID.self, forKey: .frameworkID)
        version = try container.decode(Int.self, forKey: .version)
        competencyIDs = try container.decode([UUID].self, forKey: .competencyIDs)
        raterIDs = try container.decode([UUID].self, forKey: .raterIDs)
        targets = try container.decode([Target].self, forKey: .targets)
        teamIDs = try container.decodeIfPresent([UUID].self, forKey: .teamIDs) ?? []
    }

    func exercise(organizationID: Organization.ID, openedAt: Date) -> CalibrationExercise {
        CalibrationExercise(
            id: .init(UUID()), organizationID: organizationID, name: name,
            framework: FrameworkVersionReference(frameworkID: .init(frameworkID), version: version),
            competencyIDs: competencyIDs.map(Competency.ID.init),
            targets: targets.map { CalibrationTarget(id: .init(UUID()), title: $0.title, personID: $0.personID.map(Person.ID.init), material: $0.material) },
            raterIDs: raterIDs.map(Person.ID.init), openedAt: openedAt)
    }
}

/// Body of `PUT …/calibrations/{exerciseID}/scores`: the signed-in rater's score of one target.
struct CalibrationScoreRequest: Decodable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case targetID, competencyID, level
    }

    var targetID: UUID
    var competencyID: UUID
    var level: Int

    init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        targetID = try container.decode(UUID.self, forKey: .targetID)
        competencyID = try container.decode(UUID.self, forKey: .competencyID)
        level = try container.decode(Int.self, forKey: .level)
    }
}

/// One score as stored.
struct CalibrationScoreResource: Content {
    var exerciseID: UUID
    var targetID: UUID
    var raterID: UUID
    var competencyID: UUID
    var level: Int

    init(_ score: CalibrationScore) {
        exerciseID = score.exerciseID.rawValue
        targetID = score.targetID.rawValue
        raterID = score.raterID.rawValue
        competencyID = score.competencyID.rawValue
        level = score.level
    }
}
