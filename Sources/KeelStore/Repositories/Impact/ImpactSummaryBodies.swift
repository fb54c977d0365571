import Foundation
import NIOConcurrencyHelpers
import SalesDomain

/// Kept estimates decoded once per process, by their stored text. Every leader's start page
/// reads all of the organization's kept estimates (hundreds at 10,000 sellers) and decoding their
/// JSON on each request was a tenth of the page's time, while the text changes only when a
/// refresh rewrites it. Keyed by the text itself, so a kept value can never be stale: a rewritten
/// estimate is a new key.
enum ImpactSummaryBodies {
    /// Enough for every kept estimate of several large organizations; past it the cache starts again.
    static let capacity = 20_000

    private static let decoded = NIOLockedValueBox<[String: ImpactSummary]>([:])

    static func decode(_ bodies: [String]) throws -> [ImpactSummary] {
        var found = decoded.withLockedValue { kept in bodies.map { kept[$0] } }
        var fresh: [(String, ImpactSummary)] = []
        let decoder = JSONDecoder()
        for index in bodies.indices where found[index] == nil {
            let summary = try decoder.decode(ImpactSummary.self, from: Data(bodies[index].utf8))
            found[index] = summary
            fresh.append((bodies[index], summary))
        }
        if !fresh.isEmpty {
            decoded.withLockedValue { kept in
                if kept.count + fresh.count > capacity { kept.removeAll(keepingCapacity: true) }
                for (body, summary) in fresh { kept[body] = summary }
            }
        }
        return found.map { $0! }
    }
}
