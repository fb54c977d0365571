import ArgumentParser
import FluentKit
import Foundation
import KeelServer
import KeelStore
import SalesDomain

struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a generated Nordic demo organization (deterministic for a seed)."
    )

    @OptionGroup var database: DatabaseOptions

    @ArgumentParser.Option(help: "Number of sellers; managers and leaders are added on top.")
    var sellers: Int = 120

    @ArgumentParser.Option(help: ArgumentHelp(
        "Seed for the generator: the same seed makes the same organization.",
        discussion: "Left out, the first seed from 1 whose organization is not yet in the database."))
    var seed: UInt64?

    @ArgumentParser.Option(help: "The organization's name.")
    var name: String = "Nordkap Solutions"

    @ArgumentParser.Option(help: "Short name used in the demo e-mail domain (SLUG.keel.test); must be unused.")
    var slug: String = "demo"

    @ArgumentParser.Option(help: ArgumentHelp(
        "Weeks of execution history to generate for every seller: accounts, deals with their stage history, activities and postponements (0: none).",
        discussion: "The weeks end just before the current week, so 52 is the last year. Expect about a thousand activities per seller for 52 weeks."))
    var weeks: Int = 0

    @ArgumentParser.Option(help: "Password for the four demo logins (default: KEEL_DEMO_PASSWORD, else a random one).")
    var password: String?

    func validate() throws {
        guard (0...1_000_000).contains(sellers) else { throw ValidationError("--sellers must be from 0 to 1,000,000") }
        guard !slug.isEmpty, slug.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else {
            throw ValidationError("--slug may contain only letters, digits and '-'")
        }
        guard (0...520).contains(weeks) else { throw ValidationError("--weeks must be from 0 to 520 (ten years), e.g. 52") }
    }

    func run() async throws {
        let configuration = try database.configuration()
        try await KeelRuntime.withApplication(configuration) { app in
            let started = Date()
            let organizations = Organizations(database: app.db)
            if try await organizations.organization(slug: slug.lowercased()) != nil {
                throw CommandFailure("an organization with the slug '\(slug.lowercased())' is already in this database; choose another --slug")
            }
            let seed = try Self.seed(self.seed, avoiding: Set(try await organizations.all().map(\.id)))
            let spec = DemoOrganizationSpec(
                sellers: sellers, seed: seed, name: name, slug: slug.lowercased(), createdAt: Date(), historyWeeks: weeks)
            let result = try await DemoSeeding.seed(spec, password: password ?? configuration.demoPassword, on: app)
            print(String(format: "Organization stored in %.2f s.", Date().timeIntervalSince(started)))
            var patterns = DemoExecutionPatterns(prospectingDroppers: [], structuralObstacle: nil)
            if weeks > 0 {
                patterns = try await storeExecution(for: result.demo, seed: seed, on: app.db, now: spec.createdAt)
            }
            let competenceStarted = Date()
            let competence = try await CompetenceSeeding(database: app.db, organizationID: result.demo.organization.id)
                .storeDemo(for: result.demo, seed: seed, now: spec.createdAt)
            print(String(
                format: "Competence history stored in %.2f s: %d role profiles, %d cycles, %d ratings, %d calibration scores.",
                Date().timeIntervalSince(competenceStarted), competence.profiles, competence.cycles, competence.ratings,
                competence.calibrationScores))
            let coachingStarted = Date()
            let coaching = try await CoachingSeeding(database: app.db, organizationID: result.demo.organization.id)
                .storeDemo(for: result.demo, execution: patterns, seed: seed, now: spec.createdAt)
            print(String(
                format: "Coaching year stored in %.2f s: %d sessions, %d next steps, %d follow-ups.",
                Date().timeIntervalSince(coachingStarted), coaching.sessions, coaching.items, coaching.reviews))
            let practiceStarted = Date()
            let practice = try await PracticeSeeding(database: app.db, organizationID: result.demo.organization.id)
                .storeDemo(for: result.demo, seed: seed, now: spec.createdAt)
            print(String(
                format: "Practice stored in %.2f s: %d plan entries, %d repetitions.",
                Date().timeIntervalSince(practiceStarted), practice.entries, practice.reps))
            let goals = try await GoalSeeding(database: app.db, organizationID: result.demo.organization.id)
                .storeDemo(for: result.demo, now: spec.createdAt)
            print("Goals stored: \(goals.goals.count) goals, \(goals.wins.count) wins.")
            print(DemoSeeding.summary(result, url: "http://\(configuration.host):\(configuration.port)"))
            print(String(format: "Done in %.2f s.", Date().timeIntervalSince(started)))
        }
    }

    /// The seed asked for, refused when its organization is stored already; without one, the
    /// first seed whose organization is not (a second demo needs no flag).
    static func seed(_ asked: UInt64?, avoiding stored: Set<Organization.ID>) throws -> UInt64 {
        if let asked {
            guard !stored.contains(DemoOrganizationGenerator.organizationID(seed: asked)) else {
                throw CommandFailure("the organization of seed \(asked) is already in this database; choose another --seed, or leave it out")
            }
            return asked
        }
        return (1...UInt64.max).first { !stored.contains(DemoOrganizationGenerator.organizationID(seed: $0)) }!
    }

    /// Generates `weeks` of execution history per seller and stores it batch by batch; returns
    /// the patterns it holds, which the coaching year follows.
    func storeExecution(for demo: DemoOrganization, seed: UInt64, on database: any Database, now: Date) async throws -> DemoExecutionPatterns {
        let started = Date()
        let calendar = try await OrganizationSettings(database: database, organizationID: demo.organization.id).calendar()
        let spec = try DemoExecutionSpec.weeks(weeks, endingBefore: now, seed: seed, calendar: calendar).validated()
        let generator = DemoExecutionGenerator(demo, spec: spec)
        let counts = try await ExecutionSeeding(database: database, organizationID: demo.organization.id).store(generator, at: now)
        let seconds = String(format: "%.2f", Date().timeIntervalSince(started))
        print("""
            Execution history for \(generator.sellers.count) sellers, weeks \(spec.firstWeek) to \(spec.lastWeek), stored in \(seconds) s: \
            \(counts.accounts) accounts, \(counts.deals) deals, \(counts.transitions) stage changes, \(counts.activities) activities, \
            \(counts.postponements) postponements.
            """)
        return generator.patterns
    }
}
