import Foundation
import KeelStore
import Vapor

/// Runs ``DigestDelivery`` every minute while `keel serve` runs with `KEEL_SMTP_URL` set: a
/// minute is the finest retry delay, and a server started late on a Monday composes the week's
/// digests on its first run. A failed run is logged and the next one tried.
public final class DigestSender: LifecycleHandler, @unchecked Sendable {
    let interval: Duration
    private let lock = NSLock()
    private var task: Task<Void, Never>?

    public init(every interval: Duration = .seconds(60)) {
        self.interval = interval
    }

    public func didBootAsync(_ application: Application) async throws {
        guard let relay = application.keel.configuration.smtp else { return }
        let delivery = DigestDelivery(
            database: application.db, relay: relay, linkBase: application.keel.configuration.linkBase, logger: application.logger)
        let interval = interval
        let task = Task {
            while !Task.isCancelled {
                do {
                    let outcome = try await delivery.run(at: application.keel.now())
                    if outcome.composed + outcome.sent > 0 {
                        application.logger.notice("digest: \(outcome.composed) composed, \(outcome.sent) sent, \(outcome.failed) failed")
                    }
                } catch {
                    application.logger.error("digest: \(String(reflecting: error))")
                }
                try? await Task.sleep(for: interval)
            }
        }
        lock.withLock { self.task = task }
    }

    public func shutdownAsync(_ application: Application) async {
        let task = lock.withLock { self.task }
        task?.cancel()
        await task?.value
    }
}
