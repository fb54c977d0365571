import Foundation
import KeelCharts
@testable import KeelServer
import KeelStore
import SalesDomain
import Testing
import Vapor

/// Calibration on the web, through real HTTP: leadership starts an exercise, two managers fill in
/// their score sheets on their own, leadership closes it and the page reports the agreement; the
/// heatmap adjusted for the measured leniency equals a recomputation from the stored ratings.
@Suite(.serialized) struct CalibrationPagesTests {
    static func store(_ server: TestServer) async throws -> CompetenceStore {
        try await CompetenceSeeding(database: server.app.db, organizationID: server.demo.organization.id)
            .storeDemo(for: server.demo, seed: 11, now: server.clock.now)
        return CompetenceStore(database: server.app.db, organizationID: server.demo.organization.id)
    }

    static func signIn(_ person: Person, on server: TestServer) async throws -> TestBrowser {
        try await Accounts(database: server.app.db).setPasswordHash(try await server.app.password.async.hash(TestServer.password), for: person.id, at: server.clock.now)
        let browser = TestBrowser(server)
        try await browser.signIn(person.email)
        return browser
    }

    @Test func leadershipStartsAnExerciseTheRatersScoreItAndClosingFixesTheAgreement() async throws {
        try await withServer { server in
            let store = try await Self.store(server)
            let framework = try #require(try await store.frameworkVersions().filter { $0.status == .published }.max { $0.version < $1.version })
            let competencies = Array(framework.competencies.prefix(2))
            let first = server.demo.logins.manager
            let second = try #require(server.demo.people.first { $0.accessRole == .manager && $0.isActive && $0.id != first.id })
            let seller = server.demo.logins.seller
            let exercisesBefore = try await store.calibrationExercises().count

            let leader = try await Self.signIn(server.demo.logins.leader, on: server)
            #expect(try await leader.get("/competence").text.contains("id=\"new-calibration\""))
            let form = try await leader.get("/competence/calibrations/new")
            #expect(form.status == .ok)
            #expect(form.text.contains("id=\"rater-\(first.id)\"") && form.text.contains("id=\"rater-\(second.id)\""))
            #expect(!form.text.contains("id=\"rater-\(seller.id)\""), "sellers do not rate in calibration")
            // People are chosen, not typed: every active person, under their team's name.
            #expect(form.text.contains("id=\"person-\(seller.id)\"") && form.text.contains("id=\"person-\(first.id)\""))
            let sellerTeam = try #require(server.demo.teams.first { $0.id == seller.teamID })
            let sellerRow = try #require(form.text.range(of: "id=\"person-\(seller.id)\""))
            #expect(form.text[..<sellerRow.lowerBound].contains(sellerTeam.name))
            #expect(!form.text.contains("<textarea id=\"calibration-people\""))
            for inactive in server.demo.people where !inactive.isActive {
                #expect(!form.text.contains("id=\"person-\(inactive.id)\""), "only active people are calibrated")
            }

            func fields(people: [String], cases: String) -> [(String, String)] {
                [("name", "Spring calibration"), ("framework", framework.reference.formValue),
                 ("raters[]", first.id.description), ("raters[]", second.id.description),
                 ("cases", cases)] + people.map { ("people[]", $0) } + competencies.map { ("competencies[]", $0.id.description) }
            }
            let cases = "Discovery call with Fjordkraft | https://example.com/recordings/17\nRenewal negotiation | The customer asks for 12 % off"

            // An unknown person and too few targets are refused, naming the field; nothing is stored.
            let stranger = UUID().uuidString.lowercased()
            let unknown = try await leader.post("/competence/calibrations", form: fields(people: [seller.id.description, stranger], cases: cases))
            #expect(unknown.status == .unprocessableEntity)
            #expect(unknown.text.contains("href=\"#calibration-people\"") && unknown.text.contains(stranger))
            #expect(unknown.text.contains("Spring calibration"), "what was typed is kept")
            #expect(unknown.text.contains("value=\"\(seller.id)\" id=\"person-\(seller.id)\" checked"),
                    "who was chosen is kept")
            let tooFew = try await leader.post("/competence/calibrations", form: fields(people: [], cases: "Only one case | text"))
            #expect(tooFew.status == .unprocessableEntity)
            #expect(tooFew.text.contains("id=\"form-error\""))
            // Every problem at once, each naming its field.
            let empty = try await leader.post("/competence/calibrations", form: [("name", ""), ("framework", framework.reference.formValue)])
            #expect(empty.status == .unprocessableEntity)
            for field in ["calibration-name", "competencies", "raters", "calibration-people"] {
                #expect(empty.text.contains("href=\"#\(field)\""), "\(field)")
            }
            #expect(try await store.calibrationExercises().count == exercisesBefore)

            let created = try await leader.post("/competence/calibrations", form: fields(people: [seller.id.description], cases: cases))
            #expect(created.status == .seeOther)
            let location = try #require(created.headers.first(name: .location))
            let exercise = try #require(try await store.calibrationExercises().first { location == "/competence/calibrations/\($0.id)" })
            #expect(exercise.raterIDs.sorted() == [first.id, second.id].sorted())
            #expect(exercise.competencyIDs == competencies.map(\.id))
            #expect(exercise.targets.count == 3)
            #expect(exercise.targets.first { $0.personID == seller.id } != nil)
            #expect(exercise.targets.contains { $0.title == "Renewal negotiation" && $0.material == "The customer asks for 12 % off" })

            // Each rater fills in their sheet; a level off the scale is refused with its field and nothing changes.
            let firstRater = try await Self.signIn(first, on: server)
            #expect(try await firstRater.get("/competence").text.contains("id=\"scores-\(exercise.id)\""))
            let sheetPath = "/competence/calibrations/\(exercise.id)/scores"
            let sheet = try await firstRater.get(sheetPath)
            #expect(sheet.status == .ok)
            #expect(sheet.text.contains("https://example.com/recordings/17"))
            func scores(_ level: (Int, Int) -> Int) -> [(String, String)] {
                exercise.targets.enumerated().flatMap { targetIndex, target in
                    competencies.enumerated().map { competencyIndex, competency in
                        ("score-\(target.id)-\(competency.id)", String(level(targetIndex, competencyIndex)))
                    }
                }
            }
            var offScale = scores { target, competency in 1 + target + competency }
            offScale[1].1 = "9"
            let refused = try await firstRater.post(sheetPath, form: offScale)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("href=\"#\(offScale[1].0)\""))
            #expect(try await store.calibrationScores(exercise.id).isEmpty)

            let firstLevels = scores { target, competency in 1 + target + competency }
            let saved = try await firstRater.post(sheetPath, form: firstLevels)
            #expect(saved.status == .ok)
            #expect(saved.text.contains("id=\"scores-notice\""))
            let secondRater = try await Self.signIn(second, on: server)
            let secondLevels = scores { target, competency in min(5, 2 + target + competency) }
            _ = try await secondRater.get(sheetPath)
            #expect(try await secondRater.post(sheetPath, form: secondLevels).status == .ok)
            let stored = try await store.calibrationScores(exercise.id)
            #expect(stored.count == 12)
            for (field, level) in firstLevels {
                #expect(stored.contains { "score-\($0.targetID)-\($0.competencyID)" == field && $0.raterID == first.id && String($0.level) == level })
            }

            // Nobody else scores: a seller does not see the exercise, leadership sees it but is no rater.
            let sellerBrowser = try await Self.signIn(seller, on: server)
            #expect(try await sellerBrowser.get(sheetPath).status == .forbidden)
            #expect(try await leader.get(sheetPath).status == .forbidden)

            let page = try await leader.get("/competence/calibrations/\(exercise.id)")
            #expect(page.text.contains("id=\"close-calibration\""))
            let progress = try #require(page.text.range(of: "id=\"progress-\(first.id)\"").map { String(page.text[$0.upperBound...].prefix(200)) })
            #expect(progress.contains("6 of 6"))

            #expect(try await leader.post("/competence/calibrations/\(exercise.id)/close", form: []).status == .seeOther)
            #expect(try await store.calibrationExercise(exercise.id)?.closedAt != nil)
            let closed = try await leader.get("/competence/calibrations/\(exercise.id)")
            let agreement = try #require(try await store.calibrationResults(exercise.id).agreement)
            let icc = ChartNumberFormat.english.number(try #require(agreement.singleRater(.twoWayRandom)), maximumFractionDigits: 2)
            #expect(closed.text.contains("ICC(2,1) = \(icc)"))
            // Each competency's coefficients say how many targets they rest on.
            let byCompetency = try await store.calibrationResults(exercise.id).agreementByCompetency
            #expect(!byCompetency.isEmpty)
            for icc in byCompetency.values {
                #expect(closed.text.contains("data-label=\"Targets every rater scored\">\(icc.targetCount)</td>"))
            }
            #expect(!closed.text.contains("id=\"close-calibration\""))
            #expect(try await leader.post("/competence/calibrations/\(exercise.id)/close", form: []).status == .conflict)

            _ = try await firstRater.get(sheetPath)
            let late = try await firstRater.post(sheetPath, form: scores { _, _ in 1 })
            #expect(late.status == .conflict)
            #expect(try await store.calibrationScores(exercise.id).sorted { "\($0)" < "\($1)" } == stored.sorted { "\($0)" < "\($1)" })
        }
    }

    @Test func theHeatmapAdjustedForLeniencyEqualsARecomputationFromTheStoredRatings() async throws {
        try await withServer { server in
            let store = try await Self.store(server)
            let cycle = try #require(try await store.cycleSummaries().first { $0.status == .closed })
            let framework = try #require(try await store.framework(cycle.framework))
            let exercise = try #require(try await store.latestClosedCalibration(framework: framework.id))
            let leniency = Dictionary(try await store.calibrationResults(exercise.id).leniency.map { ($0.rater, $0.leniency) },
                                      uniquingKeysWith: { first, _ in first })
            #expect(cycle.policy == .managerRating, "the demo's cycles consolidate manager ratings")

            // Every person's level: the mean of their managers' submitted ratings, each less its rater's leniency, kept on the scale.
            var adjustedLevels: [Competency.ID: [Person.ID: [Double]]] = [:]
            for rater in server.demo.people where RaterEligibility.managingRoles.contains(rater.accessRole) {
                for rating in try await store.ratings(in: cycle.id, by: rater.id) where rating.isSubmitted && rating.source == .manager {
                    let level = min(Double(framework.scale.maximum), max(1, Double(rating.level) - (leniency[rater.id] ?? 0)))
                    adjustedLevels[rating.competencyID, default: [:]][rating.rateeID, default: []].append(level)
                }
            }
            let entries = try await store.people(in: .organization, cycle: cycle.id)
            let numbers = ChartNumberFormat.english
            // The means per competency over `people`, as the page prints them (competencies nobody has a level in are left out).
            func means(of people: Set<Person.ID>, competencies: [Competency]) -> [String] {
                competencies.compactMap { competency -> String? in
                    let levels = (adjustedLevels[competency.id] ?? [:]).filter { people.contains($0.key) }.values
                        .map { $0.reduce(0, +) / Double($0.count) }
                    return levels.isEmpty ? nil : numbers.number(levels.reduce(0, +) / Double(levels.count))
                }
            }
            let shown = framework.competencies.filter { competency in entries.contains { $0.levels[competency.id] != nil } }
            let expected = means(of: Set(entries.map(\.personID)), competencies: shown)

            let leader = try await Self.signIn(server.demo.logins.leader, on: server)
            // Every role (the heatmap opens at the most common one), so the means cover everyone rated.
            let plain = try await leader.get("/competence/cycles/\(cycle.id)/heatmap?rows=markets&jobRole=all")
            #expect(plain.text.contains("id=\"filter-adjust\""))
            #expect(!plain.text.contains("id=\"heatmap-adjusted\""))
            let adjusted = try await leader.get("/competence/cycles/\(cycle.id)/heatmap?rows=markets&jobRole=all&adjust=leniency")
            #expect(adjusted.status == .ok)
            let note = try #require(adjusted.text.range(of: "id=\"heatmap-adjusted\"").map { String(adjusted.text[$0.upperBound...].prefix(600)) })
            #expect(note.contains(exercise.name))
            func totals(_ page: String) throws -> [String] {
                let row = try #require(page.range(of: "id=\"heatmap-total\"").map { String(page[$0.upperBound...]) })
                return row.components(separatedBy: "</tr>")[0].matches(of: /<small> · ([^<]+)<\/small>/).map { String($0.1) }
            }
            #expect(try totals(adjusted.text) == expected)
            // Cell by cell: each market's row holds its own people's adjusted means.
            for market in server.demo.markets {
                let people = Set(entries.filter { $0.marketID == market.id }.map(\.personID))
                guard !people.isEmpty else { continue }
                let row = try #require(adjusted.text.range(of: "<th scope=\"row\">\(market.name) ").map { String(adjusted.text[$0.upperBound...]) })
                let cells = row.components(separatedBy: "</tr>")[0].components(separatedBy: "<td")
                    .dropFirst().map { $0.firstMatch(of: /<small> · ([^<]+)<\/small>/).map { String($0.1) } }
                #expect(cells.compactMap { $0 } == means(of: people, competencies: shown), "\(market.name)")
            }
            #expect(try totals(adjusted.text) != totals(plain.text), "the demo's lenient and strict managers move the means")

            // The switch travels with the filter and the drill-down links; a wrong value is refused.
            let filtered = try await leader.get("/competence/heatmap?cycle=\(cycle.id)&rows=teams&adjust=leniency")
            #expect(filtered.status == .seeOther)
            #expect(filtered.headers.first(name: .location)?.contains("adjust=leniency") == true)
            let teams = try await leader.follow(try #require(filtered.headers.first(name: .location)))
            #expect(teams.text.contains("id=\"heatmap-adjusted\""))
            #expect(teams.text.contains("&amp;adjust=leniency\"") || teams.text.contains("&adjust=leniency\""))
            #expect(try await leader.get("/competence/cycles/\(cycle.id)/heatmap?adjust=harshness").status == .badRequest)

            // The people behind an adjusted row show the levels the row counts, and say so; without
            // the switch they show their levels as rated.
            let changes = entries.compactMap { entry -> (person: HeatmapEntry, adjusted: String, stored: String)? in
                for (competency, stored) in entry.levels {
                    guard let levels = adjustedLevels[competency]?[entry.personID] else { continue }
                    let adjusted = numbers.number(levels.reduce(0, +) / Double(levels.count))
                    if adjusted != numbers.number(stored) { return (entry, adjusted, numbers.number(stored)) }
                }
                return nil
            }
            let (person, adjustedLevel, storedLevel) = try #require(changes.first, "the demo's calibrated managers rate someone whose level moves")
            let market = try #require(person.marketID)
            func row(_ page: String) throws -> String {
                try #require(page.range(of: "id=\"person-\(person.personID)\"").map { String(page[$0.upperBound...]).components(separatedBy: "</tr>")[0] })
            }
            let adjustedPeople = try await leader.get("/competence/cycles/\(cycle.id)/people?group=market:\(market)&adjust=leniency")
            #expect(adjustedPeople.status == .ok)
            #expect(adjustedPeople.text.contains("id=\"heatmap-adjusted\""))
            #expect(adjustedPeople.text.contains("/competence/cycles/\(cycle.id)/heatmap?adjust=leniency\""))
            #expect(try row(adjustedPeople.text).contains(">\(adjustedLevel)<"))
            let plainPeople = try await leader.get("/competence/cycles/\(cycle.id)/people?group=market:\(market)")
            #expect(!plainPeople.text.contains("id=\"heatmap-adjusted\""))
            #expect(try row(plainPeople.text).contains(">\(storedLevel)<"))
            #expect(adjusted.text.contains("/people?group=market:\(market)&amp;adjust=leniency\""), "the row links to its adjusted people")
        }
    }

    /// A market leader chooses a whole Norwegian team: everyone in it and in its sub-teams whom
    /// they may read becomes a target, united with a person ticked one by one — and a Swedish
    /// sub-team hung below it brings no one in. A team out of reach and one nobody knows are
    /// told together at the people field, with what was chosen kept.
    @Test func aWholeTeamIsChosenAsFarAsTheLeaderReads() async throws {
        try await withServer { server in
            // setup
            let store = try await Self.store(server)
            let framework = try #require(try await store.frameworkVersions().filter { $0.status == .published }.max { $0.version < $1.version })
            let demo = server.demo
            let norway = try #require(demo.markets.first { $0.code == "NO" })
            let marketLeader = try #require(demo.people.first { $0.accessRole == .leader && $0.isActive && $0.leaderMarketIDs == [norway.id] })
            // A city team: below Norway's market team, above its segment teams.
            let norwegianTeam = try #require(demo.teams.first { team in
                team.isActive && team.marketID == norway.id && demo.teams.contains { $0.id == team.parentID && $0.marketID == norway.id }
                    && demo.teams.contains { $0.parentID == team.id }
            })
            let swedishTeam = try #require(demo.teams.first { $0.isActive && $0.marketID != nil && $0.marketID != norway.id })
            let directory = Directory(database: server.app.db, organizationID: demo.organization.id)
            let outpost = try await directory.addTeam(TeamDraft(name: "Stockholm outpost", parentID: norwegianTeam.id, marketID: swedishTeam.marketID),
                                                      actor: nil, at: server.clock.now)
            let stranger = try await directory.addPerson(
                PersonDraft(name: "Outpost Seller", email: "outpost@demo.keel.test", jobRole: .accountExecutive, accessRole: .seller,
                            teamID: outpost.id, marketID: swedishTeam.marketID),
                actor: nil, at: server.clock.now)
            let teams = try await directory.teams()
            let subtree = TeamHierarchy(teams.filter(\.isActive)).subtree(of: norwegianTeam.id)
            let people = try await directory.people(PeopleQuery(scope: .organization, viewerID: nil, limit: 10_000)).people
            let expected = Set(people.filter { $0.isActive && $0.teamID.map(subtree.contains) == true && ($0.marketID == norway.id || $0.id == marketLeader.id) }.map(\.id))
            try #require(!expected.isEmpty)
            let ticked = try #require(people.first { $0.isActive && $0.marketID == norway.id && !expected.contains($0.id) && $0.teamID != nil })
            let raters = Array(demo.people.filter { $0.accessRole == .manager && $0.isActive }.prefix(2))
            let leader = try await Self.signIn(marketLeader, on: server)
            let form = try await leader.get("/competence/calibrations/new")
            #expect(form.text.contains("id=\"team-\(norwegianTeam.id)\""), "a team in reach can be chosen whole")
            #expect(!form.text.contains("id=\"team-\(swedishTeam.id)\""), "a team out of reach cannot")
            func fields(teams: [String]) -> [(String, String)] {
                [("name", "Norway calibration"), ("framework", framework.reference.formValue), ("people[]", ticked.id.description),
                 ("competencies[]", framework.competencies[0].id.description)]
                    + raters.map { ("raters[]", $0.id.description) } + teams.map { ("teams[]", $0) }
            }
            let exercisesBefore = try await store.calibrationExercises().count

            // MUT: a team out of reach and an unknown one beside the good one
            let nobody = UUID().uuidString.lowercased()
            let refused = try await leader.post("/competence/calibrations", form: fields(teams: [
                norwegianTeam.id.description, swedishTeam.id.description, nobody,
            ]))
            // validate
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("href=\"#calibration-people\""))
            let english = Localizer(.english)
            #expect(refused.text.contains(Node.escape(english(Problem(.calibrationUnknownTeam, ["id": nobody])))))
            #expect(refused.text.contains(Node.escape(english(Problem(.calibrationTeamOutOfReach, ["team": swedishTeam.name])))))
            #expect(refused.text.contains("value=\"\(norwegianTeam.id)\" id=\"team-\(norwegianTeam.id)\" checked"), "the chosen team is kept")
            #expect(refused.text.contains("value=\"\(ticked.id)\" id=\"person-\(ticked.id)\" checked"), "the ticked person is kept")
            #expect(refused.text.contains("Norway calibration"))
            #expect(try await store.calibrationExercises().count == exercisesBefore)

            // MUT: the team alone, with the ticked person
            let created = try await leader.post("/competence/calibrations", form: fields(teams: [norwegianTeam.id.description]))
            // validate
            #expect(created.status == .seeOther, "\(created.text)")
            let location = try #require(created.headers.first(name: .location))
            let exercise = try #require(try await store.calibrationExercises().first { location == "/competence/calibrations/\($0.id)" })
            let targets = exercise.targets.compactMap(\.personID)
            #expect(Set(targets) == expected.union([ticked.id]))
            #expect(targets.count == Set(targets).count, "each person once")
            #expect(!targets.contains(stranger.id), "a person out of the leader's reach is not brought in by their team")
        }
    }
}
