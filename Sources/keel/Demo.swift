import ArgumentParser
import Foundation
import KeelServer
import SalesDomain

struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a generated Nordic demo organization (deterministic for a seed)."
    )

    @OptionGroup var database: DatabaseOptions

    @ArgumentParser.Option(help: "Number of sellers; managers and leaders are added on top.")
    var sellers: Int = 120

    @ArgumentParser.Option(help: "Seed for the generator: the same seed makes the same organization.")
    var seed: UInt64 = 1

    @ArgumentParser.Option(help: "The organization's name.")
    var name: String = "Nordkap Solutions"

    @ArgumentParser.Option(help: "Short name used in the demo e-mail domain (SLUG.keel.test); must be unused.")
    var slug: String = "demo"

    @ArgumentParser.Option(help: "Password for the four demo logins (default: KEEL_DEMO_PASSWORD, else a random one).")
    var password: String?

    func validate() throws {
        guard (0...1_000_000).contains(sellers) else { throw ValidationError("--sellers must be from 0 to 1,000,000") }
        guard !slug.isEmpty, slug.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else {
            throw ValidationError("--slug may contain only letters, digits and '-'")
        }
    }

    func run() async throws {
        let configuration = try database.configuration()
        try await KeelRuntime.withApplication(configuration) { app in
            let started = Date()
            let spec = DemoOrganizationSpec(sellers: sellers, seed: seed, name: name, slug: slug.lowercased(), createdAt: Date())
            let result = try await DemoSeeding.seed(spec, password: password ?? configuration.demoPassword, on: app)
            print(DemoSeeding.summary(result, url: "http://\(configuration.host):\(configuration.port)"))
            print(String(format: "Done in %.2f s.", Date().timeIntervalSince(started)))
        }
    }
}
