import Foundation
import KeelStore
import SalesDomain
import Vapor

/// Applies every organization's retention policy when the server has started and every hour
/// after, so texts and leavers are erased on time without a cron job (`keel retention apply`
/// does the same for those who prefer one). A failed run is logged and tried again next hour.
public enum RetentionSchedule {
    public static func job(every interval: Duration = .seconds(3600)) -> RepeatingJob {
        RepeatingJob(every: interval, applyAll)
    }

    @Sendable
    static func applyAll(on application: Application) async {
        do {
            for organization in try await Organizations(database: application.db).all() {
                let outcome = try await RetentionSweep(database: application.db, organizationID: organization.id)
                    .apply(at: application.keel.now(), actor: nil)
                if !outcome.isEmpty {
                    application.logger.notice("retention: \(organization.slug): \(outcome.erasedPeople.count) people erased, texts \(outcome.texts)")
                }
            }
        } catch {
            application.logger.error("retention: \(String(reflecting: error))")
        }
    }
}
