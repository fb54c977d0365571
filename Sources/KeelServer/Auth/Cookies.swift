import Foundation
import Vapor

/// The cookies Keel sets. All are HttpOnly and SameSite=Lax, and Secure behind https.
enum KeelCookie {
    static let session = "keel_session"
    /// Double-submit token for forms shown before sign-in (the sign-in form itself).
    static let csrf = "keel_csrf"
    /// The language chosen before signing in; after sign-in the person's own setting wins.
    static let language = "keel_lang"

    static func value(_ string: String, maxAge: Int?, on request: Request) -> HTTPCookies.Value {
        HTTPCookies.Value(
            string: string, expires: nil, maxAge: maxAge, domain: nil, path: "/",
            isSecure: request.application.keel.configuration.secureCookies, isHTTPOnly: true, sameSite: .lax
        )
    }

    static func expired(on request: Request) -> HTTPCookies.Value {
        value("", maxAge: 0, on: request)
    }
}
