import Foundation
import Testing
@testable import SalesDomain

/// Retention periods in whole calendar years of the organization's zone, and the pseudonym an
/// erased person is known by.
@Suite struct RetentionPolicyTests {
    @Test func cutoffsAreWholeYearsBackInTheOrganizationsZone() throws {
        // 2028-03-01 00:30 in Stockholm is 2028-02-29 23:30 UTC; three years back is 2025-03-01 00:30 local.
        let date = try Date("2028-02-29T23:30:00Z", strategy: .iso8601)
        let policy = RetentionPolicy(textYears: 3, leaverYears: 1)
        #expect(policy.textCutoff(asOf: date, calendar: .stockholm) == (try Date("2025-02-28T23:30:00Z", strategy: .iso8601)))
        #expect(policy.leaverCutoff(asOf: date, calendar: .stockholm) == (try Date("2027-02-28T23:30:00Z", strategy: .iso8601)))
        #expect(RetentionPolicy.keepEverything.textCutoff(asOf: date, calendar: .stockholm) == nil)
        #expect(RetentionPolicy.keepEverything.keepsEverything)
    }

    @Test func periodsOutsideOneToFiftyYearsAreRefusedTogether() {
        #expect(throws: FieldErrors([
            FieldError(field: "textYears", code: .invalidValue, .numberBetween, ["minimum": "1", "maximum": "50"]),
            FieldError(field: "leaverYears", code: .invalidValue, .numberBetween, ["minimum": "1", "maximum": "50"]),
        ])) { try RetentionPolicy(textYears: 0, leaverYears: 51).validate() }
        #expect(throws: Never.self) { try RetentionPolicy(textYears: 1, leaverYears: 50).validate() }
    }

    @Test func anErasedPersonsPseudonymComesFromTheirIDAlone() {
        let id = Person.ID(UUID(uuidString: "7F3A0000-0000-0000-0000-000000000001")!)
        let identity = ErasedIdentity(id)
        #expect(identity.name == "Erased person 7f3a")
        #expect(identity.email == "erased-7f3a0000-0000-0000-0000-000000000001@erased.invalid")
        #expect(ErasedIdentity.isErased(email: identity.email))
        #expect(!ErasedIdentity.isErased(email: "anna@erased.invalid.example.com"))
    }
}
