import Testing
@testable import SalesDomain

/// The "bad input" list of issue 3 for ratings: each is refused with the field it concerns.
@Suite struct RatingValidationTests {
    let cycle = CompetenceFixture.cycle(participants: [1, 2])
    let scale = RatingScale.standard
    let profile = CompetenceFixture.profile() // competencies 1 and 2

    func refusal(_ rating: Rating, cycle: AssessmentCycle? = nil, stored: Rating? = nil) -> FieldError? {
        #expect(throws: FieldError.self) {
            try rating.validate(in: cycle ?? self.cycle, scale: scale, profile: profile, replacing: stored)
        }
    }

    @Test func aManagerRatingOnTheScaleOfAProfileCompetencyIsAccepted() throws {
        try CompetenceFixture.rating(1, rater: 9, ratee: 1, competency: 1, .manager, level: 5, submitted: false)
            .validate(in: cycle, scale: scale, profile: profile)
        try CompetenceFixture.rating(2, rater: 1, ratee: 1, competency: 2, .selfAssessment, level: 1, submitted: false)
            .validate(in: cycle, scale: scale, profile: profile)
    }

    @Test(arguments: [0, 6, -3])
    func aLevelOutsideTheScaleIsRefused(_ level: Int) {
        let error = refusal(CompetenceFixture.rating(1, rater: 9, ratee: 1, competency: 1, .manager, level: level))
        #expect(error == FieldError(field: "level", code: .invalidValue, .levelOutsideScale, ["level": String(level), "scale": "1–5"]))
    }

    @Test func aCompetencyOutsideTheRoleProfileIsRefused() {
        let error = refusal(CompetenceFixture.rating(1, rater: 9, ratee: 1, competency: 3, .manager, level: 3))
        #expect(error?.field == "competencyID")
        #expect(error?.problem == Problem(.competencyNotInProfile))
    }

    @Test func withoutARoleProfileNoCompetencyCanBeRated() throws {
        let rating = CompetenceFixture.rating(1, rater: 9, ratee: 1, competency: 1, .manager, level: 3)
        let error = #expect(throws: FieldError.self) { try rating.validate(in: cycle, scale: scale, profile: nil) }
        #expect(error?.field == "competencyID")
    }

    @Test func submittingTwiceIsRefused() throws {
        let draft = CompetenceFixture.rating(1, rater: 9, ratee: 1, competency: 1, .manager, level: 3, submitted: false)
        let submitted = try draft.submitted(at: CompetenceFixture.day(5))
        #expect(submitted.status == .submitted)
        #expect(submitted.submittedAt == CompetenceFixture.day(5))

        let error = #expect(throws: FieldError.self) { try submitted.submitted(at: CompetenceFixture.day(6)) }
        #expect(error?.field == "status")
        #expect(error?.code == .conflict)
        // Changing a submitted rating by saving over it is the same second submission.
        var changed = submitted
        changed.level = 4
        #expect(refusal(changed, stored: submitted)?.field == "status")
    }

    @Test func aSelfAssessmentOfSomeoneElseIsRefused() {
        let error = refusal(CompetenceFixture.rating(1, rater: 2, ratee: 1, competency: 1, .selfAssessment, level: 3))
        #expect(error == FieldError(field: "source", code: .invalidValue, .selfAssessmentByOther))
    }

    @Test(arguments: [RatingSource.manager, .peer])
    func ratingOneselfAsManagerOrPeerIsRefused(_ source: RatingSource) {
        let error = refusal(CompetenceFixture.rating(1, rater: 1, ratee: 1, competency: 1, source, level: 3))
        #expect(error?.field == "source")
    }

    @Test func aClosedCycleTakesNoRatings() throws {
        let closed = try cycle.closed(at: CompetenceFixture.day(30))
        let error = refusal(CompetenceFixture.rating(1, rater: 9, ratee: 1, competency: 1, .manager, level: 3), cycle: closed)
        #expect(error?.field == "cycleID")
        #expect(error?.code == .conflict)
    }

    @Test func onlyParticipantsAreRated() {
        let error = refusal(CompetenceFixture.rating(1, rater: 9, ratee: 3, competency: 1, .manager, level: 3))
        #expect(error?.field == "rateeID")
    }

    @Test func aSavedDraftKeepsWhoAndWhatItRates() throws {
        let stored = CompetenceFixture.rating(1, rater: 9, ratee: 1, competency: 1, .manager, level: 3, submitted: false)
        var resaved = stored
        resaved.level = 4
        resaved.evidence = "ran the discovery call with the CFO"
        try resaved.validate(in: cycle, scale: scale, profile: profile, replacing: stored)
        var moved = stored
        moved.rateeID = CompetenceFixture.person(2)
        #expect(refusal(moved, stored: stored)?.field == "id")
    }

    @Test func evidenceHasALimit() {
        var rating = CompetenceFixture.rating(1, rater: 9, ratee: 1, competency: 1, .manager, level: 3)
        rating.evidence = String(repeating: "x", count: Rating.maximumEvidenceLength + 1)
        #expect(refusal(rating)?.code == .tooLong)
    }
}
