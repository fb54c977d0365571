import NIOConcurrencyHelpers
import Vapor

/// Counts the requests a test server is still answering. A handler may outlive the client that
/// sent it (a test that fails mid-burst stops waiting), and one that runs on after the
/// application's shutdown finds its services gone; `TestServer.stop()` waits for none to be left.
final class RequestsInFlight: AsyncMiddleware, Sendable {
    private let count = NIOLockedValueBox(0)

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        count.withLockedValue { $0 += 1 }
        defer { count.withLockedValue { $0 -= 1 } }
        return try await next.respond(to: request)
    }

    /// Returns when no request is being answered, or after `limit` with requests still running.
    func drained(within limit: Duration = .seconds(60)) async {
        let clock = ContinuousClock()
        let deadline = clock.now + limit
        while count.withLockedValue({ $0 }) > 0, clock.now < deadline {
            try? await Task.sleep(for: .milliseconds(20))
        }
    }
}
