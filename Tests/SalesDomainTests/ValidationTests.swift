import Testing
@testable import SalesDomain

@Suite struct ValidationTests {
    @Test(arguments: [
        ("short", FieldError.Code.tooShort),
        ("elevenchars", .tooShort),
        (String(repeating: "x", count: 129), .tooLong),
    ])
    func passwordsOutsideTheLengthRangeAreRefused(_ example: (String, FieldError.Code)) {
        #expect(throws: FieldError(field: "password", code: example.1, example.1 == .tooShort ? Problem(.textTooShort, ["minimum": "12"]) : Problem(.textTooLong, ["maximum": "128"]))) {
            try PasswordPolicy.validate(example.0)
        }
    }

    @Test func passwordLengthCountsCharactersAndNeedsNoComposition() throws {
        try PasswordPolicy.validate("twelve chars")
        try PasswordPolicy.validate("åäöåäöåäöåäö")
        try PasswordPolicy.validate(String(repeating: "a", count: 128))
    }

    @Test func emailIsTrimmedAndLowerCased() throws {
        #expect(try EmailAddress.normalize("  Anna.Berg@Example.SE ") == "anna.berg@example.se")
    }

    @Test(arguments: ["", "anna", "anna@", "@example.se", "anna@example", "an na@example.se", "a@b@c.se"])
    func malformedEmailsAreRefused(_ raw: String) {
        #expect(throws: FieldError.self) { try EmailAddress.normalize(raw) }
    }

    @Test func aPersonNeedsAName() {
        let draft = PersonDraft(name: "  ", email: "a@b.se", jobRole: .accountExecutive, accessRole: .seller, teamID: nil, marketID: nil)
        #expect(throws: FieldErrors([FieldError(field: "name", code: .required, .valueRequired)])) { try draft.validated() }
    }

    @Test func onlyLeadersKeepLeaderMarkets() throws {
        let draft = PersonDraft(name: "A", email: "a@b.se", jobRole: .accountExecutive, accessRole: .seller,
                                teamID: nil, marketID: nil, leaderMarketIDs: [Fixture.sweden])
        #expect(try draft.validated().leaderMarketIDs.isEmpty)
    }

    @Test func teamNamesAreTrimmedAndRequired() throws {
        #expect(try TeamDraft(name: " Oslo ", parentID: nil, marketID: nil).validated().name == "Oslo")
        #expect(throws: FieldErrors([FieldError(field: "name", code: .required, .valueRequired)])) {
            try TeamDraft(name: "", parentID: nil, marketID: nil).validated()
        }
    }
}
