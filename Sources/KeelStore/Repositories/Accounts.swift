import FluentKit
import Foundation
import SalesDomain
import SQLKit

/// Sign-in, web sessions, API tokens and login throttling. These look people up by e-mail or
/// by a secret's hash before any organization is known, so they are not tenant-bound; every
/// result carries the person's organization, which then binds everything else.
public struct Accounts: Sendable {
    public let database: any Database

    public init(database: any Database) {
        self.database = database
    }

    /// The person who signs in with `email`, and their password hash if they have one.
    public func credentials(email: String) async throws -> (person: Person, passwordHash: String?)? {
        guard let model = try await PersonModel.query(on: database).filter(\.$email == email.lowercased()).first() else {
            return nil
        }
        let directory = Directory(database: database, organizationID: .init(model.organizationID))
        guard let person = try await directory.withLeaderMarkets([model]).first else { return nil }
        return (person, model.passwordHash)
    }

    /// Sets a new password hash and signs the person out everywhere: their web sessions end and
    /// their API tokens are revoked at `date`, so an old credential opens nothing — except the
    /// one a person changing their own password used (`keepingSession` or `keepingToken`, a
    /// hash), so the change does not sign them out of the page they made it on.
    /// The change is audited with how many sessions and tokens it ended, never the hash.
    public func setPasswordHash(
        _ hash: String, for id: Person.ID, actor: Person.ID? = nil, keepingSession: String? = nil, keepingToken: String? = nil,
        at date: Date
    ) async throws {
        try await database.writeTransaction { database in
            guard let person = try await PersonModel.find(id.rawValue, on: database) else {
                throw RecordNotFound(entity: "person", id: id.description)
            }
            person.passwordHash = hash
            try await person.save(on: database)
            var ended = WebSessionModel.query(on: database).filter(\.$personID == id.rawValue)
            if let keepingSession { ended = ended.filter(\.$id != keepingSession) }
            let sessions = try await ended.copy().count()
            try await ended.delete()
            var live = APITokenModel.query(on: database).filter(\.$personID == id.rawValue).filter(\.$revokedAt == nil)
            if let keepingToken { live = live.filter(\.$tokenHash != keepingToken) }
            let tokens = try await live.copy().count()
            try await live.set(\.$revokedAt, to: date).update()
            try await AuditTrail.record(
                on: database, organizationID: .init(person.organizationID), actor: actor, entity: "password", entityID: id.rawValue,
                subject: id, action: "changed",
                changes: ["sessionsEnded": .init(old: nil, new: String(sessions)), "tokensRevoked": .init(old: nil, new: String(tokens))],
                at: date)
        }
    }

    /// A sign-in attempt on an account that exists, with the e-mail as typed (lower-cased) and
    /// where it came from; the password is never passed here. Attempts for an e-mail nobody
    /// signs in with belong to no organization and go to the server log only.
    public func recordSignIn(
        _ person: Person, succeeded: Bool, email: String, channel: String, address: String?, at date: Date
    ) async throws {
        var changes: [String: AuditTrail.Change] = ["email": .init(old: nil, new: email), "channel": .init(old: nil, new: channel)]
        if let address { changes["address"] = .init(old: nil, new: address) }
        try await AuditTrail.record(
            on: database, organizationID: person.organizationID, actor: succeeded ? person.id : nil, entity: "sign_in",
            entityID: person.id.rawValue, subject: person.id, action: succeeded ? "succeeded" : "failed", changes: changes, at: date)
    }

    // MARK: Web sessions

    public func createSession(idHash: String, for person: Person, csrfToken: String, at date: Date, expiresAt: Date) async throws {
        let session = WebSessionModel()
        session.id = idHash
        session.organizationID = person.organizationID.rawValue
        session.personID = person.id.rawValue
        session.csrfToken = csrfToken
        session.createdAt = date
        session.expiresAt = expiresAt
        try await session.create(on: database)
    }

    /// The active person behind an unexpired session, and the session's CSRF token.
    public func session(idHash: String, now: Date) async throws -> (person: Person, csrfToken: String)? {
        guard let session = try await WebSessionModel.find(idHash, on: database), session.expiresAt > now,
              let person = try await activePerson(.init(session.personID))
        else { return nil }
        return (person, session.csrfToken)
    }

    public func deleteSession(idHash: String) async throws {
        try await WebSessionModel.query(on: database).filter(\.$id == idHash).delete()
    }

    public func deleteExpiredSessions(now: Date) async throws {
        try await WebSessionModel.query(on: database).filter(\.$expiresAt <= now).delete()
    }

    // MARK: API tokens

    /// `actor` is who asked for it: the person themself through the API, nobody named from the command line.
    public func createToken(
        hash: String, for person: Person, label: String, actor: Person.ID? = nil, at date: Date, expiresAt: Date
    ) async throws {
        try await database.writeTransaction { database in
            let token = APITokenModel()
            token.id = UUID()
            token.organizationID = person.organizationID.rawValue
            token.personID = person.id.rawValue
            token.tokenHash = hash
            token.label = label
            token.createdAt = date
            token.expiresAt = expiresAt
            try await token.create(on: database)
            try await AuditTrail.record(
                on: database, organizationID: person.organizationID, actor: actor, entity: "api_token", entityID: token.id!,
                subject: person.id, action: "created",
                changes: ["label": .init(old: nil, new: label), "expiresAt": .init(old: nil, new: expiresAt.formatted(.iso8601))], at: date)
        }
    }

    /// The active person a bearer token belongs to, if the token is neither expired nor revoked.
    /// Every API request asks this first, so it is one plain SQL read of the token with its
    /// person (and a leader's markets) instead of ORM reads.
    public func tokenOwner(hash: String, now: Date) async throws -> Person? {
        let sql = database as! any SQLDatabase
        guard let row = try await sql.raw("""
            SELECT t."revoked_at", t."expires_at", \(unsafeRaw: PersonRow.columns(of: "p"))
            FROM "api_tokens" t JOIN "people" p ON p."id" = t."person_id"
            WHERE t."token_hash" = \(bind: hash)
            """).first(),
            try row.decode(column: "revoked_at", as: Date?.self) == nil,
            try row.decode(column: "expires_at", as: Date.self) > now,
            try row.decode(column: "is_active", as: Bool.self)
        else { return nil }
        var markets: [Market.ID] = []
        if try PersonRow.accessRole(row) == .leader {
            markets = try await sql.raw("""
                SELECT "market_id" FROM "leader_markets" WHERE "person_id" = \(bind: try row.decode(column: "id", as: UUID.self))
                """).all(decodingColumn: "market_id", as: UUID.self).map(Market.ID.init).sorted()
        }
        return try PersonRow.person(row, leaderMarketIDs: markets)
    }

    /// Revokes a token by its hash, by its owner; revoking twice is harmless and audited once.
    public func revokeToken(hash: String, at date: Date) async throws {
        try await database.writeTransaction { database in
            guard let token = try await APITokenModel.query(on: database)
                .filter(\.$tokenHash == hash).filter(\.$revokedAt == nil).first()
            else { return }
            token.revokedAt = date
            try await token.save(on: database)
            let owner = Person.ID(token.personID)
            try await AuditTrail.record(
                on: database, organizationID: .init(token.organizationID), actor: owner, entity: "api_token", entityID: token.id!,
                subject: owner, action: "revoked", changes: ["label": .init(old: token.label, new: nil)], at: date)
        }
    }

    // MARK: Throttling

    public func throttleState(_ key: String) async throws -> LoginThrottleState? {
        try await LoginThrottleModel.find(key, on: database).map {
            LoginThrottleState(failures: $0.failures, windowStart: $0.windowStart, lockedUntil: $0.lockedUntil)
        }
    }

    /// Counts one sign-in attempt against every key, or refuses it when any key is locked:
    /// read, decide and write in one transaction with the keys' rows locked, so attempts that
    /// arrive together are counted one after another — on one node or several.
    /// - Returns: when the attempt may be tried again, or `nil` when it may be evaluated now.
    public func admitSignIn(_ keys: [(key: String, policy: LoginThrottlePolicy)], at now: Date) async throws -> Date? {
        try await database.writeTransaction { database in
            let sql = database as! any SQLDatabase
            var counted: [(key: String, state: LoginThrottleState)] = []
            for (key, policy) in keys {
                // A row for a new key first, so the one below is there to lock.
                try await sql.insert(into: LoginThrottleModel.schema).columns("id", "failures", "window_start", "locked_until")
                    .values(SQLBind(key), SQLBind(0), SQLBind(now), SQLLiteral.null)
                    .ignoringConflicts(with: "id").run()
                let row = try await sql.select().columns("failures", "window_start", "locked_until").from(LoginThrottleModel.schema)
                    .where("id", .equal, key).for(.update).first(decoding: ThrottleRow.self)
                let state = row.map { LoginThrottleState(failures: $0.failures, windowStart: $0.window_start, lockedUntil: $0.locked_until) }
                switch policy.admitting(state, now: now) {
                case .refused(let retryAfter): return retryAfter
                case .admitted(let next): counted.append((key, next))
                }
            }
            for (key, state) in counted {
                try await sql.update(LoginThrottleModel.schema)
                    .set("failures", to: state.failures).set("window_start", to: state.windowStart)
                    .set("locked_until", to: state.lockedUntil.map { SQLBind($0) as any SQLExpression } ?? SQLLiteral.null)
                    .where("id", .equal, key).run()
            }
            return nil
        }
    }

    /// Gives back the attempt a successful sign-in was counted as, so people who sign in from
    /// one office address do not lock it.
    public func refundSignIn(_ key: String) async throws {
        try await (database as! any SQLDatabase).update(LoginThrottleModel.schema)
            .set(SQLIdentifier("failures"), to: SQLRaw("failures - 1"))
            .where("id", .equal, key).where("failures", .greaterThan, 0).run()
    }

    private struct ThrottleRow: Decodable {
        var failures: Int
        var window_start: Date
        var locked_until: Date?
    }

    public func clearThrottle(_ key: String) async throws {
        try await LoginThrottleModel.query(on: database).filter(\.$id == key).delete()
    }

    private func activePerson(_ id: Person.ID) async throws -> Person? {
        guard let model = try await PersonModel.find(id.rawValue, on: database), model.isActive else { return nil }
        return try await Directory(database: database, organizationID: .init(model.organizationID))
            .withLeaderMarkets([model]).first
    }
}
