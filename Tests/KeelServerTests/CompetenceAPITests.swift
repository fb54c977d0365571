import Foundation
@testable import KeelServer
import KeelStore
import SalesDomain
import Testing
import Vapor

/// The competence API (SPEC §1) through real HTTP on the demo organization's competence history.
@Suite(.serialized) struct CompetenceAPITests {
    static func seed(_ server: TestServer) async throws -> CompetenceStore {
        try await CompetenceSeeding(database: server.app.db, organizationID: server.demo.organization.id)
            .storeDemo(for: server.demo, seed: 11, now: server.clock.now)
        return CompetenceStore(database: server.app.db, organizationID: server.demo.organization.id)
    }

    static func teammate(of seller: Person, in demo: DemoOrganization) throws -> Person {
        try #require(demo.people.first { $0.teamID == seller.teamID && $0.accessRole == .seller && $0.id != seller.id && $0.isActive })
    }

    @Test func aManagerRatesAReportAndTheSellerSeesTheResultOnlyAfterClose() async throws {
        try await withServer { server in
            let store = try await Self.seed(server)
            let logins = server.demo.logins
            let seller = logins.seller
            let teammate = try Self.teammate(of: seller, in: server.demo)
            let framework = try #require(try await store.frameworkVersions().first { $0.status == .published })
            let profile = try #require(RoleProfile.applicable(to: seller, framework: framework.id, among: try await store.roleProfiles()))
            let inProfile = profile.entries.map(\.competencyID)
            let outsideProfile = try #require(framework.competencies.map(\.id).first { !inProfile.contains($0) })
            let leader = try await server.token(for: logins.leader)
            let manager = try await server.token(for: logins.manager)
            let sellerToken = try await server.token(for: seller)

            // setup: a fresh cycle for the seller and a teammate
            let opened = try await server.api(.POST, "/api/v1/competence/cycles", token: leader, json: [
                "name": "API review", "frameworkID": framework.id.description, "version": framework.version,
                "participantIDs": [seller.id.description, teammate.id.description],
            ])
            #expect(opened.status == .created, "\(opened.text)")
            let cycle = try #require(try opened.json()["id"] as? String)
            let ratings = "/api/v1/competence/cycles/\(cycle)/ratings"

            // a draft, then a submission
            let draft = try await server.api(.PUT, ratings, token: manager, json: [
                "rateeID": seller.id.description, "competencyID": inProfile[0].description, "source": "manager", "level": 3,
                "evidence": "Ran discovery well in two customer meetings.",
            ])
            #expect(draft.status == .ok, "\(draft.text)")
            #expect(try draft.json()["status"] as? String == "draft")
            let ratingID = try #require(try draft.json()["id"] as? String)
            let submitted = try await server.api(.POST, "\(ratings)/\(ratingID)/submit", token: manager)
            #expect(submitted.status == .ok, "\(submitted.text)")
            #expect(try submitted.json()["status"] as? String == "submitted")

            // refusals name the field, and nothing changes
            let before = try await store.ratings(in: .init(uuidString: cycle)!, by: logins.manager.id)
            let sellerBefore = try await store.ratings(in: .init(uuidString: cycle)!, by: seller.id)
            let twice = try await server.api(.POST, "\(ratings)/\(ratingID)/submit", token: manager)
            #expect(twice.status == .conflict)
            #expect(twice.error?.field == "status")
            let resubmit = try await server.api(.PUT, ratings, token: manager, json: [
                "rateeID": seller.id.description, "competencyID": inProfile[0].description, "source": "manager", "level": 4, "submit": true,
            ])
            #expect(resubmit.status == .conflict)
            #expect(resubmit.error?.field == "status")
            let outsideScale = try await server.api(.PUT, ratings, token: manager, json: [
                "rateeID": seller.id.description, "competencyID": inProfile[1].description, "source": "manager", "level": framework.scale.maximum + 1,
            ])
            #expect(outsideScale.status == .unprocessableEntity)
            #expect(outsideScale.error?.field == "level")
            let notInProfile = try await server.api(.PUT, ratings, token: manager, json: [
                "rateeID": seller.id.description, "competencyID": outsideProfile.description, "source": "manager", "level": 3,
            ])
            #expect(notInProfile.status == .unprocessableEntity)
            #expect(notInProfile.error?.field == "competencyID")
            let selfOfOther = try await server.api(.PUT, ratings, token: sellerToken, json: [
                "rateeID": teammate.id.description, "competencyID": inProfile[0].description, "source": "self", "level": 3,
            ])
            #expect(selfOfOther.status == .unprocessableEntity)
            #expect(selfOfOther.error?.field == "source")
            #expect(try await store.ratings(in: .init(uuidString: cycle)!, by: logins.manager.id) == before)
            #expect(try await store.ratings(in: .init(uuidString: cycle)!, by: seller.id) == sellerBefore)

            // the rater reads their own ratings and history; nobody else's
            let own = try await server.api(.GET, ratings, token: manager).json()
            #expect(own["total"] as? Int == 1)
            let history = try await server.api(.GET, "\(ratings)/\(ratingID)/history", token: manager)
            #expect(history.status == .ok)
            // Both happened at the test clock's same instant, so only the set is certain.
            #expect(Set((try history.json()["entries"] as? [[String: Any]])?.compactMap { $0["action"] as? String } ?? []) == ["submitted", "created"])
            #expect(try await server.api(.GET, "\(ratings)/\(ratingID)/history", token: sellerToken).status == .notFound)

            // results: not a teammate's, and one's own only after close
            let results = "/api/v1/competence/cycles/\(cycle)/results"
            #expect(try await server.api(.GET, "\(results)/\(teammate.id)", token: sellerToken).status == .notFound)
            let early = try await server.api(.GET, "\(results)/\(seller.id)", token: sellerToken)
            #expect(early.status == .conflict)
            #expect(early.error?.field == "cycleID")
            let earlyComment = try await server.api(.PUT, "\(results)/\(seller.id)/comment", token: sellerToken, json: ["text": "Too early"])
            #expect(earlyComment.status == .conflict)
            #expect(try await server.api(.GET, "\(results)/\(seller.id)", token: manager).status == .ok)

            #expect(try await server.api(.POST, "/api/v1/competence/cycles/\(cycle)/close", token: leader).status == .ok)
            let closeTwice = try await server.api(.POST, "/api/v1/competence/cycles/\(cycle)/close", token: leader)
            #expect(closeTwice.status == .conflict)

            let mine = try await server.api(.GET, "\(results)/\(seller.id)", token: sellerToken)
            #expect(mine.status == .ok, "\(mine.text)")
            let competencies = try #require(try mine.json()["competencies"] as? [[String: Any]])
            #expect(competencies.count == 1)
            #expect((competencies.first?["competencyID"] as? String).flatMap(UUID.init(uuidString:)) == inProfile[0].rawValue)
            #expect(competencies.first?["level"] as? Double == 3)
            #expect(competencies.first?["targetLevel"] as? Int == profile.entries[0].targetLevel)
            let comment = try await server.api(.PUT, "\(results)/\(seller.id)/comment", token: sellerToken,
                                               json: ["text": "I agree, and want to practise negotiation next."])
            #expect(comment.status == .ok, "\(comment.text)")
            let withComment = try await server.api(.GET, "\(results)/\(seller.id)", token: sellerToken).json()
            #expect((withComment["comment"] as? [String: Any])?["text"] as? String == "I agree, and want to practise negotiation next.")
            #expect(try await server.api(.PUT, "\(results)/\(seller.id)/comment", token: manager, json: ["text": "x"]).status == .forbidden)
            #expect(try await server.api(.GET, "/api/v1/competence/people/\(seller.id)/competence-trends", token: sellerToken).status == .ok)
        }
    }

    static let brokenFramework = """
    format: 1
    key: api-test
    name: {en: API test}
    scale: {min: 1, max: 3}
    areas:
    - key: area
      name: {en: Area}
      competencies:
      - key: area.one
        name: {en: One}
        levels:
        - level: 1
          behavior: {en: Starts.}
        - level: 3
          behavior: {en: Leads.}
    """

    static func framework(key: String, maximum: Int) -> String {
        var text = "format: 1\nkey: \(key)\nname: {en: \(key)}\nscale: {min: 1, max: \(maximum)}\nareas:\n- key: area\n  name: {en: Area}\n"
        text += "  competencies:\n  - key: \(key).one\n    name: {en: One}\n    levels:\n"
        for level in 1...maximum { text += "    - level: \(level)\n      behavior: {en: Level \(level) behavior.}\n" }
        return text
    }

    func upload(_ server: TestServer, _ method: HTTPMethod, _ path: String, token: String, yaml: String,
                sourceLocation: SourceLocation = #_sourceLocation) async throws -> TestServer.Exchange {
        var headers = HTTPHeaders()
        headers.bearerAuthorization = .init(token: token)
        headers.contentType = HTTPMediaType(type: "application", subType: "yaml")
        let exchange = try await server.send(method, path, headers: headers, body: Data(yaml.utf8))
        server.contract.check(method, path, status: exchange.status, contentType: exchange.headers.first(name: .contentType),
                              body: exchange.body, sourceLocation: sourceLocation)
        return exchange
    }

    @Test func frameworksAreImportedEditedPublishedOnceAndVersioned() async throws {
        try await withServer { server in
            let leader = try await server.token(for: server.demo.logins.leader)
            let frameworks = "/api/v1/competence/frameworks"

            let broken = try await upload(server, .POST, frameworks, token: leader, yaml: Self.brokenFramework)
            #expect(broken.status == .unprocessableEntity)
            let problems = try #require(try broken.json()["problems"] as? [[String: Any]])
            let missing = try #require(problems.first { $0["kind"] as? String == "missing_level" }, "\(broken.text)")
            // The `levels:` list of area.one, which should hold level 2.
            #expect(missing["line"] as? Int == 11)
            #expect(missing["column"] as? Int != nil)
            #expect((missing["message"] as? String)?.contains("2") == true)

            let created = try await upload(server, .POST, frameworks, token: leader, yaml: Self.framework(key: "api-test", maximum: 3))
            #expect(created.status == .created, "\(created.text)")
            let id = try #require(try created.json()["id"] as? String)
            let version = "\(frameworks)/\(id)/versions/1"
            let shown = try await server.api(.GET, version, token: leader).json()
            #expect(shown["status"] as? String == "draft")

            let file = try await server.send(.GET, "\(version)/file?format=yaml", headers: ["Authorization": "Bearer \(leader)"])
            #expect(file.status == .ok)
            #expect(file.headers.first(name: .contentDisposition)?.hasPrefix("attachment") == true)
            #expect(file.text.contains("key: api-test"))

            let edited = try await upload(server, .PUT, version, token: leader, yaml: Self.framework(key: "api-test", maximum: 4))
            #expect(edited.status == .ok, "\(edited.text)")
            #expect((try edited.json()["scale"] as? [String: Any])?["max"] as? Int == 4)

            #expect(try await server.api(.POST, "\(version)/publish", token: leader).status == .ok)
            let twice = try await server.api(.POST, "\(version)/publish", token: leader)
            #expect(twice.status == .conflict)
            #expect(twice.error?.field == "version")
            let editPublished = try await upload(server, .PUT, version, token: leader, yaml: Self.framework(key: "api-test", maximum: 5))
            #expect(editPublished.status == .conflict)
            #expect(editPublished.error?.field == "version")

            let next = try await server.api(.POST, "\(frameworks)/\(id)/versions", token: leader)
            #expect(next.status == .created)
            #expect(try next.json()["version"] as? Int == 2)
            let list = try await server.api(.GET, frameworks, token: try await server.token(for: server.demo.logins.seller)).json()
            #expect((list["items"] as? [[String: Any]])?.filter { $0["id"] as? String == id }.count == 2)
        }
    }

    /// A draft's `PUT` with a broken file that also takes another key lists both in one body, as
    /// the web editor does; another key in a file that reads well is a 422 of the same shape.
    @Test func aDraftEditListsAnotherKeyBesideTheFilesProblems() async throws {
        try await withServer { server in
            let leader = try await server.token(for: server.demo.logins.leader)
            let created = try await upload(server, .POST, "/api/v1/competence/frameworks", token: leader, yaml: Self.framework(key: "api-test", maximum: 3))
            let id = try #require(try created.json()["id"] as? String)
            let version = "/api/v1/competence/frameworks/\(id)/versions/1"

            let broken = try await upload(server, .PUT, version, token: leader,
                                          yaml: Self.brokenFramework.replacingOccurrences(of: "key: api-test", with: "key: api-other"))
            #expect(broken.status == .unprocessableEntity)
            let problems = try #require(try broken.json()["problems"] as? [[String: Any]], "\(broken.text)")
            #expect(problems.contains { $0["kind"] as? String == "missing_level" }, "\(broken.text)")
            let key = try #require(problems.first { $0["path"] as? String == "key" }, "\(broken.text)")
            #expect(key["message"] as? String == Localizer(.english)(Problem(.frameworkEditKeyChanged, ["key": "api-test", "typed": "api-other"])))
            let summary = (try broken.json()["error"] as? [String: Any])?["message"] as? String
            #expect(summary == Localizer(.english)(Problem(.frameworkFileRejected, ["count": String(problems.count)])), "the count covers the key too")

            let renamed = try await upload(server, .PUT, version, token: leader, yaml: Self.framework(key: "api-other", maximum: 4))
            #expect(renamed.status == .unprocessableEntity)
            #expect((try renamed.json()["problems"] as? [[String: Any]])?.map { $0["path"] as? String } == ["key"], "\(renamed.text)")
            let shown = try await server.api(.GET, version, token: leader).json()
            #expect(shown["key"] as? String == "api-test" && (shown["scale"] as? [String: Any])?["max"] as? Int == 3, "nothing stored")
        }
    }

    @Test func aCycleOpenedWithoutParticipantsAssessesWhomTheWebFormWould() async throws {
        try await withServer { server in
            let store = try await Self.seed(server)
            let framework = try #require(try await store.frameworkVersions().first { $0.status == .published })
            let leader = try await server.token(for: server.demo.logins.leader)
            let opened = try await server.api(.POST, "/api/v1/competence/cycles", token: leader, json: [
                "name": "Everyone selling", "frameworkID": framework.id.description, "version": framework.version,
            ])
            #expect(opened.status == .created, "\(opened.text)")
            let id = try #require((try opened.json()["id"] as? String).flatMap(AssessmentCycle.ID.init(uuidString:)))
            let cycle = try #require(try await store.cycle(id))
            #expect(Set(cycle.participantIDs) == Set(AssessmentCycle.defaultParticipants(among: server.demo.people)))
            #expect(cycle.participantIDs.count == server.demo.people.filter { $0.isActive && $0.jobRole.isSellingRole }.count)
        }
    }

    @Test func heatmapValuesEqualARecomputationFromTheStoredResults() async throws {
        try await withServer { server in
            let store = try await Self.seed(server)
            let leader = try await server.token(for: server.demo.logins.leader)
            let cycle = try #require(try await store.cycleSummaries().first { $0.status == .closed })
            let entries = try await store.people(in: .organization, cycle: cycle.id)
            let expected = CompetenceHeatmap(entries: entries, grouping: .markets)

            let heatmap = try await server.api(.GET, "/api/v1/competence/cycles/\(cycle.id)/heatmap?rows=markets&jobRole=all", token: leader)
            #expect(heatmap.status == .ok, "\(heatmap.text)")
            let body = try heatmap.json()
            #expect(body["adjusted"] as? Bool == false)
            let cells = try #require(body["cells"] as? [[String: Any]])
            #expect(cells.count == expected.cells.count)
            for cell in expected.cells {
                let groupID: UUID? = if case .market(let market) = cell.group { market.rawValue } else { nil }
                let served = try #require(cells.first {
                    ($0["competencyID"] as? String).flatMap(UUID.init(uuidString:)) == cell.competencyID.rawValue
                        && (($0["group"] as? [String: Any])?["id"] as? String).flatMap(UUID.init(uuidString:)) == groupID
                })
                #expect(served["ratedCount"] as? Int == cell.count)
                #expect(abs((served["meanLevel"] as? Double ?? -1) - (cell.meanLevel ?? -2)) < 1e-9)
                #expect(served["belowTargetShare"] as? Double == cell.belowTargetShare)
            }
            let totals = try #require(body["total"] as? [[String: Any]])
            let ratedPeople = Dictionary(grouping: entries.flatMap { $0.levels.keys }, by: { $0 }).mapValues(\.count)
            #expect(totals.count == ratedPeople.count)
            for total in totals {
                let competency = try #require((total["competencyID"] as? String).flatMap(Competency.ID.init(uuidString:)))
                #expect(total["ratedCount"] as? Int == ratedPeople[competency])
            }

            // adjusted for leniency by the demo's closed calibration exercise
            let adjusted = try await server.api(.GET, "/api/v1/competence/cycles/\(cycle.id)/heatmap?rows=markets&jobRole=all&adjust=leniency", token: leader)
            #expect(adjusted.status == .ok, "\(adjusted.text)")
            let adjustedBody = try adjusted.json()
            #expect(adjustedBody["adjusted"] as? Bool == true)
            let exercise = try #require(try await store.latestClosedCalibration(framework: cycle.framework.frameworkID))
            #expect(((adjustedBody["adjustment"] as? [String: Any])?["exerciseID"] as? String).flatMap(UUID.init(uuidString:)) == exercise.id.rawValue)
            let adjustedTotals = try #require(adjustedBody["total"] as? [[String: Any]])
            #expect(adjustedTotals.map { $0["ratedCount"] as? Int } == totals.map { $0["ratedCount"] as? Int })

            // The people behind the organization, adjusted, average to the adjusted totals.
            let adjustedPeople = try await server.api(
                .GET, "/api/v1/competence/cycles/\(cycle.id)/heatmap/people?group=organization&adjust=leniency", token: leader)
            #expect(adjustedPeople.status == .ok, "\(adjustedPeople.text)")
            let adjustedPeopleBody = try adjustedPeople.json()
            #expect(adjustedPeopleBody["adjusted"] as? Bool == true)
            #expect(((adjustedPeopleBody["adjustment"] as? [String: Any])?["exerciseID"] as? String).flatMap(UUID.init(uuidString:)) == exercise.id.rawValue)
            func levels(_ body: [String: Any]) throws -> [String: [Double]] {
                var byCompetency: [String: [Double]] = [:]
                for person in try #require(body["people"] as? [[String: Any]]) {
                    for level in try #require(person["levels"] as? [[String: Any]]) {
                        if let value = level["level"] as? Double { byCompetency[level["competencyID"] as! String, default: []].append(value) }
                    }
                }
                return byCompetency
            }
            let adjustedByCompetency = try levels(adjustedPeopleBody)
            for total in adjustedTotals {
                let competency = try #require(total["competencyID"] as? String)
                let values = try #require(adjustedByCompetency[competency])
                #expect(abs(values.reduce(0, +) / Double(values.count) - (total["meanLevel"] as? Double ?? -1)) < 1e-9)
            }
            let plainPeople = try await server.api(.GET, "/api/v1/competence/cycles/\(cycle.id)/heatmap/people?group=organization", token: leader)
            #expect(try plainPeople.json()["adjusted"] as? Bool == false)
            #expect(try levels(plainPeople.json()) != adjustedByCompetency, "the demo's calibrated managers move someone")

            // a manager sees their own team's drill-down, and not the organization's
            let manager = try await server.token(for: server.demo.logins.manager)
            let team = try #require(server.demo.logins.manager.teamID)
            let people = try await server.api(.GET, "/api/v1/competence/cycles/\(cycle.id)/heatmap/people?group=team:\(team)", token: manager)
            #expect(people.status == .ok)
            #expect(try await server.api(.GET, "/api/v1/competence/cycles/\(cycle.id)/heatmap?rows=markets", token: manager).status == .forbidden)
        }
    }

    /// Shrout & Fleiss (1979), Table 2: 6 targets × 4 raters, scores entered through the API.
    @Test func calibrationAgreementMatchesShroutAndFleissTable2() async throws {
        try await withServer { server in
            let logins = server.demo.logins
            let leader = try await server.token(for: logins.leader)
            let created = try await upload(server, .POST, "/api/v1/competence/frameworks", token: leader,
                                           yaml: Self.framework(key: "ten-levels", maximum: 10))
            #expect(created.status == .created, "\(created.text)")
            let frameworkBody = try created.json()
            let frameworkID = try #require(frameworkBody["id"] as? String)
            let competency = try #require(((frameworkBody["areas"] as? [[String: Any]])?.first?["competencies"] as? [[String: Any]])?.first?["id"] as? String)
            #expect(try await server.api(.POST, "/api/v1/competence/frameworks/\(frameworkID)/versions/1/publish", token: leader).status == .ok)

            let norway = try #require(server.demo.markets.first { $0.code == "NO" })
            let marketLeader = try #require(server.demo.people.first { $0.accessRole == .leader && $0.leaderMarketIDs == [norway.id] })
            try await Accounts(database: server.app.db).setPasswordHash(try await server.app.password.async.hash(TestServer.password), for: marketLeader.id, at: server.clock.now)
            let raters = [logins.manager, logins.leader, marketLeader, logins.admin]
            let table: [[Int]] = [[9, 2, 5, 8], [6, 1, 3, 2], [8, 4, 6, 8], [7, 1, 2, 6], [10, 5, 6, 9], [6, 2, 4, 7]]
            let exercise = try await server.api(.POST, "/api/v1/competence/calibrations", token: leader, json: [
                "name": "Shrout & Fleiss", "frameworkID": frameworkID, "version": 1, "competencyIDs": [competency],
                "raterIDs": raters.map(\.id.description), "targets": (1...6).map { ["title": "Case \($0)"] },
            ])
            #expect(exercise.status == .created, "\(exercise.text)")
            let exerciseID = try #require(try exercise.json()["id"] as? String)
            let targets = try #require((try exercise.json()["targets"] as? [[String: Any]])?.compactMap { $0["id"] as? String })

            for (column, rater) in raters.enumerated() {
                let token = try await server.token(for: rater)
                for (row, target) in targets.enumerated() {
                    let score = try await server.api(.PUT, "/api/v1/competence/calibrations/\(exerciseID)/scores", token: token,
                                                     json: ["targetID": target, "competencyID": competency, "level": table[row][column]])
                    #expect(score.status == .ok, "\(score.text)")
                }
            }
            let seller = try await server.token(for: logins.seller)
            #expect(try await server.api(.PUT, "/api/v1/competence/calibrations/\(exerciseID)/scores", token: seller,
                                         json: ["targetID": targets[0], "competencyID": competency, "level": 3]).status == .forbidden)

            let results = try await server.api(.GET, "/api/v1/competence/calibrations/\(exerciseID)", token: leader)
            #expect(results.status == .ok, "\(results.text)")
            let agreement = try #require(try results.json()["agreement"] as? [String: Any])
            let coefficients = try #require(agreement["coefficients"] as? [[String: Any]])
            let values = Dictionary(uniqueKeysWithValues: coefficients.compactMap { c in (c["name"] as? String).map { ($0, c["value"] as? Double) } })
            let published: [String: Double] = ["ICC(1,1)": 0.17, "ICC(2,1)": 0.29, "ICC(3,1)": 0.71, "ICC(1,4)": 0.44, "ICC(2,4)": 0.62, "ICC(3,4)": 0.91]
            for (name, value) in published {
                let served = try #require(values[name] ?? nil, "\(name) missing")
                #expect(abs(served - value) < 0.005, "\(name): \(served)")
            }
            #expect(try await server.api(.POST, "/api/v1/competence/calibrations/\(exerciseID)/close", token: leader).status == .ok)
            #expect(try await server.api(.POST, "/api/v1/competence/calibrations/\(exerciseID)/close", token: leader).status == .conflict)
        }
    }

    /// `teamIDs` is the form's team choice: a team brings in its subtree as far as the caller reads
    /// (here a Norwegian market leader: everyone Norwegian in the team and below it, each once
    /// beside a target already naming them); a team out of reach and an unknown one are 422 at
    /// `teamIDs`, together with the exercise's other problems.
    @Test func aCalibrationCanTargetWholeTeams() async throws {
        try await withServer { server in
            // setup
            let store = try await CalibrationPagesTests.store(server)
            let framework = try #require(try await store.frameworkVersions().filter { $0.status == .published }.max { $0.version < $1.version })
            let demo = server.demo
            let norway = try #require(demo.markets.first { $0.code == "NO" })
            let marketLeader = try #require(demo.people.first { $0.accessRole == .leader && $0.isActive && $0.leaderMarketIDs == [norway.id] })
            try await Accounts(database: server.app.db).setPasswordHash(try await server.app.password.async.hash(TestServer.password), for: marketLeader.id, at: server.clock.now)
            let token = try await server.token(for: marketLeader)
            // A city team: below Norway's market team, above its segment teams.
            let team = try #require(demo.teams.first { team in
                team.isActive && team.marketID == norway.id && demo.teams.contains { $0.id == team.parentID && $0.marketID == norway.id }
                    && demo.teams.contains { $0.parentID == team.id }
            })
            let swedishTeam = try #require(demo.teams.first { $0.isActive && $0.marketID != nil && $0.marketID != norway.id })
            let subtree = TeamHierarchy(demo.teams.filter(\.isActive)).subtree(of: team.id)
            let expected = demo.people.filter { $0.isActive && $0.teamID.map(subtree.contains) == true && ($0.marketID == norway.id || $0.id == marketLeader.id) }
            let named = try #require(expected.first)
            let raters = demo.people.filter { $0.accessRole == .manager && $0.isActive }.prefix(2).map(\.id.description)
            func body(name: String, teamIDs: [String]) -> [String: Any] {
                ["name": name, "frameworkID": framework.reference.frameworkID.rawValue.uuidString, "version": framework.version,
                 "competencyIDs": [framework.competencies[0].id.description], "raterIDs": raters,
                 "targets": [["title": named.name, "personID": named.id.description]], "teamIDs": teamIDs]
            }

            // MUT
            let refused = try await server.api(.POST, "/api/v1/competence/calibrations", token: token,
                                               json: body(name: " ", teamIDs: [team.id.description, swedishTeam.id.description, UUID().uuidString]))
            let created = try await server.api(.POST, "/api/v1/competence/calibrations", token: token,
                                               json: body(name: "Norway", teamIDs: [team.id.description]))

            // validate
            #expect(refused.status == .unprocessableEntity)
            let problems = try JSONDecoder().decode(APIErrorBody.self, from: Data(refused.text.utf8)).problems ?? []
            #expect(problems.map(\.field) == ["teamIDs", "teamIDs", "name"])
            #expect(problems.map(\.code) == ["invalid_value", "not_found", "required"])
            #expect(created.status == .created, "\(created.text)")
            let targets = try #require(try created.json()["targets"] as? [[String: Any]]).compactMap { $0["personID"] as? String }
            #expect(targets.map { $0.lowercased() }.sorted() == expected.map(\.id.description).sorted())
        }
    }

    /// A deactivated person can neither be assessed in a new cycle nor be a calibration's target
    /// or rater: refused naming the field and the person, nothing stored.
    @Test func aDeactivatedPersonIsRefusedAsParticipantTargetAndRater() async throws {
        try await withServer { server in
            let store = try await Self.seed(server)
            let logins = server.demo.logins
            let teammate = try Self.teammate(of: logins.seller, in: server.demo)
            let framework = try #require(try await store.frameworkVersions().first { $0.status == .published })
            let admin = try await server.token(for: logins.admin)
            let leader = try await server.token(for: logins.leader)
            #expect(try await server.api(.DELETE, "/api/v1/people/\(teammate.id)", token: admin).status == .ok)
            let cyclesBefore = try await store.cycleSummaries().count

            // MUT
            let cycle = try await server.api(.POST, "/api/v1/competence/cycles", token: leader, json: [
                "name": "With a leaver", "frameworkID": framework.id.description, "version": framework.version,
                "participantIDs": [logins.seller.id.description, teammate.id.description],
            ])
            let calibration = try await server.api(.POST, "/api/v1/competence/calibrations", token: leader, json: [
                "name": "With a leaver", "frameworkID": framework.reference.frameworkID.rawValue.uuidString, "version": framework.version,
                "competencyIDs": [framework.competencies[0].id.description],
                "raterIDs": [logins.manager.id.description, teammate.id.description],
                "targets": [["title": teammate.name, "personID": teammate.id.description], ["title": "A written case"]],
            ])

            // validate
            #expect(cycle.status == .unprocessableEntity)
            let cycleError = try JSONDecoder().decode(APIErrorBody.self, from: Data(cycle.text.utf8))
            #expect(cycleError.error.field == "participantIDs" && cycleError.error.code == "invalid_value", "\(cycle.text)")
            #expect(cycle.text.contains(teammate.name))
            #expect(try await store.cycleSummaries().count == cyclesBefore)
            #expect(calibration.status == .unprocessableEntity)
            let problems = try JSONDecoder().decode(APIErrorBody.self, from: Data(calibration.text.utf8)).problems ?? []
            #expect(problems.map(\.field) == ["raterIDs", "targets"], "\(calibration.text)")
            #expect(problems.allSatisfy { $0.code == "invalid_value" && $0.message.contains(teammate.name) })
        }
    }
}
