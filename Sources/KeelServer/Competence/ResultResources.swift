import Foundation
import KeelStore
import SalesDomain
import Vapor

/// A person's results in one cycle (SPEC §1): per competency the consolidated level and what
/// went into it, the target and gap; the fit to the role profile; blind spots; their comment.
/// Peers appear only as an aggregate of at least three, never one by one.
struct PersonResultsResource: Content {
    struct Peers: Content {
        var raterCount: Int
        var meanLevel: Double
    }

    struct Competency: Content {
        var competencyID: UUID
        var level: Double?
        var sources: [String]
        var selfLevel: Double?
        var managerLevel: Double?
        var peers: Peers?
        var targetLevel: Int?
        var weight: Double?
        var gap: Double?
    }

    struct Fit: Content {
        var fitPercent: Double?
        var ratedWeightShare: Double
    }

    struct BlindSpot: Content {
        var competencyID: UUID
        var selfLevel: Double
        var managerLevel: Double
        var difference: Double
        var direction: String
    }

    struct Comment: Content {
        var text: String
        var createdAt: Date
        var updatedAt: Date

        init(_ comment: ResultComment) {
            text = comment.text
            createdAt = comment.createdAt
            updatedAt = comment.updatedAt
        }
    }

    var cycleID: UUID
    var personID: UUID
    var roleProfileID: UUID?
    var competencies: [Competency]
    var fit: Fit?
    var blindSpots: [BlindSpot]
    var comment: Comment?

    init(_ results: PersonCompetenceResults) {
        cycleID = results.cycleID.rawValue
        personID = results.personID.rawValue
        roleProfileID = results.profile?.id.rawValue
        competencies = results.competencies.map {
            Competency(
                competencyID: $0.competencyID.rawValue, level: $0.level, sources: $0.sources.map(\.rawValue), selfLevel: $0.selfLevel,
                managerLevel: $0.managerLevel, peers: $0.peers.map { Peers(raterCount: $0.raterCount, meanLevel: $0.meanLevel) },
                targetLevel: $0.targetLevel, weight: $0.weight, gap: $0.gap)
        }
        fit = results.fit.map { Fit(fitPercent: $0.fitPercent, ratedWeightShare: $0.ratedWeightShare) }
        blindSpots = results.blindSpots.map {
            BlindSpot(competencyID: $0.competencyID.rawValue, selfLevel: $0.selfLevel, managerLevel: $0.managerLevel,
                      difference: $0.difference, direction: $0.direction.rawValue)
        }
        comment = results.comment.map(Comment.init)
    }
}

/// Body of `PUT …/results/{personID}/comment`.
struct ResultCommentRequest: Decodable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case text
    }

    var text: String

    init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        text = try decoder.container(keyedBy: CodingKeys.self).decode(String.self, forKey: .text)
    }
}

/// How a person's consolidated levels moved across the closed cycles, per competency.
struct CompetenceTrendsResource: Content {
    struct Point: Content {
        var cycleID: UUID
        var level: Double
        var change: Double?
    }

    struct Trend: Content {
        var competencyID: UUID
        var points: [Point]
        var latestChange: Double?
    }

    var personID: UUID
    var trends: [Trend]

    init(personID: Person.ID, trends: [CompetencyTrend]) {
        self.personID = personID.rawValue
        self.trends = trends.map { trend in
            Trend(competencyID: trend.competencyID.rawValue,
                  points: trend.points.map { Point(cycleID: $0.cycleID.rawValue, level: $0.level, change: $0.change) },
                  latestChange: trend.latestChange)
        }
    }
}
