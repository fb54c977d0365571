import KeelStore
import SalesDomain
import Vapor

/// Checks an e-mail and password, with throttling per account and per network address.
///
/// An unknown e-mail gets the same answer, after the same bcrypt work, as a wrong password, so
/// neither the message nor the timing tells whether someone has an account.
struct SignIn {
    enum Outcome {
        case signedIn(Person)
        case invalidCredentials
        case throttled(retryAfter: Date)
    }

    let request: Request

    func attempt(email rawEmail: String, password: String) async throws -> Outcome {
        let email = rawEmail.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        let now = request.now
        let accounts = request.accounts
        let keys = Self.throttleKeys(email: email, request: request)
        // Counted before the password is checked: a burst of guesses gets the policy's number evaluated, no more.
        if let retryAfter = try await accounts.admitSignIn(keys, at: now) {
            return .throttled(retryAfter: retryAfter)
        }
        let credentials = try await accounts.credentials(email: email)
        let hash = credentials?.passwordHash ?? request.application.timingEqualizerHash
        let matches = try await request.password.async.verify(password, created: hash)
        let channel = request.url.path.hasPrefix("/api/") ? "api" : "web"
        let address = request.remoteAddress?.ipAddress
        guard matches, let person = credentials?.person, credentials?.passwordHash != nil, person.isActive else {
            request.logger.notice("sign-in failed", metadata: ["email": .string(email)])
            if let person = credentials?.person {
                try await accounts.recordSignIn(person, succeeded: false, email: email, channel: channel, address: address, at: now)
            }
            return .invalidCredentials
        }
        try await accounts.clearThrottle(keys[0].key)
        try await accounts.refundSignIn(keys[1].key)
        try await accounts.recordSignIn(person, succeeded: true, email: email, channel: channel, address: address, at: now)
        request.logger.info("signed in", metadata: ["person": .string(person.id.description)])
        return .signedIn(person)
    }

    /// What guesses at a password are counted under: the account and the network address. A
    /// signed-in person changing their own password is counted under the same two, so a stolen
    /// session gives no second budget of guesses at the password it would need.
    static func throttleKeys(email: String, request: Request) -> [(key: String, policy: LoginThrottlePolicy)] {
        [
            (key: "account:\(email.lowercased())", policy: LoginThrottlePolicy.perAccount),
            (key: "address:\(request.remoteAddress?.ipAddress ?? "unknown")", policy: LoginThrottlePolicy.perAddress),
        ]
    }
}

extension Application {
    private struct TimingEqualizerKey: StorageKey {
        typealias Value = String
    }

    /// A bcrypt hash of nothing anyone knows, verified against when an e-mail is unknown.
    var timingEqualizerHash: String {
        get { storage[TimingEqualizerKey.self] ?? "" }
        set { storage[TimingEqualizerKey.self] = newValue }
    }
}
