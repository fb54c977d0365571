import Foundation
@testable import KeelServer
@testable import KeelStore
import SalesDomain
import Testing

/// The competence pages rendered from fixed store answers, without a server or a database: each
/// page model is built from its screen's report alone, as the `+Query` extensions build it.
@Suite struct CompetencePageSnapshotTests {
    typealias F = HeatmapPageSnapshotTests
    static let organization = F.organization
    static func id(_ kind: Int, _ n: Int) -> UUID { F.id(kind, n) }

    static let manager = Person(id: .init(id(2, 1)), organizationID: organization, name: "Maja Manager", email: "m@example.com",
                                jobRole: .salesManager, accessRole: .manager, teamID: F.stockholm.id)
    static let leader = Person(id: .init(id(2, 4)), organizationID: organization, name: "Lars Leader", email: "l@example.com",
                               jobRole: .headOfSales, accessRole: .leader, teamID: F.sweden.id)
    static let astrid = Person(id: .init(id(2, 2)), organizationID: organization, name: "Astrid Lindberg", email: "a@example.com",
                               jobRole: .accountExecutive, accessRole: .seller, teamID: F.stockholm.id)
    static let bo = Person(id: .init(id(2, 3)), organizationID: organization, name: "Bo Ek & <Co>", email: "b@example.com",
                           jobRole: .accountExecutive, accessRole: .seller, teamID: F.stockholm.id)
    static let sweden = Market(id: .init(id(7, 1)), organizationID: organization, code: "SE", name: "Sweden")

    static var framework: CompetencyFramework {
        var framework = F.framework
        framework.publishedAt = Date(timeIntervalSince1970: 1_760_000_000)
        return framework
    }
    static var prospecting: Competency { F.competencies[0] }
    static var closing: Competency { F.competencies[1] }
    static let earlier = AssessmentCycleSummary(
        id: .init(id(3, 2)), name: "Autumn 2025", framework: FrameworkVersionReference(frameworkID: F.framework.id, version: 1),
        policy: .managerRating, participantCount: 2, openedAt: Date(timeIntervalSince1970: 1_757_000_000), openedBy: nil,
        closedAt: Date(timeIntervalSince1970: 1_760_000_000), closedBy: nil)
    static let open = AssessmentCycleSummary(
        id: .init(id(3, 3)), name: "Autumn 2026", framework: FrameworkVersionReference(frameworkID: F.framework.id, version: 1),
        policy: .managerRating, participantCount: 2, openedAt: Date(timeIntervalSince1970: 1_788_000_000), openedBy: nil,
        closedAt: nil, closedBy: nil)
    static let profile = RoleProfile(
        id: .init(id(8, 1)), organizationID: organization, frameworkID: F.framework.id, jobRole: .accountExecutive,
        entries: [RoleProfileEntry(competencyID: prospecting.id, targetLevel: 3, weight: 2), RoleProfileEntry(competencyID: closing.id, targetLevel: 4)])
    static let exercise = CalibrationExercise(
        id: .init(id(9, 1)), organizationID: organization, name: "Discovery calls", framework: FrameworkVersionReference(frameworkID: F.framework.id, version: 1),
        competencyIDs: [prospecting.id],
        targets: [CalibrationTarget(id: .init(id(9, 11)), title: "Call A"), CalibrationTarget(id: .init(id(9, 12)), title: "Call B"),
                  CalibrationTarget(id: .init(id(9, 13)), title: "Astrid", personID: astrid.id)],
        raterIDs: [manager.id, leader.id], openedAt: Date(timeIntervalSince1970: 1_788_000_000))

    static func context(_ viewer: Person, _ text: Localizer = Localizer(.english)) -> PageContext {
        PageContext(text: text, viewer: viewer, capabilities: Set(Capability.allCases.filter { $0.minimumRole <= viewer.accessRole }),
                    csrfToken: "token", path: "/competence")
    }

    @Test(arguments: [Language.english, .swedish])
    func aManagersStartPageListsTheirReportsWithTheirProgress(language: Language) {
        // setup
        let overview = CompetenceOverview(
            viewer: Self.manager, cycles: [Self.open, Self.earlier], openCycle: Self.open, selfStatus: nil,
            reports: [
                .init(person: Self.astrid, source: .manager, competencyCount: 2, drafts: 1, submitted: 0),
                .init(person: Self.bo, source: .manager, competencyCount: 2, drafts: 0, submitted: 2),
            ],
            closedCyclesOfViewer: [], calibrations: [Self.exercise], publishedFrameworks: [Self.framework])
        let text = Localizer(language)
        // MUT
        let model = CompetenceOverviewPage.Model(overview: overview)
        let html = CompetenceOverviewPage.render(model, context: Self.context(Self.manager, text)).render()
        // validate
        #expect(html.contains("Astrid Lindberg"))
        #expect(html.contains("Bo Ek &amp; &lt;Co&gt;"), "names are escaped")
        #expect(html.contains(text(.ratingStatusSubmitted, ["count": "2", "total": "2"])))
        #expect(html.contains(text(.ratingStatusInProgress, ["count": "1", "total": "2"])))
        #expect(html.contains("/competence/calibrations/\(Self.exercise.id)"))
        expectSnapshot(html, named: "competence-overview-manager-\(language.rawValue)")
    }

    @Test func aPersonsClosedResultsWithTheirTrendAndComment() {
        // setup
        let levels: [Competency.ID: Double] = [Self.prospecting.id: 2, Self.closing.id: 4.5]
        let results = PersonCompetenceResults(
            cycleID: Self.earlier.id, personID: Self.bo.id,
            competencies: [
                CompetencyResult(competencyID: Self.prospecting.id, level: 2, sources: [.manager, .selfAssessment], selfLevel: 4, managerLevel: 2,
                                 peers: nil, targetLevel: 3, weight: 2),
                CompetencyResult(competencyID: Self.closing.id, level: 4.5, sources: [.manager], selfLevel: nil, managerLevel: 4.5,
                                 peers: nil, targetLevel: 4, weight: 1),
            ],
            profile: Self.profile, fit: RoleFit(levels: levels, profile: Self.profile),
            blindSpots: [BlindSpot(cycleID: Self.earlier.id, personID: Self.bo.id, competencyID: Self.prospecting.id, selfLevel: 4, managerLevel: 2)],
            comment: ResultComment(cycleID: Self.earlier.id, personID: Self.bo.id, text: "I disagree on <prospecting>.",
                                   createdAt: Date(timeIntervalSince1970: 1_760_100_000), updatedAt: Date(timeIntervalSince1970: 1_760_100_000)))
        let screen = CompetenceResultsScreen(
            cycle: Self.earlier, cycleNames: [Self.earlier.id: Self.earlier.name, Self.open.id: Self.open.name], framework: Self.framework,
            person: Self.bo, results: results, withheld: nil,
            trends: [CompetencyTrend(personID: Self.bo.id, competencyID: Self.closing.id, points: [
                CompetencyTrend.Point(cycleID: .init(Self.id(3, 9)), level: 3.5, change: nil),
                CompetencyTrend.Point(cycleID: Self.earlier.id, level: 4.5, change: 1),
            ])],
            viewerIsPerson: true)
        // MUT
        let model = CompetenceResultsPage.Model(screen: screen)
        let html = CompetenceResultsPage.render(model, context: Self.context(Self.bo)).render()
        // validate
        #expect(model.trends[Self.closing.id]?.points.count == 2)
        #expect(html.contains("I disagree on &lt;prospecting&gt;."))
        #expect(html.contains("id=\"comment-text\""), "the person comments on their own results")
        expectSnapshot(html, named: "competence-results-own-en")
    }

    @Test func onesOwnResultsInARunningCycleAreWithheldWithTheReason() {
        // setup
        let problem = Problem(.resultsShownAfterClose, ["name": Self.open.name])
        let screen = CompetenceResultsScreen(
            cycle: Self.open, cycleNames: [Self.open.id: Self.open.name], framework: Self.framework, person: Self.bo,
            results: nil, withheld: problem, trends: [], viewerIsPerson: true)
        let text = Localizer(.english)
        // MUT
        let html = CompetenceResultsPage.render(CompetenceResultsPage.Model(screen: screen), context: Self.context(Self.bo)).render()
        // validate
        #expect(html.contains(text(problem)))
        #expect(!html.contains("results-comment"), "no results, nothing to comment on")
        expectSnapshot(html, named: "competence-results-withheld-en")
    }

    static var scores: [CalibrationScore] {
        zip(exercise.targets, [(2, 3), (3, 3), (4, 5)]).flatMap { target, levels in
            [CalibrationScore(exerciseID: exercise.id, targetID: target.id, raterID: manager.id, competencyID: prospecting.id, level: levels.0),
             CalibrationScore(exerciseID: exercise.id, targetID: target.id, raterID: leader.id, competencyID: prospecting.id, level: levels.1)]
        }
    }

    @Test func aRatersViewOfAnExercisesAgreementAndLeniency() throws {
        // setup
        let scores = Self.scores
        let results = CalibrationResults(
            exercise: Self.exercise, scoreCount: scores.count, agreement: try Self.exercise.agreement(scores, incompleteTargets: .exclude),
            agreementProblem: nil, agreementByCompetency: [:], leniency: Self.exercise.leniency(scores))
        let screen = CalibrationScreen(
            results: results, framework: Self.framework, raterNames: [Self.manager.id: Self.manager.name, Self.leader.id: Self.leader.name],
            targetNames: [Self.exercise.targets[0].id: "Call A", Self.exercise.targets[1].id: "Call B", Self.exercise.targets[2].id: Self.astrid.name],
            scoresByRater: [Self.manager.id: 3, Self.leader.id: 3], viewerIsRater: true, viewerMayClose: false)
        // MUT
        let model = CalibrationPage.Model(screen: screen)
        let html = CalibrationPage.render(model, context: Self.context(Self.manager)).render()
        // validate
        #expect(model.sheetSize == 3)
        #expect(html.contains("Lars Leader"))
        #expect(html.contains("/competence/calibrations/\(Self.exercise.id)/scores"), "a rater is led to their sheet")
        #expect(!html.contains("/competence/calibrations/\(Self.exercise.id)/close"), "only leadership closes it")
        expectSnapshot(html, named: "calibration-rater-en")
    }

    @Test func aRatersScoreSheetKeepsTheirOwnScores() {
        // setup
        let sheet = CalibrationSheet(
            exercise: Self.exercise, framework: Self.framework,
            levels: [Self.exercise.targets[0].id: [Self.prospecting.id: 2]],
            targetNames: [Self.exercise.targets[0].id: "Call A", Self.exercise.targets[1].id: "Call B", Self.exercise.targets[2].id: Self.astrid.name])
        // MUT
        let model = CalibrationScoresPage.Model(sheet: sheet)
        let html = CalibrationScoresPage.render(model, context: Self.context(Self.manager)).render()
        // validate
        #expect(model.scoredCount == 1)
        #expect(html.contains("Astrid Lindberg"))
        expectSnapshot(html, named: "calibration-scores-en")
    }

    /// People by team in the tree's order, each team with its whole-team box, Stockholm City's
    /// chosen whole and Astrid ticked alone.
    @Test(arguments: [Language.english, .swedish])
    func theFormThatStartsAnExercise(language: Language) {
        // setup
        let cecilia = Person(id: .init(Self.id(2, 5)), organizationID: Self.organization, name: "Cecilia City", email: "c@example.com",
                             jobRole: .accountExecutive, accessRole: .seller, teamID: F.city.id)
        let nils = Person(id: .init(Self.id(2, 6)), organizationID: Self.organization, name: "Nils Nowhere", email: "n@example.com",
                          jobRole: .accountExecutive, accessRole: .seller)
        let candidates = CalibrationCandidates(
            people: [Self.astrid, Self.bo, cecilia, Self.leader, Self.manager, nils], teams: F.teams,
            policy: AccessPolicy(viewer: Viewer(Self.leader), hierarchy: TeamHierarchy(F.teams)))
        let choices = CalibrationFormChoices(
            frameworks: [Self.framework], framework: Self.framework, raters: [Self.leader, Self.manager], candidates: candidates)
        // MUT
        var model = CalibrationFormPage.Model(choices: choices)
        model.chosenTeams = [F.city.id]
        model.chosenPeople = [Self.astrid.id]
        let html = CalibrationFormPage.render(model, context: Self.context(Self.leader, Localizer(language))).render()
        // validate
        #expect(model.candidates.groups.map(\.team?.name) == ["Sweden", "Stockholm", "Stockholm City", nil])
        #expect(model.candidates.groups.map(\.depth) == [0, 1, 2, 0])
        #expect(model.candidates.groups.map(\.everyone.count) == [5, 4, 1, 0])
        #expect(html.contains("Maja Manager"))
        #expect(html.contains("value=\"\(F.city.id)\" id=\"team-\(F.city.id)\" checked"))
        #expect(!html.contains("id=\"team-\(F.gothenburg.id)\""), "a team with nobody in it is not listed")
        expectSnapshot(html, named: "calibration-form-\(language.rawValue)")
    }

    /// Two people of one name in one team are told apart by their address; everyone else is
    /// listed by name alone.
    @Test func namesakesInOneTeamAreToldApartByTheirAddress() {
        // setup
        let namesakes = [5, 6].map { n in
            Person(id: .init(Self.id(2, n)), organizationID: Self.organization, name: "Cecilia City", email: "c\(n)@example.com",
                   jobRole: .accountExecutive, accessRole: .seller, teamID: F.city.id)
        }
        let candidates = CalibrationCandidates(
            people: [Self.astrid] + namesakes, teams: F.teams, policy: AccessPolicy(viewer: Viewer(Self.leader), hierarchy: TeamHierarchy(F.teams)))
        let choices = CalibrationFormChoices(
            frameworks: [Self.framework], framework: Self.framework, raters: [Self.leader, Self.manager], candidates: candidates)
        // MUT
        let html = CalibrationFormPage.render(CalibrationFormPage.Model(choices: choices), context: Self.context(Self.leader)).render()
        // validate
        #expect(html.contains("<span>Cecilia City (c5@example.com) · Account executive</span>"))
        #expect(html.contains("<span>Cecilia City (c6@example.com) · Account executive</span>"))
        #expect(html.contains("<span>\(Self.astrid.name) · "))
    }

    @Test func theRoleProfilesOfAFramework() {
        // setup
        var local = Self.profile
        local.id = .init(Self.id(8, 2))
        local.marketID = Self.sweden.id
        let list = RoleProfileList(
            frameworks: [Self.framework], framework: Self.framework,
            entries: [.init(profile: Self.profile, market: nil), .init(profile: local, market: Self.sweden)], markets: [Self.sweden])
        // MUT
        let model = RoleProfilesPage.Model(list: list)
        let html = RoleProfilesPage.render(model, context: Self.context(Self.leader)).render()
        // validate
        #expect(model.rows.map(\.market?.name) == [nil, "Sweden"])
        expectSnapshot(html, named: "role-profiles-en")
    }

    @Test func oneRoleProfileToRead() {
        // setup
        let screen = RoleProfileScreen(framework: Self.framework, jobRole: .accountExecutive, market: nil, stored: Self.profile)
        // MUT
        let model = RoleProfilePage.Model(screen: screen, mode: .view)
        let html = RoleProfilePage.render(model, context: Self.context(Self.astrid)).render()
        // validate
        #expect(model.stored == Self.profile)
        expectSnapshot(html, named: "role-profile-view-en")
    }

    @Test func theManagersRatingFormOnAReport() {
        // setup
        let cycle = AssessmentCycle(
            id: Self.open.id, organizationID: Self.organization, name: Self.open.name, framework: Self.open.framework,
            participantIDs: [Self.astrid.id, Self.bo.id], openedAt: Self.open.openedAt)
        let draft = Rating(
            id: .init(Self.id(10, 1)), cycleID: cycle.id, raterID: Self.manager.id, rateeID: Self.astrid.id, competencyID: Self.prospecting.id,
            source: .manager, level: 3, updatedAt: Date(timeIntervalSince1970: 1_788_100_000))
        let form = RatingForm(cycle: cycle, scale: Self.framework.scale, ratee: Self.astrid, source: .manager, items: [
            RatingForm.Item(competency: Self.prospecting, targetLevel: 3, rating: draft),
            RatingForm.Item(competency: Self.closing, targetLevel: 4),
        ])
        // MUT
        let model = RatingFormPage.Model(form: form)
        let html = RatingFormPage.render(model, context: Self.context(Self.manager)).render()
        // validate
        #expect(html.contains("Astrid Lindberg"))
        expectSnapshot(html, named: "rating-form-manager-en")
    }
}
