import FluentKit
import Foundation

/// Recent failed sign-ins for one key (`account:EMAIL` or `address:IP`).
final class LoginThrottleModel: Model, @unchecked Sendable {
    static let schema = "login_throttles"

    @ID(custom: "id", generatedBy: .user) var id: String?
    @Field(key: "failures") var failures: Int
    @Field(key: "window_start") var windowStart: Date
    @OptionalField(key: "locked_until") var lockedUntil: Date?

    init() {}
}
