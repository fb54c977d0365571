import SalesDomain
import Vapor

/// The person behind a request, and how they proved it.
struct SignedIn: Authenticatable {
    enum Credential: Sendable {
        /// A browser session; state-changing forms must echo its CSRF token.
        case session(idHash: String, csrfToken: String)
        /// An API bearer token (stored as this hash).
        case bearer(tokenHash: String)
    }

    let person: Person
    let credential: Credential

    var csrfToken: String? {
        if case .session(_, let token) = credential { token } else { nil }
    }
}

extension Request {
    /// The signed-in person; routes behind ``AccessGate`` can rely on it.
    var signedIn: SignedIn {
        get throws {
            guard let signedIn = auth.get(SignedIn.self) else { throw Abort(.unauthorized) }
            return signedIn
        }
    }
}
