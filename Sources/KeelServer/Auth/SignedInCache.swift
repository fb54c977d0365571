import Foundation
import NIOConcurrencyHelpers
import SalesDomain

/// Who a session or an API token belongs to — and, once asked, what they may see, their `/me`
/// and the markets — remembered for a few seconds, so that a signed-in read needs no statement to know
/// its viewer. Reading the token, the person, a manager's subtree and `/me`'s organization and
/// team took four to six statements, and each costs far more in Fluent and the thread hop
/// than in SQLite: a signed-in `/me` served a tenth of what `/healthz` does.
///
/// Every write request forgets its organization's entries as it ends
/// (``SignedInCacheInvalidation``), so on one node a revoked token, a changed password, a
/// deactivation or a team move counts from the very next request. A change made elsewhere —
/// another node, the command line, the retention sweep — counts once `lifetime` has passed:
/// that delay is what the cache costs, and why it is seconds, not minutes.
final class SignedInCache: Sendable {
    struct Entry: Sendable {
        var signedIn: SignedIn
        var policy: AccessPolicy?
        var me: MeResource?
        var markets: ListResource<MarketResource>?
        let storedAt: Date
        let generation: Int
    }

    private struct State {
        var entries: [String: Entry] = [:]
        /// Bumped by each write in an organization; an entry from an older one is not used.
        var generations: [Organization.ID: Int] = [:]
        /// Every write anywhere: what was read while one ended is not remembered.
        var writes = 0
    }

    let lifetime: TimeInterval
    /// A bound on memory: past it the oldest half of the entries go.
    let capacity: Int
    private let state = NIOLockedValueBox(State())

    init(lifetime: TimeInterval, capacity: Int = 20_000) {
        self.lifetime = lifetime
        self.capacity = capacity
    }

    /// Taken before reading from the database; what was read is remembered only if no write
    /// ended in between, so a read racing a write cannot keep the older state alive.
    var mark: Int { state.withLockedValue(\.writes) }

    /// The entry for a credential's hash, when it was stored less than `lifetime` ago and no
    /// write in its organization came after it.
    func entry(for credentialHash: String, now: Date) -> Entry? {
        state.withLockedValue { state in
            guard let entry = state.entries[credentialHash] else { return nil }
            let fresh = entry.storedAt <= now && now.timeIntervalSince(entry.storedAt) < lifetime
            guard fresh, entry.generation == state.generations[entry.signedIn.person.organizationID, default: 0] else {
                state.entries[credentialHash] = nil
                return nil
            }
            return entry
        }
    }

    /// Remembers who a credential belongs to, as read from the database since `mark`.
    func remember(_ signedIn: SignedIn, for credentialHash: String, now: Date, readSince mark: Int) {
        state.withLockedValue { state in
            guard state.writes == mark else { return }
            if state.entries.count >= capacity {
                let oldestFirst = state.entries.sorted { $0.value.storedAt < $1.value.storedAt }
                for (hash, _) in oldestFirst.prefix(capacity / 2) { state.entries[hash] = nil }
            }
            let generation = state.generations[signedIn.person.organizationID, default: 0]
            state.entries[credentialHash] = Entry(signedIn: signedIn, storedAt: now, generation: generation)
        }
    }

    /// Adds what was worked out for a remembered credential since `mark` — its policy or its
    /// `/me` — to its entry.
    func amend(_ credentialHash: String, readSince mark: Int, _ change: (inout Entry) -> Void) {
        state.withLockedValue { state in
            guard state.writes == mark, var entry = state.entries[credentialHash] else { return }
            change(&entry)
            state.entries[credentialHash] = entry
        }
    }

    /// Forgets every entry of an organization: something in it was written.
    func forget(organization: Organization.ID) {
        state.withLockedValue { state in
            state.generations[organization, default: 0] += 1
            state.writes += 1
        }
    }
}

extension SignedIn.Credential {
    /// The hash the credential is stored and remembered under.
    var hash: String {
        switch self {
        case .session(let idHash, _): idHash
        case .bearer(let tokenHash): tokenHash
        }
    }
}
