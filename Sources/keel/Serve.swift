import ArgumentParser
import Foundation
import KeelServer
import KeelStore
import SalesDomain
import Vapor

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start the Keel web server (creates the database, and a demo organization on first start)."
    )

    @OptionGroup var database: DatabaseOptions

    @ArgumentParser.Option(help: "Address to listen on (default: KEEL_HOST, else 127.0.0.1).")
    var host: String?

    @ArgumentParser.Option(help: "Port to listen on (default: KEEL_PORT, else 8080).")
    var port: Int?

    @ArgumentParser.Flag(name: .customLong("no-demo"), help: "Do not create the demo organization when the database is empty.")
    var noDemo = false

    @ArgumentParser.Option(name: .customLong("demo-sellers"), help: "Sellers in the demo organization made on first start.")
    var demoSellers: Int = 120

    func run() async throws {
        var configuration = try database.configuration()
        if let host { configuration.host = host }
        if let port {
            guard (1...65535).contains(port) else { throw ValidationError("--port must be 1–65535") }
            configuration.port = port
        }
        if noDemo { configuration.loadDemoOnFirstStart = false }
        let app = try await KeelRuntime.application(configuration)
        do {
            let url = "http://\(configuration.host):\(configuration.port)"
            app.logger.notice("database \(configuration.database)")
            try await Accounts(database: app.db).deleteExpiredSessions(now: Date())
            if configuration.loadDemoOnFirstStart, try await Organizations(database: app.db).count() == 0 {
                let spec = DemoOrganizationSpec(sellers: demoSellers, seed: 1, createdAt: Date())
                let result = try await DemoSeeding.seed(spec, password: configuration.demoPassword, on: app)
                KeelRuntime.say("Generating a year of activities, postponements and deals for the demo sellers…")
                let calendar = try await OrganizationSettings(database: app.db, organizationID: result.demo.organization.id).calendar()
                let history = try DemoExecutionSpec.weeks(52, endingBefore: spec.createdAt, seed: spec.seed, calendar: calendar).validated()
                let execution = DemoExecutionGenerator(result.demo, spec: history)
                try await ExecutionSeeding(database: app.db, organizationID: result.demo.organization.id).store(execution, at: spec.createdAt)
                KeelRuntime.say("Adding the default competency framework, three assessment cycles and a calibration exercise…")
                try await CompetenceSeeding(database: app.db, organizationID: result.demo.organization.id)
                    .storeDemo(for: result.demo, seed: spec.seed, now: spec.createdAt)
                KeelRuntime.say("Adding a year of coaching sessions and next steps…")
                try await CoachingSeeding(database: app.db, organizationID: result.demo.organization.id)
                    .storeDemo(for: result.demo, execution: execution.patterns, seed: spec.seed, now: spec.createdAt)
                KeelRuntime.say("Adding practice plans and eight weeks of practice…")
                try await PracticeSeeding(database: app.db, organizationID: result.demo.organization.id)
                    .storeDemo(for: result.demo, seed: spec.seed, now: spec.createdAt)
                KeelRuntime.say("Adding goals for the company, teams and sellers, and a few wins…")
                try await GoalSeeding(database: app.db, organizationID: result.demo.organization.id).storeDemo(for: result.demo, now: spec.createdAt)
                KeelRuntime.say("Estimating what moved after coaching and practice…")
                try await ImpactStore.of(database: app.db, organizationID: result.demo.organization.id).refreshSummaries(asOf: spec.createdAt)
                // The start found the tables empty; the planner's statistics are for the demo's data.
                try await SQLitePlannerStatistics.refresh(on: app.db)
                KeelRuntime.say(DemoSeeding.summary(result, url: url))
            }
            app.lifecycle.use(RetentionSchedule.job())
            app.lifecycle.use(DigestSender.job())
            app.lifecycle.use(StartPageWarming.job())
            ImpactRefresh.schedule(on: app)
            KeelRuntime.say("Keel is listening on \(url) — stop it with Ctrl-C or SIGTERM.")
            // Vapor's own serve command drains connections on SIGTERM/SIGINT before returning.
            try await app.execute()
            try await app.asyncShutdown()
            KeelRuntime.say("Keel stopped.")
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }
}
