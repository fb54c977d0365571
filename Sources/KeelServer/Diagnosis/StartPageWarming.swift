import Foundation
import KeelStore
import SalesDomain
import Vapor

/// After a start, decides the start pages of each organization's leaders and administrators
/// whose scope is wide (``DiagnosisStore/keepStartPages(asOf:viewers:)``) before they ask: a
/// kept answer is decided once and shared, but the first one after a restart took half a
/// minute at ten thousand sellers, and every request behind it waited too.
public enum StartPageWarming {
    public static func job() -> RepeatingJob {
        RepeatingJob(onceAfterBoot: warm)
    }

    @Sendable
    static func warm(on application: Application) async {
        guard let kept = application.keel.keptScreens else { return }
        let started = ContinuousClock.now
        // Half the kept answers, across organizations: each start page keeps its scope's
        // diagnosis beside it, and more would push out the first ones decided.
        var budget = await kept.capacity / 2
        var decided: [String] = []
        do {
            for organization in try await Organizations(database: application.db).all() where budget > 0 {
                guard !Task.isCancelled else { return }
                let calendar = try await OrganizationSettings(database: application.db, organizationID: organization.id).calendar()
                let store = DiagnosisStore(database: application.db, organizationID: organization.id, calendar: calendar, kept: kept)
                let count = try await store.keepStartPages(asOf: application.keel.now(), viewers: budget)
                budget -= count
                if count > 0 { decided.append("\(organization.slug) \(count)") }
            }
            // Always said, even of none: a load test waits for this line before it measures.
            let elapsed = (ContinuousClock.now - started).components
            let seconds = Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
            application.logger.notice(
                "start pages: decided ahead \(decided.isEmpty ? "none" : decided.joined(separator: ", ")) in \(String(format: "%.1f", seconds)) s")
        } catch {
            application.logger.error("start pages: \(String(reflecting: error))")
        }
    }
}
