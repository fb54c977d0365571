import Testing
@testable import SalesDomain

@Suite struct RoleProfileTests {
    let framework = CompetenceFixture.framework(publishedAt: CompetenceFixture.day(0))

    @Test func aProfileOfKnownCompetenciesOnTheScaleIsValid() throws {
        try CompetenceFixture.profile().validate(against: framework)
        #expect(CompetenceFixture.profile().targets == [CompetenceFixture.competencyID(1): 4, CompetenceFixture.competencyID(2): 3])
    }

    @Test(arguments: [
        (RoleProfileEntry(competencyID: CompetenceFixture.competencyID(9), targetLevel: 3), "entries[2].competencyID", FieldError.Code.notFound),
        (RoleProfileEntry(competencyID: CompetenceFixture.competencyID(1), targetLevel: 3), "entries[2].competencyID", .duplicate),
        (RoleProfileEntry(competencyID: CompetenceFixture.competencyID(3), targetLevel: 6), "entries[2].targetLevel", .invalidValue),
        (RoleProfileEntry(competencyID: CompetenceFixture.competencyID(3), targetLevel: 0), "entries[2].targetLevel", .invalidValue),
        (RoleProfileEntry(competencyID: CompetenceFixture.competencyID(3), targetLevel: 3, weight: 0), "entries[2].weight", .invalidValue),
        (RoleProfileEntry(competencyID: CompetenceFixture.competencyID(3), targetLevel: 3, weight: .nan), "entries[2].weight", .invalidValue),
    ])
    func badEntriesAreRefusedNamingTheField(_ example: (RoleProfileEntry, String, FieldError.Code)) {
        var profile = CompetenceFixture.profile()
        profile.entries.append(example.0)
        let error = #expect(throws: FieldErrors.self) { try profile.validate(against: framework) }
        #expect(error?.errors.map(\.field) == [example.1])
        #expect(error?.errors.first?.code == example.2)
    }

    @Test func anEmptyProfileOrOneOfAnotherFrameworkIsRefused() {
        var empty = CompetenceFixture.profile()
        empty.entries = []
        #expect(throws: FieldErrors.self) { try empty.validate(against: framework) }
        var foreign = CompetenceFixture.profile()
        foreign.frameworkID = CompetencyFramework.ID(CompetenceFixture.uuid(30, 2))
        #expect(throws: FieldErrors.self) { try foreign.validate(against: framework) }
        #expect(foreign.problems(against: framework).map(\.field) == ["frameworkID"], "another framework's profile is that alone")
    }

    /// Every entry's problems at once, both of an entry whose target and weight are wrong.
    @Test func everyProblemOfEveryEntryIsFoundAtOnce() {
        var profile = CompetenceFixture.profile()
        profile.entries = [
            RoleProfileEntry(competencyID: CompetenceFixture.competencyID(1), targetLevel: 9, weight: -1),
            RoleProfileEntry(competencyID: CompetenceFixture.competencyID(9), targetLevel: 3),
            RoleProfileEntry(competencyID: CompetenceFixture.competencyID(1), targetLevel: 3),
            RoleProfileEntry(competencyID: CompetenceFixture.competencyID(2), targetLevel: 3, weight: 0),
        ]
        #expect(profile.problems(against: framework).map(\.field) == [
            "entries[0].targetLevel", "entries[0].weight", "entries[1].competencyID", "entries[2].competencyID", "entries[3].weight",
        ])
    }

    @Test func theMarketsOwnProfileWinsOverTheGeneralOne() {
        let general = CompetenceFixture.profile(id: 1)
        let norway = CompetenceFixture.profile(marketID: Fixture.norway, id: 2)
        var sdr = CompetenceFixture.profile(id: 3)
        sdr.jobRole = .salesDevelopmentRepresentative
        let profiles = [norway, general, sdr]
        let swede = Fixture.person(1, team: 1, market: Fixture.sweden)
        let norwegian = Fixture.person(2, team: 5, market: Fixture.norway)
        var developer = Fixture.person(3, team: 1)
        developer.jobRole = .salesDevelopmentRepresentative
        var manager = Fixture.person(4, team: 1)
        manager.jobRole = .salesManager

        #expect(RoleProfile.applicable(to: swede, framework: CompetenceFixture.frameworkID, among: profiles) == general)
        #expect(RoleProfile.applicable(to: norwegian, framework: CompetenceFixture.frameworkID, among: profiles) == norway)
        #expect(RoleProfile.applicable(to: developer, framework: CompetenceFixture.frameworkID, among: profiles) == sdr)
        #expect(RoleProfile.applicable(to: manager, framework: CompetenceFixture.frameworkID, among: profiles) == nil)
        #expect(RoleProfile.applicable(to: swede, framework: CompetencyFramework.ID(CompetenceFixture.uuid(30, 2)), among: profiles) == nil)
    }
}
