import FluentKit
import Foundation
import KeelStore
import SalesDomain

/// The history the coaching, impact and practice benchmarks share: `weeks` of execution before
/// the organization's creation, the demo's assessments and calibration, and a year of coaching
/// sessions with their next steps — with practice plans and their repetitions when asked for.
struct CoachedHistory {
    var weeks: Int
    var seed: UInt64 = 31
    var practice = false

    func store(_ demo: DemoOrganization, _ database: any Database) async throws -> String {
        let organizationID = demo.organization.id
        let now = demo.organization.createdAt
        let calendar = try await OrganizationSettings(database: database, organizationID: organizationID).calendar()
        let spec = try DemoExecutionSpec.weeks(weeks, endingBefore: now, seed: seed, calendar: calendar).validated()
        let generator = DemoExecutionGenerator(demo, spec: spec)
        let execution = try await ExecutionSeeding(database: database, organizationID: organizationID).store(generator, at: now)
        try await CompetenceSeeding(database: database, organizationID: organizationID).storeDemo(for: demo, seed: seed, now: now)
        let coaching = try await CoachingSeeding(database: database, organizationID: organizationID)
            .storeDemo(for: demo, execution: generator.patterns, seed: seed, now: now)
        var summary = "\(execution.activities) activities, \(coaching.sessions) coaching sessions, \(coaching.items) next steps"
        if practice {
            let practice = try await PracticeSeeding(database: database, organizationID: organizationID).storeDemo(for: demo, seed: seed, now: now)
            summary += ", \(practice.entries) practice plan items, \(practice.reps) repetitions"
        }
        return summary
    }
}
