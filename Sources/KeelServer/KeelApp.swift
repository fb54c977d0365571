import Fluent
import KeelStore
import SalesDomain
import Vapor

/// Builds the Keel web application: database, security, middleware and every route.
public enum KeelApp {
    public static func configure(
        _ app: Application, configuration: KeelConfiguration, now: @escaping @Sendable () -> Date = { Date() }
    ) async throws {
        app.keel = KeelServices(
            configuration: configuration, now: now,
            keptScreens: configuration.wideScreens.maxAge > 0
                ? KeptScreens(maxAge: configuration.wideScreens.maxAge, minimumSellers: configuration.wideScreens.minimumSellers, clock: now)
                : nil,
            signedInCache: configuration.signedInCacheLifetime > 0 ? SignedInCache(lifetime: configuration.signedInCacheLifetime) : nil)
        app.logger.logLevel = configuration.logLevel
        app.http.server.configuration.hostname = configuration.host
        app.http.server.configuration.port = configuration.port

        try configuration.database.configure(app.databases)
        app.migrations.add(KeelMigrations.all)
        app.fluent.migrationLogLevel = .debug

        app.passwords.use(.bcrypt(cost: configuration.bcryptCost))
        app.timingEqualizerHash = try await app.password.async.hash(Secret.make())

        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        ContentConfiguration.global.use(encoder: jsonEncoder, for: .json)
        ContentConfiguration.global.use(decoder: decoder, for: .json)
        ContentConfiguration.global.use(decoder: CheckedFormDataDecoder(), for: .formData)

        KeelMetrics.bootstrap()

        // Order matters: the request id first so every later log line carries it; errors are
        // rendered inside logging so failed requests are logged with their final status.
        app.middleware = Middlewares()
        app.middleware.use(RequestIDMiddleware())
        app.middleware.use(SecurityHeadersMiddleware(strictTransport: configuration.secureCookies))
        app.middleware.use(RouteLoggingMiddleware(logLevel: .info))
        app.middleware.use(KeelErrorMiddleware())
        app.middleware.use(MethodNotAllowedMiddleware())
        app.middleware.use(SignedInCacheInvalidation())
        app.middleware.use(SessionAuthenticator())

        registerRoutes(app)
        ImportRequest.removeLeftovers()
    }

    /// Brings the database's schema up to date, then its derived tables (``DerivedData``); a
    /// SQLite file is switched to its write-ahead log first, each event loop's connection given a
    /// larger page cache, and the planner's statistics brought up to date last.
    public static func migrate(_ app: Application) async throws {
        try await SQLiteWriteAheadLog.enable(on: app.db)
        try await SQLitePageCache.enlarge(on: app.eventLoopGroup.makeIterator().compactMap { app.databases.database(logger: app.logger, on: $0) })
        try await app.autoMigrate()
        try await DerivedData.refresh(on: app.db)
        try await SQLitePlannerStatistics.refresh(on: app.db)
    }

    /// The API's JSON: sorted keys so that responses are stable, ISO 8601 dates. ``JSONText``
    /// writes the same bytes for the responses encoded by hand.
    static var jsonEncoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = .sortedKeys
        return encoder
    }

    static func registerRoutes(_ app: Application) {
        OperationsController.register(on: app)

        let api = app.grouped("api", "v1").grouped(BearerAuthenticator())
        AuthAPIController.register(on: api)
        MeAPIController.register(on: api)
        OrganizationAPIController.register(on: api)
        PeopleAPIController.register(on: api)
        TeamsAPIController.register(on: api)
        AuditAPIController.register(on: api)
        PersonExportAPIController.register(on: api)
        PersonErasureAPIController.register(on: api)
        PasswordAPIController.register(on: api)
        RetentionAPIController.register(on: api)
        ImportsAPIController.register(on: api)
        AnalysesAPIController.register(on: api)
        DiagnosisAPIController.register(on: api)
        CoachingAPIController.register(on: api)
        GoalsAPIController.register(on: api)
        PracticeAPIController.register(on: api)
        ImpactAPIController.register(on: api)
        KPIsAPIController.register(on: api)
        DealsAPIController.register(on: api)
        DigestAPIController.register(on: api)
        ActivitiesAPIController.register(on: api)
        ExecutionSettingsAPIController.register(on: api)
        WordsSettingsAPIController.register(on: api)
        CompetenceAPIController.register(on: api)

        let web = app.grouped(CSRFProtection())
        SessionPagesController.register(on: web)
        DirectoryPagesController.register(on: web)
        ExecutionPagesController.register(on: web)
        DiagnosisPagesController.register(on: web)
        DiagnosisSettingsPagesController.register(on: web)
        CoachingPagesController.register(on: web)
        GoalPagesController.register(on: web)
        PracticePagesController.register(on: web)
        ImpactPagesController.register(on: web)
        KPIPagesController.register(on: web)
        DealPagesController.register(on: web)
        CoachingSettingsPagesController.register(on: web)
        WordsSettingsPagesController.register(on: web)
        CalendarFeedController.register(api: api, web: web, open: app)
        CompetencePagesController.register(on: web)
        FrameworkPagesController.register(on: web)
        CalibrationPagesController.register(on: web)
        RoleProfilePagesController.register(on: web)
        SettingsPagesController.register(on: web)
        AdminPagesController.register(on: web)
        AuditPagesController.register(on: web)
        PersonExportPagesController.register(on: web)
        PersonErasurePagesController.register(on: web)
        PasswordPagesController.register(on: web)
        RetentionSettingsPagesController.register(on: web)
        DigestPagesController.register(on: web)
        ImportPagesController.register(on: web)
    }
}
