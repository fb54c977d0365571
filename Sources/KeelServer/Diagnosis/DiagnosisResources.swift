import Foundation
import SalesDomain
import Vapor

/// `GET /api/v1/diagnosis`: a ``DiagnosisOverview`` as JSON, sellers most in need of attention
/// first, area names in the caller's language.
struct DiagnosisResource: Content {
    struct Basis: Content {
        var cycleID: UUID
        var cycleName: String
        var closedAt: Date
        var frameworkID: UUID
        var frameworkVersion: Int
    }

    struct Area: Content {
        var key: String
        var name: String
        var activityTypes: [String]
        var stages: [String]
    }

    struct Missing: Content {
        var kind: String
        var planned: Int?
        var decided: Int?
        var minimum: Int?
        var stage: String?

        init(_ missing: MissingEvidence) {
            switch missing {
            case .noAssessment: kind = "no_assessment"
            case .notInRoleProfile: kind = "not_in_role_profile"
            case .noSignalsMapped: kind = "no_signals_mapped"
            case .tooFewPlannedActivities(let planned, let minimum):
                kind = "too_few_planned_activities"
                self.planned = planned
                self.minimum = minimum
            case .tooFewDecidedDeals(let stage, let decided, let minimum):
                kind = "too_few_decided_deals"
                self.stage = stage.rawValue
                self.decided = decided
                self.minimum = minimum
            }
        }
    }

    struct Competence: Content {
        struct Entry: Content {
            var competencyID: UUID
            var targetLevel: Int
            var weight: Double
            var level: Double?
        }

        var level: Double?
        var target: Double?
        var gap: Double?
        var rated: Int
        var profiled: Int
        var competencies: [Entry]
    }

    struct Execution: Content {
        struct TypeCount: Content {
            var activityType: String
            var planned: Int
            var doneOnTime: Int
        }

        struct Stage: Content {
            var stage: String
            var advanced: Int
            var lostHere: Int
            var referenceAdvanced: Int
            var referenceLostHere: Int
            var score: Double?
        }

        var planned: Int
        var doneOnTime: Int
        var score: Double?
        var byType: [TypeCount]
        var stages: [Stage]
    }

    struct SellerArea: Content {
        var area: String
        var verdict: String
        var missing: [Missing]
        var competence: Competence
        var execution: Execution
    }

    struct Seller: Content {
        var personID: UUID
        var name: String
        var teamID: UUID?
        /// The closed cycle the seller's levels come from.
        var assessedIn: UUID?
        var mostUrgent: String?
        var areas: [SellerArea]
    }

    struct Count: Content {
        var key: String
        var count: Int
    }

    struct Finding: Content {
        var scope: String
        var scopeName: String?
        var areas: [String]
        var kind: String
        var share: Double
        var reasons: [Count]?
        var explained: Int?
        var shortfall: Int?
        var stage: String?
        var stalledDeals: Int?
        var sellers: Int?
        var groupSellers: Int?
        var affectedPeople: [UUID]
    }

    struct Change: Content {
        var personID: UUID
        var area: String
        var from: String
        var to: String
        var quadrantMove: Bool
    }

    var scope: String
    var scopeName: String
    var from: String
    var to: String
    var previousFrom: String
    var previousTo: String
    var policy: DiagnosisPolicyResource
    var basis: Basis?
    var distribution: [Count]
    var areas: [Area]
    /// One page of the sellers, most in need of attention first (`offset`, `limit`), and the
    /// first `limit` changes, quadrant moves first; the counts say of how many.
    var sellers: [Seller]
    var sellerCount: Int
    var findings: [Finding]
    var changes: [Change]
    var changeCount: Int
    var offset: Int
    var limit: Int
    /// When a wide scope's answer, kept and shared, was decided; absent when decided for this request.
    var decidedAt: Date?

    init(_ overview: DiagnosisOverview, language: Language) {
        scope = overview.scope.description
        scopeName = overview.scopeName
        from = overview.weeks.lowerBound.description
        to = overview.weeks.upperBound.description
        previousFrom = overview.previousWeeks.lowerBound.description
        previousTo = overview.previousWeeks.upperBound.description
        policy = DiagnosisPolicyResource(overview.policy)
        basis = overview.basis.map {
            Basis(cycleID: $0.cycleID.rawValue, cycleName: $0.cycleName, closedAt: $0.closedAt,
                  frameworkID: $0.framework.frameworkID.rawValue, frameworkVersion: $0.framework.version)
        }
        let distribution = overview.whole.distribution
        self.distribution = AreaVerdict.allCases.map { Count(key: $0.rawValue, count: distribution[$0, default: 0]) }
        sellerCount = overview.whole.sellers
        changeCount = overview.whole.changes
        offset = overview.page.offset
        limit = overview.page.limit
        decidedAt = overview.keptAt
        areas = overview.areas.map {
            Area(key: $0.key, name: $0.name.text(in: language), activityTypes: $0.signals.activityTypes.map(\.rawValue),
                 stages: $0.signals.stages.map(\.rawValue))
        }
        let byID = Dictionary(overview.sellers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        sellers = overview.sellersByAttention.map { diagnosis in
            let seller = byID[diagnosis.personID]
            return Seller(
                personID: diagnosis.personID.rawValue, name: seller?.name ?? "", teamID: seller?.teamID?.rawValue,
                assessedIn: seller?.assessedIn?.cycleID.rawValue,
                mostUrgent: diagnosis.mostUrgent?.rawValue, areas: diagnosis.areas.map(Self.area))
        }
        findings = overview.report.findings.map { finding in
            var resource = Finding(
                scope: finding.scope.description, scopeName: overview.groupNames[finding.scope.description], areas: finding.areaKeys,
                kind: "", share: finding.share, affectedPeople: finding.affectedPeople.map(\.rawValue))
            switch finding.cause {
            case .verifiedObstacles(let reasons, let explained, let shortfall):
                resource.kind = "verified_obstacles"
                resource.reasons = reasons.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { Count(key: $0.key.rawValue, count: $0.value) }
                resource.explained = explained
                resource.shortfall = shortfall
            case .stalledStage(let stage, let stalledDeals, let sellers, let groupSellers):
                resource.kind = "stalled_stage"
                resource.stage = stage.rawValue
                resource.stalledDeals = stalledDeals
                resource.sellers = sellers
                resource.groupSellers = groupSellers
            }
            return resource
        }
        changes = overview.changes.map {
            Change(personID: $0.personID.rawValue, area: $0.areaKey, from: $0.from.rawValue, to: $0.to.rawValue, quadrantMove: $0.isQuadrantMove)
        }
    }

    static func area(_ diagnosis: AreaDiagnosis) -> SellerArea {
        let competence = diagnosis.competence
        let execution = diagnosis.execution
        return SellerArea(
            area: diagnosis.areaKey, verdict: diagnosis.verdict.rawValue, missing: diagnosis.missing.map(Missing.init),
            competence: Competence(
                level: competence.level, target: competence.target, gap: competence.gap, rated: competence.rated,
                profiled: competence.profiled, competencies: competence.gaps.map {
                    Competence.Entry(competencyID: $0.competencyID.rawValue, targetLevel: $0.targetLevel, weight: $0.weight, level: $0.level)
                }),
            execution: Execution(
                planned: execution.activities.planned, doneOnTime: execution.activities.doneOnTime, score: execution.score,
                byType: execution.activitiesByType.sorted { $0.key < $1.key }.map {
                    Execution.TypeCount(activityType: $0.key.rawValue, planned: $0.value.planned, doneOnTime: $0.value.doneOnTime)
                },
                stages: execution.stages.map {
                    Execution.Stage(
                        stage: $0.stage.rawValue, advanced: $0.seller.advanced, lostHere: $0.seller.lostHere,
                        referenceAdvanced: $0.reference.advanced, referenceLostHere: $0.reference.lostHere, score: $0.score)
                }))
    }
}

/// The diagnosis thresholds, read and replaced whole (`/api/v1/diagnosis/policy`).
struct DiagnosisPolicyResource: Content {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case tolerance, executionThreshold, minimumPlannedActivities, minimumDecidedDeals, structuralShare, stallShare
    }

    var tolerance: Double
    var executionThreshold: Double
    var minimumPlannedActivities: Int
    var minimumDecidedDeals: Int
    var structuralShare: Double
    var stallShare: Double

    init(_ policy: DiagnosisPolicy) {
        tolerance = policy.tolerance
        executionThreshold = policy.executionThreshold
        minimumPlannedActivities = policy.minimumPlannedActivities
        minimumDecidedDeals = policy.minimumDecidedDeals
        structuralShare = policy.structuralShare
        stallShare = policy.stallShare
    }

    init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        tolerance = try container.decode(Double.self, forKey: .tolerance)
        executionThreshold = try container.decode(Double.self, forKey: .executionThreshold)
        minimumPlannedActivities = try container.decode(Int.self, forKey: .minimumPlannedActivities)
        minimumDecidedDeals = try container.decode(Int.self, forKey: .minimumDecidedDeals)
        structuralShare = try container.decode(Double.self, forKey: .structuralShare)
        stallShare = try container.decode(Double.self, forKey: .stallShare)
    }

    var policy: DiagnosisPolicy {
        DiagnosisPolicy(
            tolerance: tolerance, executionThreshold: executionThreshold, minimumPlannedActivities: minimumPlannedActivities,
            minimumDecidedDeals: minimumDecidedDeals, structuralShare: structuralShare, stallShare: stallShare)
    }
}

/// A framework version's signal map (`…/versions/{version}/signal-map`), read and replaced whole.
struct SignalMapResource: Content {
    struct Area: Content {
        enum CodingKeys: String, CodingKey, CaseIterable {
            case area, activityTypes, stages
        }

        var area: String
        var activityTypes: [String]
        var stages: [String]

        init(_ signals: AreaSignals) {
            area = signals.areaKey
            activityTypes = signals.activityTypes.map(\.rawValue)
            stages = signals.stages.map(\.rawValue)
        }

        init(from decoder: any Decoder) throws {
            try decoder.rejectUnknownKeys(CodingKeys.self)
            let container = try decoder.container(keyedBy: CodingKeys.self)
            area = try container.decode(String.self, forKey: .area)
            activityTypes = try container.decodeIfPresent([String].self, forKey: .activityTypes) ?? []
            stages = try container.decodeIfPresent([String].self, forKey: .stages) ?? []
        }

        var signals: AreaSignals {
            AreaSignals(areaKey: area, activityTypes: activityTypes.map { ActivityType($0) }, stages: stages.map { DealStage($0) })
        }
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case frameworkID, version, areas
    }

    var frameworkID: UUID
    var version: Int
    var areas: [Area]

    init(_ map: DiagnosisSignalMap, reference: FrameworkVersionReference) {
        frameworkID = reference.frameworkID.rawValue
        version = reference.version
        areas = map.areas.map(Area.init)
    }
}

/// Body of `PUT …/signal-map`.
struct SignalMapRequest: Decodable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case areas
    }

    var areas: [SignalMapResource.Area]

    init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        areas = try decoder.container(keyedBy: CodingKeys.self).decode([SignalMapResource.Area].self, forKey: .areas)
    }
}

/// `GET /api/v1/where-to-act`: the start page's answer — sellers, teams and markets ranked,
/// open cycles, and for one person this week's open activities and stalled deals — with the
/// diagnosis it rests on.
struct WhereToActResource: Content {
    struct Seller: Content {
        var personID: UUID
        var name: String
        var competenceGap: Double?
        var execution: RateResource
        var verdicts: [String]
        var stalledDeals: Int
        var postponements: Int
        var excuseProne: Int
        var unreviewed: Int
    }

    struct Group: Content {
        var scope: String
        var name: String
        var sellers: Int
        var attentionShare: Double?
        var execution: RateResource
        var competenceGap: Double?
        var assessedSellers: Int
        var stalledDeals: Int
        var postponements: Int
        var excuseProne: Int
        var distribution: [DiagnosisResource.Count]
    }

    struct Cycle: Content {
        var cycleID: UUID
        var name: String
        var participants: Int
        var openedAt: Date
    }

    struct DueActivity: Content {
        var activityID: UUID
        var activityType: String
        var plannedDate: Date
    }

    struct Stalled: Content {
        var dealID: UUID
        var stage: String
        var daysInStage: Int
        var thresholdDays: Double
        var value: Double
    }

    var diagnosis: DiagnosisResource
    var sellers: [Seller]
    var teams: [Group]
    var markets: [Group]
    var openCycles: [Cycle]
    var dueThisWeek: [DueActivity]
    var stalledDeals: [Stalled]
    var coaching: CoachingGlanceResource?
    var suggestions: [SuggestedSession]
    var practice: PracticeGlanceResource?
    var teamPractice: PracticeTeamResource?
    var impact: ImpactTileResource?

    struct SuggestedSession: Content {
        var personID: UUID
        var suggestion: SuggestionResource
    }

    init(_ report: WhereToAct, language: Language) {
        diagnosis = DiagnosisResource(report.diagnosis, language: language)
        sellers = report.sellers.map {
            Seller(personID: $0.personID.rawValue, name: $0.name, competenceGap: $0.competenceGap, execution: RateResource($0.execution),
                   verdicts: $0.verdicts.map(\.rawValue), stalledDeals: $0.stalledDeals, postponements: $0.postponements,
                   excuseProne: $0.excuseProne, unreviewed: $0.unreviewed)
        }
        func group(_ group: GroupAttention) -> Group {
            Group(scope: group.scope.description, name: group.name, sellers: group.sellers, attentionShare: group.attentionShare,
                  execution: RateResource(group.execution), competenceGap: group.competenceGap, assessedSellers: group.assessedSellers,
                  stalledDeals: group.stalledDeals, postponements: group.postponements, excuseProne: group.excuseProne,
                  distribution: AreaVerdict.allCases.map { DiagnosisResource.Count(key: $0.rawValue, count: group.distribution[$0, default: 0]) })
        }
        teams = report.teams.map(group)
        markets = report.markets.map(group)
        openCycles = report.openCycles.map { Cycle(cycleID: $0.id.rawValue, name: $0.name, participants: $0.participants, openedAt: $0.opened) }
        dueThisWeek = report.dueThisWeek.map { DueActivity(activityID: $0.id.rawValue, activityType: $0.type.rawValue, plannedDate: $0.plannedDate) }
        stalledDeals = report.stalledDeals.map {
            Stalled(dealID: $0.dealID.rawValue, stage: $0.stage.rawValue, daysInStage: $0.daysInStage, thresholdDays: $0.thresholdDays,
                    value: NSDecimalNumber(decimal: $0.value).doubleValue)
        }
        coaching = report.coaching.map(CoachingGlanceResource.init)
        suggestions = report.suggestions.sorted { $0.key < $1.key }
            .map { SuggestedSession(personID: $0.key.rawValue, suggestion: SuggestionResource($0.value)) }
        practice = report.practice.map { PracticeGlanceResource($0, language: language) }
        teamPractice = report.teamPractice.map { PracticeTeamResource($0, language: language) }
        impact = report.impact.map { ImpactTileResource($0, language: language) }
    }
}
