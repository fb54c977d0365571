import ArgumentParser

@main
struct Keel: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keel",
        abstract: "Keel — the structure behind sales results.",
        subcommands: [Serve.self, Migrate.self, Demo.self, Import.self, FrameworkCommand.self, User.self, TimeZoneCommand.self, Backup.self, Restore.self, PersonCommand.self, RetentionCommand.self, DigestCommand.self],
        defaultSubcommand: Serve.self
    )
}
