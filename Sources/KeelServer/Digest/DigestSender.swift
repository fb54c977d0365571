import Foundation
import KeelStore
import Vapor

/// Runs ``DigestDelivery`` every minute while `keel serve` runs with `KEEL_SMTP_URL` set: a
/// minute is the finest retry delay, and a server started late on a Monday composes the week's
/// digests on its first run. Without a relay it does nothing. A failed run is logged and the
/// next one tried.
public enum DigestSender {
    public static func job(every interval: Duration = .seconds(60)) -> RepeatingJob {
        // Kept across passes, so a week is composed once per process, not every minute.
        let composedWeeks = DigestDelivery.ComposedWeeks()
        return RepeatingJob(every: interval) { application in
            guard let relay = application.keel.configuration.smtp else { return }
            var delivery = DigestDelivery(
                database: application.db, relay: relay, linkBase: application.keel.configuration.linkBase, logger: application.logger)
            delivery.composedWeeks = composedWeeks
            do {
                let outcome = try await delivery.run(at: application.keel.now())
                if outcome.composed + outcome.sent > 0 {
                    application.logger.notice("digest: \(outcome.composed) composed, \(outcome.sent) sent, \(outcome.failed) failed")
                }
            } catch {
                application.logger.error("digest: \(String(reflecting: error))")
            }
        }
    }
}
