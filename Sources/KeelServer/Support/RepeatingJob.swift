import Foundation
import Vapor

/// Work `keel serve` does on its own while it runs: once the server has booted, then again
/// every `interval` (if any) until it shuts down, when the running pass is cancelled and
/// awaited. The work logs its own failures; the next pass is tried either way.
public final class RepeatingJob: LifecycleHandler, @unchecked Sendable {
    let interval: Duration?
    let work: @Sendable (Application) async -> Void
    private let lock = NSLock()
    private var task: Task<Void, Never>?

    public init(every interval: Duration, _ work: @escaping @Sendable (Application) async -> Void) {
        self.interval = interval
        self.work = work
    }

    /// Work done once, in the background, once the server has booted.
    public init(onceAfterBoot work: @escaping @Sendable (Application) async -> Void) {
        self.interval = nil
        self.work = work
    }

    public func didBootAsync(_ application: Application) async throws {
        let interval = interval
        let work = work
        let task = Task {
            while !Task.isCancelled {
                await work(application)
                guard let interval else { return }
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
