import SalesDomain
import Vapor

/// What every page needs besides its own model: the language, the viewer, the CSRF token.
struct PageContext: Sendable {
    var text: Localizer
    var viewer: Person?
    var capabilities: Set<Capability>
    var csrfToken: String
    var path: String
    /// The organization's calendar, for the dates a page shows; Keel's default before sign-in.
    var calendar: WeekCalendar = .stockholm
    /// The viewer's date in the organization's time zone, for what counts from today ("this
    /// month"); `nil` before sign-in and in page tests that draw a fixed model.
    var today: CalendarDay?
    /// The organization's reporting currency, written next to every amount; Keel's default before sign-in.
    var currency: ReportingCurrency = .standard
    /// The period typed into an analysis page's filter when it could not be read (``Request/analysisPage(_:render:)``).
    var periodProblem: PeriodProblem?

    static func make(for request: Request) async throws -> PageContext {
        let viewer = request.auth.get(SignedIn.self)?.person
        var capabilities: Set<Capability> = []
        if viewer != nil {
            let policy = try await request.policy()
            capabilities = Set(Capability.allCases.filter(policy.has))
        }
        let calendar = viewer == nil ? WeekCalendar.stockholm : try await request.organizationCalendar
        return PageContext(
            text: try await request.localizer, viewer: viewer, capabilities: capabilities,
            csrfToken: request.csrfToken(), path: request.url.path,
            calendar: calendar, today: viewer == nil ? nil : calendar.day(containing: request.now),
            currency: viewer == nil ? .standard : try await request.reportingCurrency
        )
    }

    func can(_ capability: Capability) -> Bool { capabilities.contains(capability) }
}

extension Request {
    /// The signed-in person's saved choice, else the pre-sign-in cookie, else the browser's.
    var language: Language {
        if let saved = auth.get(SignedIn.self)?.person.language { return saved }
        if let cookie = cookies[KeelCookie.language]?.string, let language = Language(rawValue: cookie) { return language }
        return Language.preferred(fromAcceptLanguage: headers.first(name: .acceptLanguage)) ?? .english
    }
}
