import Foundation
@testable import KeelServer
import KeelStore
import SalesDomain
import Testing
import Vapor

/// The frameworks page and `GET /api/v1/competence/frameworks` (and one version's page and API)
/// are one query each: for a seller, a manager, a leader of one market, a leader and an admin,
/// both list the same versions in the same order, and only leadership is offered changes.
@Suite(.serialized) struct FrameworkAccessTests {
    @Test func eachRoleSeesTheSameVersionsOnThePageAndInTheAPI() async throws {
        try await withServer { server in
            // setup
            let demo = server.demo
            let setting = try await CompetencePagesTests.setting(server)
            let published = setting.framework
            let draft = try await setting.store.newDraft(from: published.reference, actor: demo.logins.admin.id, at: server.clock.now)
            let expected = try await setting.store.frameworkVersions()
                .sorted { ($0.key, -$0.version) < ($1.key, -$1.version) }.map { "\($0.id)/\($0.version)".lowercased() }
            #expect(expected.starts(with: ["\(draft.id)/2".lowercased(), "\(published.id)/1".lowercased()]))

            for (name, person) in try await server.viewersOfEachRole() {
                let mayChange = person.accessRole >= Capability.configureRules.minimumRole
                let (token, browser) = try await server.signedIn(person)
                // MUT
                let api = try await server.api(.GET, "/api/v1/competence/frameworks", token: token)
                let page = try await browser.get("/competence/frameworks")
                let version = try await browser.get(FrameworkPage.path(published))
                let versionAPI = try await server.api(.GET, "/api/v1/competence/frameworks/\(published.id)/versions/1", token: token)
                // validate
                try #require(api.status == .ok && page.status == .ok && version.status == .ok && versionAPI.status == .ok, "\(name)")
                let items = try #require(try api.json()["items"] as? [[String: Any]])
                let served = items.map { "\($0["id"] as? String ?? "")/\($0["version"] as? Int ?? 0)".lowercased() }
                #expect(served == expected, "\(name): API versions, each framework's newest first")
                #expect(try api.json()["total"] as? Int == expected.count, "\(name)")
                let listed = Self.matches(of: #"href="/competence/frameworks/([0-9a-f-]{36}/[0-9]+)">"#, in: page.text.lowercased())
                #expect(listed == expected, "\(name): page versions, in the API's order")
                #expect(page.text.contains("id=\"framework-import\"") == mayChange, "\(name): importing")
                #expect(version.text.contains("id=\"new-draft\"") == mayChange, "\(name): a new draft")
                #expect(try versionAPI.json()["version"] as? Int == 1, "\(name)")
            }
        }
    }

    /// A version the organization does not have is not found on the page and in the API alike.
    @Test func anUnknownVersionIsNotFoundOnThePageAndInTheAPI() async throws {
        try await withServer { server in
            // setup
            let framework = try await CompetencePagesTests.setting(server).framework
            let seller = TestBrowser(server)
            try await seller.signIn(server.demo.logins.seller.email)
            let token = try await server.token(for: server.demo.logins.seller)
            // MUT, validate
            #expect(try await seller.get("/competence/frameworks/\(framework.id)/9").status == .notFound)
            let api = try await server.api(.GET, "/api/v1/competence/frameworks/\(framework.id)/versions/9", token: token)
            #expect(api.status == .notFound)
            #expect((try api.json()["error"] as? [String: Any])?["field"] as? String == "version", "\(api.text)")
        }
    }

    /// Every distinct match of the pattern's first group, in the order found.
    static func matches(of pattern: String, in text: String) -> [String] {
        let expression = try! NSRegularExpression(pattern: pattern)
        let found = expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
        }
        var seen = Set<String>()
        return found.filter { seen.insert($0).inserted }
    }
}
