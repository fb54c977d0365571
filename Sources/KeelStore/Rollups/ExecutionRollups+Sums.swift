import Foundation
import SalesDomain
import SQLKit

/// Per-person sums over a span, added up by the database: what the diagnosis reads of each
/// seller, one row per person and type (or stage, or reason) where the rollup holds one per week
/// or month as well.
extension ExecutionRollups {
    struct ActivitySum: Hashable, Sendable {
        var execution: ExecutionRate
        var lateForVerifiedObstacle: Int
    }

    /// Planned, done-on-time and late-for-obstacle activities per person and type over `weeks`.
    func activitySums(scopes: [UUID], weeks: ClosedRange<ISOWeek>) async throws -> [UUID: [ActivityType: ActivitySum]] {
        struct Row: Decodable {
            var scope_id: UUID
            var activity_type: String
            var planned: Int
            var done: Int
            var late: Int
        }
        var sums: [UUID: [ActivityType: ActivitySum]] = [:]
        for chunk in scopes.chunked(into: 500) {
            // PostgreSQL sums BIGINT as NUMERIC.
            let rows = try await sql.select().column("scope_id").column("activity_type")
                .column(SQLRaw(#"CAST(SUM("planned") AS BIGINT)"#), as: "planned")
                .column(SQLRaw(#"CAST(SUM("done_by_planned_week") AS BIGINT)"#), as: "done")
                .column(SQLRaw(#"CAST(SUM("late_for_verified_obstacle") AS BIGINT)"#), as: "late")
                .from(Self.weekTable).where("scope_id", .in, Array(chunk))
                .where("week", .greaterThanOrEqual, weeks.lowerBound.description).where("week", .lessThanOrEqual, weeks.upperBound.description)
                .groupBy("scope_id").groupBy("activity_type")
                .all(decoding: Row.self)
            for row in rows where row.planned != 0 || row.late != 0 {
                sums[row.scope_id, default: [:]][ActivityType(rawValue: row.activity_type)] = ActivitySum(
                    execution: ExecutionRate(planned: row.planned, doneOnTime: row.done), lateForVerifiedObstacle: row.late)
            }
        }
        return sums
    }

    /// Conversion per person and stage, for deals whose first entry into the stage falls in `months`.
    func conversionSums(scopes: [UUID], months: ClosedRange<CalendarMonth>, pipeline: DealPipeline) async throws -> [UUID: [DealStage: StageConversion]] {
        struct Row: Decodable {
            var scope_id: UUID
            var kind: String
            var stage: String
            var count: Int
        }
        var sums: [UUID: [DealStage: StageConversion]] = [:]
        let kinds: [DealFactKey.Kind] = [.entered, .advanced, .lostHere, .openHere]
        for chunk in scopes.chunked(into: 500) {
            let rows = try await sql.select().column("scope_id").column("kind").column("stage")
                .column(SQLRaw(#"CAST(SUM("count") AS BIGINT)"#), as: "count")
                .from(Self.dealTable).where("scope_id", .in, Array(chunk)).where("kind", .in, kinds.map(\.rawValue))
                .where("month", .greaterThanOrEqual, months.lowerBound.description).where("month", .lessThanOrEqual, months.upperBound.description)
                .groupBy("scope_id").groupBy("kind").groupBy("stage")
                .all(decoding: Row.self)
            for row in rows {
                let stage = DealStage(row.stage)
                guard pipeline.position(of: stage) != nil, let kind = DealFactKey.Kind(rawValue: row.kind) else { continue }
                var conversion = sums[row.scope_id]?[stage] ?? StageConversion(stage: stage)
                switch kind {
                case .entered: conversion.entered += row.count
                case .advanced: conversion.advanced += row.count
                case .lostHere: conversion.lostHere += row.count
                case .openHere: conversion.openHere += row.count
                default: break
                }
                sums[row.scope_id, default: [:]][stage] = conversion
            }
        }
        return sums
    }

    struct ReasonSum: Hashable, Sendable {
        var postponements: Int
        var verifiedObstacles: Int
    }

    /// Postponements and verified obstacles per person and reason over `months`.
    func reasonSums(scopes: [UUID], months: ClosedRange<CalendarMonth>) async throws -> [UUID: [ReasonCode: ReasonSum]] {
        struct Row: Decodable {
            var scope_id: UUID
            var reason_code: String
            var postponements: Int
            var verified: Int
        }
        var sums: [UUID: [ReasonCode: ReasonSum]] = [:]
        let periods = ReportingPeriod.month(months.lowerBound)...ReportingPeriod.month(months.upperBound)
        for chunk in scopes.chunked(into: 500) {
            // Text ranges over "2026-01" would also match weeks such as "2026-W02"; the LIKE keeps months.
            let rows = try await sql.select().column("scope_id").column("reason_code")
                .column(SQLRaw(#"CAST(SUM("postponements") AS BIGINT)"#), as: "postponements")
                .column(SQLRaw(#"CAST(SUM("verified_obstacles") AS BIGINT)"#), as: "verified")
                .from(Self.reasonTable).where("scope_id", .in, Array(chunk))
                .where("period", .greaterThanOrEqual, periods.lowerBound.description).where("period", .lessThanOrEqual, periods.upperBound.description)
                .where(SQLRaw(#""period" NOT LIKE '%W%'"#))
                .groupBy("scope_id").groupBy("reason_code")
                .all(decoding: Row.self)
            for row in rows where row.postponements != 0 || row.verified != 0 {
                sums[row.scope_id, default: [:]][ReasonCode(rawValue: row.reason_code)] = ReasonSum(postponements: row.postponements, verifiedObstacles: row.verified)
            }
        }
        return sums
    }
}
