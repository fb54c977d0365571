import Vapor

struct TokenRequest: Content {
    var email: String
    var password: String
    var label: String?
}

struct TokenResource: Content {
    var token: String
    var expiresAt: Date
}
