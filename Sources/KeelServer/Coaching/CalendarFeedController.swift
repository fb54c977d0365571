import Foundation
import KeelStore
import SalesDomain
import Vapor

/// Each person's private calendar link (SPEC §4: sessions exported as an iCalendar feed): made
/// and revoked by its owner through the API or the coaching page, shown once, read by calendar
/// apps without signing in — the secret in the URL is the key.
enum CalendarFeedController {
    static func register(api: any RoutesBuilder, web: any RoutesBuilder, open: any RoutesBuilder) {
        api.on(.GET, "calendar-feed", access: .signedIn(.readOwnRecords), use: status)
        api.on(.POST, "calendar-feed", access: .signedIn(.readOwnRecords), use: create)
        api.on(.DELETE, "calendar-feed", access: .signedIn(.readOwnRecords), use: revoke)
        web.on(.POST, "calendar-feed", access: .signedIn(.readOwnRecords), use: createPage)
        web.on(.POST, "calendar-feed", "revoke", access: .signedIn(.readOwnRecords), use: revokePage)
        open.on(.GET, "calendar", ":token", access: .open, use: feed)
    }

    struct FeedStatus: Content {
        var live: Bool
    }

    struct NewFeed: Content {
        var url: String
        var createdAt: Date
    }

    @Sendable
    static func status(_ request: Request) async throws -> FeedStatus {
        FeedStatus(live: try await CalendarFeeds(database: request.db).hasLiveLink(try request.signedIn.person))
    }

    /// Makes a new link (revoking the old one) and returns its URL — the only time it is shown.
    static func newLink(_ request: Request) async throws -> String {
        let token = Secret.make()
        try await CalendarFeeds(database: request.db).create(hash: Secret.hash(token), for: try request.signedIn.person, at: request.now)
        let base = request.application.keel.configuration.publicURL?.absoluteString
            ?? "http://\(request.headers.first(name: .host) ?? "\(request.application.keel.configuration.host):\(request.application.keel.configuration.port)")"
        return base.trimmingSuffix("/") + "/calendar/\(token).ics"
    }

    @Sendable
    static func create(_ request: Request) async throws -> Response {
        let response = Response(status: .created)
        try response.content.encode(NewFeed(url: try await newLink(request), createdAt: request.now))
        return response
    }

    @Sendable
    static func revoke(_ request: Request) async throws -> HTTPStatus {
        try await CalendarFeeds(database: request.db).revoke(of: try request.signedIn.person, at: request.now)
        return .noContent
    }

    @Sendable
    static func createPage(_ request: Request) async throws -> Response {
        let url = try await newLink(request)
        return Layout.response(CalendarLinkPage.render(url: url, context: try await PageContext.make(for: request)), for: request)
    }

    @Sendable
    static func revokePage(_ request: Request) async throws -> Response {
        try await CalendarFeeds(database: request.db).revoke(of: try request.signedIn.person, at: request.now)
        return request.redirect(to: "/coaching?calendar=revoked")
    }

    /// The feed itself: the owner's sessions and open next steps, in their language.
    @Sendable
    static func feed(_ request: Request) async throws -> Response {
        let token = (request.parameters.get("token") ?? "").trimmingSuffix(".ics")
        let text = try await request.localizer
        switch try await CalendarFeeds(database: request.db).lookup(hash: Secret.hash(token)) {
        case .unknown:
            return plain(.notFound, text(.calendarUnknown))
        case .revoked:
            return plain(.gone, text(.calendarRevoked))
        case .live(let person):
            let calendar = try await OrganizationSettings(database: request.db, organizationID: person.organizationID).calendar()
            let store = CoachingStore(database: request.db, organizationID: person.organizationID, calendar: calendar)
            let (sessions, items, names) = try await store.calendar(of: person, asOf: request.now)
            let words = Localizer(person.language ?? request.language)
            let document = ICalendar(
                name: words(.calendarName, ["name": person.name]), timeZone: calendar.timeZone,
                events: sessions.map { session in
                    ICalendar.Event(
                        uid: "\(session.id)@keel", start: session.scheduledAt, minutes: session.durationMinutes,
                        summary: words(.sessionTitle, ["type": CoachingNames.type(session.type, text: words), "seller": names[session.sellerID] ?? ""]),
                        description: words(.calendarSessionDescription, ["coach": names[session.coachID] ?? ""]),
                        cancelled: session.status == .cancelled)
                },
                todos: items.map { item in
                    ICalendar.Todo(uid: "\(item.id)@keel", due: item.due, summary: item.text,
                                   description: words(.calendarStepDescription, ["seller": names[item.sellerID] ?? ""]))
                })
            var headers = HTTPHeaders()
            headers.contentType = HTTPMediaType(type: "text", subType: "calendar", parameters: ["charset": "utf-8"])
            headers.replaceOrAdd(name: .cacheControl, value: "private, no-store")
            return Response(status: .ok, headers: headers, body: .init(string: document.text(stamp: request.now)))
        }
    }

    static func plain(_ status: HTTPResponseStatus, _ message: String) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "plain", parameters: ["charset": "utf-8"])
        return Response(status: status, headers: headers, body: .init(string: message + "\n"))
    }
}

private extension String {
    func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
