import FluentKit

/// Which version of each set of derived tables a database holds, for ``DerivedData/refresh(on:)``.
struct CreateDerivedDataVersions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(DerivedData.table)
            .field("name", .string, .identifier(auto: false))
            .field("version", .int, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(DerivedData.table).delete()
    }
}
