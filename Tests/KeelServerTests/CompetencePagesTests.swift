import Foundation
import KeelCharts
import KeelImport
@testable import KeelServer
import KeelStore
import SalesDomain
import Testing
import Vapor

/// The competence pages through real HTTP on the demo organization's competence history: a
/// manager rates a report, the seller sees the radar once the cycle closes and comments; the
/// heatmap shows what the stored results say, within each viewer's reach; frameworks download,
/// import and publish; calibration shows agreement and leniency.
@Suite(.serialized) struct CompetencePagesTests {
    struct Setting {
        var store: CompetenceStore
        var history: CompetenceSeeding.Counts
        var openCycle: AssessmentCycleSummary
        var framework: CompetencyFramework
    }

    static func setting(_ server: TestServer) async throws -> Setting {
        let organization = server.demo.organization.id
        let history = try await CompetenceSeeding(database: server.app.db, organizationID: organization)
            .storeDemo(for: server.demo, seed: 11, now: server.clock.now)
        let store = CompetenceStore(database: server.app.db, organizationID: organization)
        let open = try #require(try await store.cycleSummaries().first { $0.status == .open })
        let framework = try #require(try await store.framework(open.framework))
        return Setting(store: store, history: history, openCycle: open, framework: framework)
    }

    static func managersByTeam(_ demo: DemoOrganization) -> [Team.ID: [Person]] {
        Dictionary(grouping: demo.people.filter { $0.isActive && $0.teamID != nil && RaterEligibility.managingRoles.contains($0.accessRole) },
                   by: { $0.teamID! })
    }

    /// SPEC §1: a manager assesses their sellers. A leader may rate anyone below them, but the
    /// open cycle lists only the people who report to them.
    @Test func theOpenCycleListsTheViewersDirectReportsToAssessNotEveryoneBelow() async throws {
        try await withServer { server in
            let setting = try await Self.setting(server)
            let cycle = setting.openCycle.id
            let participants = Set(try #require(try await setting.store.cycle(cycle)).participantIDs)
            let hierarchy = TeamHierarchy(server.demo.teams)
            let managersByTeam = Self.managersByTeam(server.demo)
            var someoneIndirect = false
            for viewer in [server.demo.logins.leader, server.demo.logins.manager] {
                let below = server.demo.people.filter {
                    $0.isActive && participants.contains($0.id) && RaterEligibility.isManager(viewer, of: $0, hierarchy: hierarchy)
                }
                let direct = below.filter {
                    RaterEligibility.directManagers(of: $0, managersByTeam: managersByTeam, hierarchy: hierarchy).contains { $0.id == viewer.id }
                }
                let indirect = below.filter { person in !direct.contains { $0.id == person.id } }
                let browser = try await CalibrationPagesTests.signIn(viewer, on: server)
                let overview = try await browser.get("/competence")
                #expect(overview.status == .ok)
                for person in direct { #expect(overview.text.contains("id=\"rate-\(person.id)\""), "\(viewer.name) → \(person.name)") }
                for person in indirect { #expect(!overview.text.contains("id=\"rate-\(person.id)\""), "\(viewer.name) ↛ \(person.name)") }
                if let deeper = indirect.first {
                    someoneIndirect = true
                    #expect(try await browser.get("/competence/cycles/\(cycle)/people/\(deeper.id)/rate").status == .ok,
                            "listing is not permission: a manager above may still rate them")
                }
            }
            #expect(someoneIndirect, "the demo's leader has sellers below their direct reports")
        }
    }

    @Test func aManagerRatesAReportWhoSeesTheRadarAfterTheCycleCloses() async throws {
        try await withServer { server in
            let setting = try await Self.setting(server)
            let store = setting.store
            let cycle = setting.openCycle.id
            let manager = server.demo.logins.manager
            let hierarchy = TeamHierarchy(server.demo.teams)
            let given = Set(try await store.ratings(in: cycle, by: manager.id).map(\.rateeID))
            let participants = Set(try #require(try await store.cycle(cycle)).participantIDs)
            let managersByTeam = Self.managersByTeam(server.demo)
            let ratee = try #require(server.demo.people.first {
                participants.contains($0.id) && !given.contains($0.id)
                    && RaterEligibility.directManagers(of: $0, managersByTeam: managersByTeam, hierarchy: hierarchy).contains { $0.id == manager.id }
            }, "the demo leaves some of the manager's reports unrated in the open cycle")
            try await Accounts(database: server.app.db).setPasswordHash(try await server.app.password.async.hash(TestServer.password), for: ratee.id, at: server.clock.now)
            let profile = try #require(try await store.applicableProfile(to: ratee, framework: setting.framework.id))
            let competencies = setting.framework.competencies.filter { profile.targets[$0.id] != nil }.map(\.id)
            #expect(competencies.count == profile.entries.count)

            let managerBrowser = TestBrowser(server)
            try await managerBrowser.signIn(manager.email)
            let overview = try await managerBrowser.get("/competence")
            #expect(overview.status == .ok)
            #expect(overview.text.contains("id=\"rate-\(ratee.id)\""))
            let formPath = "/competence/cycles/\(cycle)/people/\(ratee.id)/rate"
            let form = try await managerBrowser.get(formPath)
            #expect(form.status == .ok)
            for competency in competencies { #expect(form.text.contains("name=\"level-\(competency)\"")) }

            // Submitting with a competency unrated names it; a level off the scale is refused; nothing is stored.
            let partial = try await managerBrowser.post(formPath, form: [("action", "submit"), ("level-\(competencies[0])", "3")])
            #expect(partial.status == .unprocessableEntity)
            #expect(partial.text.contains("href=\"#level-\(competencies[1])\""))
            let offScale = try await managerBrowser.post(formPath, form: [("action", "draft"), ("level-\(competencies[0])", "9")])
            #expect(offScale.status == .unprocessableEntity)
            #expect(offScale.text.contains("#level-\(competencies[0])"))
            #expect(try await store.ratings(in: cycle, by: manager.id).filter { $0.rateeID == ratee.id }.isEmpty)

            let draft = try await managerBrowser.post(formPath, form: [("action", "draft"), ("level-\(competencies[0])", "2")])
            #expect(draft.status == .ok)
            #expect(draft.text.contains("id=\"rating-notice\""))
            let drafts = try await store.ratings(in: cycle, by: manager.id).filter { $0.rateeID == ratee.id }
            #expect(drafts.count == 1 && drafts.allSatisfy { !$0.isSubmitted })

            var levels: [Competency.ID: Int] = [:]
            var fields: [(String, String)] = [("action", "submit")]
            for (index, competency) in competencies.enumerated() {
                levels[competency] = 1 + index % 5
                fields.append(("level-\(competency)", String(levels[competency]!)))
                fields.append(("evidence-\(competency)", "Observed in the Nordea meeting, week \(index + 2)"))
            }
            let submitted = try await managerBrowser.post(formPath, form: fields)
            #expect(submitted.status == .ok)
            #expect(submitted.text.contains("id=\"form-submitted\""))
            let stored = try await store.ratings(in: cycle, by: manager.id).filter { $0.rateeID == ratee.id }
            #expect(stored.count == competencies.count && stored.allSatisfy(\.isSubmitted))
            #expect(Dictionary(uniqueKeysWithValues: stored.map { ($0.competencyID, $0.level) }) == levels)
            let twice = try await managerBrowser.post(formPath, form: fields)
            #expect(twice.status == .unprocessableEntity)
            #expect(twice.text.contains("already submitted"))

            // The seller sees nothing of it while the cycle is open; a teammate never does.
            let sellerBrowser = TestBrowser(server)
            try await sellerBrowser.signIn(ratee.email)
            let resultsPath = "/competence/cycles/\(cycle)/people/\(ratee.id)"
            let early = try await sellerBrowser.get(resultsPath)
            #expect(early.status == .ok)
            #expect(early.text.contains("id=\"results-wait\""))
            #expect(!early.text.contains("<svg"))
            // In their place, the refusal the API answers with 409.
            let refusal = Localizer(.english)(Problem(.resultsShownAfterClose, ["name": try #require(try await store.cycle(cycle)).name]))
            #expect(early.text.contains(Node.escape(refusal)))
            let earlyAPI = try await server.api(.GET, "/api/v1/competence/cycles/\(cycle)/results/\(ratee.id)", token: try await server.token(for: ratee))
            #expect(earlyAPI.status == .conflict)
            #expect((try earlyAPI.json()["error"] as? [String: Any])?["message"] as? String == refusal)
            if server.demo.logins.seller.id != ratee.id {
                let teammate = TestBrowser(server)
                try await teammate.signIn(server.demo.logins.seller.email)
                #expect(try await teammate.get(resultsPath).status == .notFound)
            }

            // Only leadership closes, and only once.
            #expect(try await managerBrowser.post("/competence/cycles/\(cycle)/close", form: [("confirm", "yes")]).status == .forbidden)
            let leaderBrowser = TestBrowser(server)
            try await leaderBrowser.signIn(server.demo.logins.leader.email)
            let competencePage = try await leaderBrowser.get("/competence")
            #expect(competencePage.text.contains("href=\"/competence/cycles/\(cycle)/progress\""), "closing starts from the cycle's progress")
            #expect(!competencePage.text.contains("id=\"close-cycle\""), "no one-click close on the overview")
            let progress = try await leaderBrowser.get("/competence/cycles/\(cycle)/progress")
            #expect(progress.status == .ok)
            #expect(progress.text.contains("id=\"progress-teams\"") && progress.text.contains("id=\"confirm-close\""))
            // Unconfirmed, nothing closes: the page says why, and what is still missing.
            let unconfirmed = try await leaderBrowser.post("/competence/cycles/\(cycle)/close", form: [])
            #expect(unconfirmed.status == .unprocessableEntity)
            #expect(unconfirmed.text.contains("id=\"error-confirm\""))
            #expect(try await sellerBrowser.get(resultsPath).text.contains("id=\"results-wait\""), "the cycle is still open")
            let closed = try await leaderBrowser.post("/competence/cycles/\(cycle)/close", form: [("confirm", "yes")])
            #expect(closed.status == .ok)
            #expect(closed.text.contains("id=\"competence-notice\""))
            let again = try await leaderBrowser.post("/competence/cycles/\(cycle)/close", form: [("confirm", "yes")])
            #expect(again.status == .unprocessableEntity)

            let results = try await sellerBrowser.get(resultsPath)
            #expect(results.status == .ok)
            #expect(results.text.contains("<svg"))
            #expect(results.text.contains("role=\"img\""))
            for competency in competencies {
                let row = try #require(results.text.range(of: "id=\"result-\(competency)\"").map { String(results.text[$0.upperBound...].prefix(400)) })
                #expect(row.contains("<td class=\"num level\" data-label=\"Level\">\(levels[competency]!)</td>"), "\(row)")
            }
            let comment = try await sellerBrowser.post("\(resultsPath)/comment", form: [("text", "I see the CRM point; the Q3 <reorg> explains part of it.")])
            #expect(comment.status == .ok)
            #expect(comment.text.contains("the Q3 &lt;reorg&gt; explains part"))
            let seenByManager = try await managerBrowser.get(resultsPath)
            #expect(seenByManager.text.contains("the Q3 &lt;reorg&gt; explains part"))
            // Nobody comments on someone else's evaluation.
            #expect(try await managerBrowser.post("\(resultsPath)/comment", form: [("text", "Noted")]).status == .forbidden)
        }
    }

    @Test func leadershipOpensACycleWithItsOwnWeightsAndBadWeightsChangeNothing() async throws {
        try await withServer { server in
            let setting = try await Self.setting(server)
            let leader = TestBrowser(server)
            try await leader.signIn(server.demo.logins.leader.email)
            _ = try await leader.get("/competence")
            #expect(try await leader.post("/competence/cycles/\(setting.openCycle.id)/close", form: [("confirm", "yes")]).status == .ok)
            let overview = try await leader.get("/competence")
            #expect(overview.text.contains("id=\"cycle-managerWeight\""))
            let before = try await setting.store.cycleSummaries().count

            let form: [(String, String)] = [("name", "Autumn review"), ("framework", setting.openCycle.framework.formValue)]
            let negative = try await leader.post("/competence/cycles", form: form + [("managerWeight", "-1"), ("selfWeight", "1")])
            #expect(negative.status == .unprocessableEntity)
            #expect(negative.text.contains("cycle-managerWeight") && negative.text.contains("-1"))
            _ = try await leader.get("/competence")
            let allZero = try await leader.post("/competence/cycles", form: form + [("managerWeight", "0"), ("selfWeight", "0")])
            #expect(allZero.status == .unprocessableEntity)
            #expect(try await setting.store.cycleSummaries().count == before)

            _ = try await leader.get("/competence")
            let opened = try await leader.post("/competence/cycles", form: form + [("managerWeight", "2"), ("selfWeight", "1,5"), ("peerWeight", "")])
            #expect(opened.status == .ok)
            let cycle = try #require(try await setting.store.cycleSummaries().first { $0.status == .open })
            #expect(cycle.name == "Autumn review")
            #expect(cycle.policy == (try ConsolidationPolicy(managerWeight: 2, selfWeight: 1.5, peerWeight: 0)))
        }
    }

    @Test func theHeatmapShowsTheStoredResultsWithinEachViewersReach() async throws {
        try await withServer { server in
            let setting = try await Self.setting(server)
            let closed = try #require(try await setting.store.cycleSummaries().first { $0.status == .closed })
            let leader = TestBrowser(server)
            try await leader.signIn(server.demo.logins.leader.email)
            let markets = try await leader.get("/competence/cycles/\(closed.id)/heatmap?rows=markets&jobRole=all")
            #expect(markets.status == .ok)

            // The total row equals the organization's means computed from every stored result.
            let entries = try await setting.store.people(in: .organization, cycle: closed.id)
            let framework = try #require(try await setting.store.framework(closed.framework))
            let numbers = ChartNumberFormat.english
            let expected = framework.competencies.compactMap { competency -> String? in
                let levels = entries.compactMap { $0.levels[competency.id] }
                return levels.isEmpty ? nil : numbers.number(levels.reduce(0, +) / Double(levels.count))
            }
            let totalRow = try #require(markets.text.range(of: "id=\"heatmap-total\"").map { String(markets.text[$0.upperBound...]) })
            let shown = totalRow.prefix(while: { _ in true }).components(separatedBy: "</tr>")[0]
                .matches(of: /<small> · ([^<]+)<\/small>/).map { String($0.1) }
            #expect(shown == expected)
            for market in server.demo.markets where entries.contains(where: { $0.marketID == market.id }) {
                #expect(markets.text.contains("<th scope=\"row\">\(market.name) "))
            }

            let seller = TestBrowser(server)
            try await seller.signIn(server.demo.logins.seller.email)
            #expect(try await seller.get("/competence/cycles/\(closed.id)/heatmap").status == .forbidden)

            let managerLogin = server.demo.logins.manager
            let manager = TestBrowser(server)
            try await manager.signIn(managerLogin.email)
            let own = try await manager.get("/competence/cycles/\(closed.id)/heatmap")
            #expect(own.status == .ok)
            let team = try #require(server.demo.teams.first { $0.id == managerLogin.teamID })
            #expect(own.text.contains(team.name))
            #expect(try await manager.get("/competence/cycles/\(closed.id)/heatmap?rows=markets").status == .forbidden)
            let elsewhere = try #require(server.demo.teams.first { !TeamHierarchy(server.demo.teams).subtree(of: team.id).contains($0.id) && $0.parentID != nil })
            #expect(try await manager.get("/competence/cycles/\(closed.id)/heatmap?rows=teams&team=\(elsewhere.id)").status == .notFound)
            #expect(try await manager.get("/competence/cycles/\(closed.id)/heatmap?jobRole=astronaut").status == .badRequest)

            // Drilling down lists the team's people with their levels and links to their results.
            let people = try await manager.get("/competence/cycles/\(closed.id)/people?group=team:\(team.id)")
            #expect(people.status == .ok)
            let members = entries.filter { $0.teamID == team.id }
            #expect(!members.isEmpty)
            for member in members { #expect(people.text.contains("/competence/cycles/\(closed.id)/people/\(member.personID)")) }
            #expect(try await manager.get("/competence/cycles/\(closed.id)/people?group=organization").status == .forbidden)
        }
    }

    @Test func frameworksDownloadImportAsTheNextDraftAndPublishOnce() async throws {
        try await withServer { server in
            let setting = try await Self.setting(server)
            let framework = setting.framework
            let seller = TestBrowser(server)
            try await seller.signIn(server.demo.logins.seller.email)
            let list = try await seller.get("/competence/frameworks")
            #expect(list.status == .ok)
            #expect(!list.text.contains("id=\"framework-import\""))
            let base = "/competence/frameworks/\(framework.id)/\(framework.version)"
            let page = try await seller.get(base)
            #expect(page.status == .ok)
            #expect(page.text.contains(try #require(framework.competencies.first).name.text(in: .english)))
            let download = try await seller.get("\(base)/download?format=yaml")
            #expect(download.status == .ok)
            #expect(download.headers.first(name: .contentDisposition)?.contains("attachment; filename=\"\(framework.key)-v\(framework.version).yaml\"") == true)
            #expect(try FrameworkFile.parse(download.body) == FrameworkDocument(framework))
            #expect(try await seller.get("\(base)/download?format=xml").status == .badRequest)
            #expect(try await seller.post("\(base)/publish", form: []).status == .forbidden)

            let leader = TestBrowser(server)
            try await leader.signIn(server.demo.logins.leader.email)
            try await leader.get("/competence/frameworks")
            let broken = download.text.replacingOccurrences(of: "\n    - level: 3\n", with: "\n    - level: 6\n")
            #expect(broken != download.text)
            let refused = try await leader.upload("/competence/frameworks", fields: [], file: ("file", "broken.yaml", broken))
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("line "))
            #expect(refused.text.contains("Level 3 is missing."))
            #expect(try await setting.store.frameworkVersions().count == 1)

            let imported = try await leader.upload("/competence/frameworks", fields: [], file: ("file", "edited.yaml", download.text))
            #expect(imported.status == .seeOther)
            let next = "/competence/frameworks/\(framework.id)/\(framework.version + 1)"
            #expect(imported.headers.first(name: .location) == next)
            try await leader.get(next)
            #expect(try await leader.post("\(next)/publish", form: []).status == .seeOther)
            let twice = try await leader.post("\(next)/publish", form: [])
            #expect(twice.status == .conflict)
            #expect(try await setting.store.frameworkVersions().filter { $0.status == .published }.count == 2)
        }
    }

    @Test func calibrationShowsAgreementAndEachRatersLeniency() async throws {
        try await withServer { server in
            _ = try await Self.setting(server)
            let store = CompetenceStore(database: server.app.db, organizationID: server.demo.organization.id)
            let exercise = try #require(try await store.calibrationExercises().first)
            let results = try await store.calibrationResults(exercise.id)
            let generated = DemoCompetenceGenerator(
                server.demo, framework: try #require(try await store.framework(exercise.framework)),
                spec: DemoCompetenceSpec(seed: 11, now: server.clock.now))
            let lenient = try #require(generated.patterns.lenientRater)
            let harsh = try #require(generated.patterns.harshRater)

            let leader = TestBrowser(server)
            try await leader.signIn(server.demo.logins.leader.email)
            let page = try await leader.get("/competence/calibrations/\(exercise.id)")
            #expect(page.status == .ok)
            let agreement = try #require(results.agreement)
            let value = ChartNumberFormat.english.number(try #require(agreement.singleRater(.twoWayRandom)), maximumFractionDigits: 2)
            #expect(page.text.contains("ICC(2,1) = \(value)"))
            let lenientRow = try #require(page.text.range(of: "id=\"leniency-\(lenient)\"").map { String(page.text[$0.upperBound...].prefix(300)) })
            #expect(lenientRow.contains(">lenient<"))
            let harshRow = try #require(page.text.range(of: "id=\"leniency-\(harsh)\"").map { String(page.text[$0.upperBound...].prefix(300)) })
            #expect(harshRow.contains(">strict<"))

            let seller = TestBrowser(server)
            try await seller.signIn(server.demo.logins.seller.email)
            #expect(try await seller.get("/competence/calibrations/\(exercise.id)").status == .forbidden)
        }
    }

    /// Issue 13, item 2: once a report has submitted their self-assessment, their manager's form
    /// shows it on each competency, with the consolidated level of the framework's previous
    /// closed cycle, both in words and marked on the scale; the person sees only their previous
    /// level on their own form.
    @Test func aManagersFormShowsTheSubmittedSelfRatingAndThePreviousLevel() async throws {
        try await withServer { server in
            // setup
            let setting = try await Self.setting(server)
            let store = setting.store
            let cycle = setting.openCycle.id
            let closed = try #require(try await store.cycleSummaries().first { $0.status == .closed && $0.openedAt < setting.openCycle.openedAt })
            let manager = server.demo.logins.manager
            let hierarchy = TeamHierarchy(server.demo.teams)
            let participants = Set(try #require(try await store.cycle(cycle)).participantIDs)
            let managersByTeam = Self.managersByTeam(server.demo)
            let candidates = server.demo.people.filter {
                participants.contains($0.id)
                    && RaterEligibility.directManagers(of: $0, managersByTeam: managersByTeam, hierarchy: hierarchy).contains { $0.id == manager.id }
            }
            var ratee: (Person, [Competency.ID: Double])?
            for person in candidates where try await store.ratings(in: cycle, by: person.id).filter({ $0.rateeID == person.id }).isEmpty {
                let levels = try await store.consolidatedLevels(cycle: closed.id, people: [person.id])[person.id] ?? [:]
                if !levels.isEmpty { ratee = (person, levels); break }
            }
            let (person, previous) = try #require(ratee, "the demo leaves some of the manager's reports, rated last cycle, without a self-assessment")
            try await Accounts(database: server.app.db).setPasswordHash(try await server.app.password.async.hash(TestServer.password), for: person.id, at: server.clock.now)
            let profile = try #require(try await store.applicableProfile(to: person, framework: setting.framework.id))
            let competencies = setting.framework.competencies.filter { profile.targets[$0.id] != nil }.map(\.id)
            let formPath = "/competence/cycles/\(cycle)/people/\(person.id)/rate"
            let managerBrowser = TestBrowser(server)
            try await managerBrowser.signIn(manager.email)
            let before = try await managerBrowser.get(formPath)
            #expect(before.text.contains("No self-assessment submitted yet"))
            #expect(!before.text.contains("self-mark"))

            // MUT: the person submits their self-assessment (level 4 on every competency)
            let own = TestBrowser(server)
            try await own.signIn(person.email)
            let fields = [("action", "submit")] + competencies.map { ("level-\($0)", "4") }
            #expect(try await own.post(formPath, form: fields).status == .ok)
            let after = try await managerBrowser.get(formPath)

            // validate
            #expect(after.status == .ok)
            for competency in competencies {
                let references = try #require(after.text.range(of: "id=\"references-level-\(competency)\"").map { String(after.text[$0.upperBound...].prefix(300)) })
                #expect(references.contains("Their self-assessment: 4"))
                if let level = previous[competency] {
                    #expect(references.contains("Consolidated level in \(closed.name): \(ChartNumberFormat.english.number(level))"))
                }
            }
            #expect(after.text.components(separatedBy: "badge self-mark").count - 1 == competencies.count, "marked on level 4 of every scale")
            #expect(after.text.contains("badge previous-mark"))
            let ownForm = try await own.get(formPath)
            #expect(!ownForm.text.contains("Their self-assessment"), "the person's own form repeats only their previous level")
            #expect(ownForm.text.contains("badge previous-mark"))

            // The API shows the same, to the same viewers.
            let apiPath = "/api/v1/competence/cycles/\(cycle)/people/\(person.id)/references"
            func items(_ viewer: Person) async throws -> [String: [String: Any]]? {
                let exchange = try await server.api(.GET, apiPath, token: try await server.token(for: viewer))
                guard exchange.status == .ok else {
                    #expect(exchange.status == .notFound)
                    return nil
                }
                let list = try #require(try exchange.json()["items"] as? [[String: Any]])
                return Dictionary(uniqueKeysWithValues: list.map { (($0["competencyID"] as? String ?? "").lowercased(), $0) })
            }
            let managersView = try #require(try await items(manager))
            #expect(Set(managersView.keys) == Set(competencies.map(\.description)))
            for competency in competencies {
                let item = try #require(managersView[competency.description])
                #expect(item["selfLevel"] as? Int == 4)
                #expect(item["targetLevel"] as? Int == profile.targets[competency])
                let previousLevel = (item["previous"] as? [String: Any])?["level"] as? Double
                #expect(previousLevel == previous[competency])
                if previous[competency] != nil { #expect((item["previous"] as? [String: Any])?["cycleName"] as? String == closed.name) }
            }
            let ownView = try #require(try await items(person))
            #expect(ownView.values.allSatisfy { $0["selfLevel"] == nil }, "the person sees their own answer on their own form")
            #expect(ownView.values.contains { $0["previous"] != nil })
            // A peer rates without the self-rating and sees nobody's results; outside the manager's reach it is 404.
            let peer = try #require(server.demo.people.first {
                $0.isActive && $0.teamID == person.teamID && $0.id != person.id && $0.accessRole == .seller
            })
            try await Accounts(database: server.app.db).setPasswordHash(try await server.app.password.async.hash(TestServer.password), for: peer.id, at: server.clock.now)
            #expect(RaterEligibility.source(rater: peer, ratee: person, hierarchy: hierarchy) == .peer)
            let peersView = try #require(try await items(peer))
            #expect(peersView.values.allSatisfy { $0["selfLevel"] == nil && $0["previous"] == nil })
            let stranger = try #require(server.demo.people.first {
                $0.isActive && RaterEligibility.managingRoles.contains($0.accessRole) && $0.id != manager.id
                    && RaterEligibility.source(rater: $0, ratee: person, hierarchy: hierarchy) == nil
            })
            try await Accounts(database: server.app.db).setPasswordHash(try await server.app.password.async.hash(TestServer.password), for: stranger.id, at: server.clock.now)
            #expect(try await items(stranger) == nil, "a manager sees their own subtree only")
        }
    }
}
