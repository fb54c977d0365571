import Vapor

/// Errors that only web pages raise.
enum WebError: Error {
    /// The form's CSRF token did not match.
    case csrfMismatch
}
