import Foundation
import SalesDomain
import Vapor

extension Request {
    /// The audit log's filters from the URL, read alike for the page, its CSV file and the API
    /// (an empty value is no filter): `person` and `actor` (person ids), `kind`, `from` and `to`
    /// (days, both included, in the organization's time zone), `limit` and `offset`.
    func auditQuery(defaultLimit: Int = AuditQuery.pageSize, maximumLimit: Int = 1000) async throws -> AuditQuery {
        func text(_ name: String) -> String? {
            guard let value = query[String.self, at: name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
            return value
        }
        let calendar = try await organizationCalendar
        func day(_ name: String) throws -> Date? {
            try text(name).map { raw in
                do {
                    return Calendar.startOfDay(try FormDate.parse(raw, field: name, in: calendar), in: calendar.timeZone)
                } catch {
                    throw APIError(.badRequest, code: "invalid_value", .notADate, ["value": raw], field: name)
                }
            }
        }
        let from = try day("from")
        let to = try day("to")
        if let from, let to, to < from { throw APIError(.badRequest, code: "invalid_value", .periodReversed, field: "from") }
        let window = try ListWindow(self, defaultLimit: defaultLimit, maximumLimit: maximumLimit)
        return AuditQuery(
            person: try await auditPerson("person", text("person")), actor: try await auditPerson("actor", text("actor")),
            kind: try text("kind").map { raw in
                do throws(FieldError) { return try parseEnum(AuditKind.self, raw, field: "kind") } catch {
                    throw APIError(.badRequest, code: "invalid_value", error.problem, field: "kind")
                }
            },
            from: from, before: to.flatMap { Calendar.startOfDay(after: $0, in: calendar.timeZone) },
            limit: window.limit, offset: window.offset)
    }
}

extension Request {
    /// A person by id (the page's links, the API) or by the e-mail they sign in with (the page's form).
    private func auditPerson(_ name: String, _ raw: String?) async throws -> Person.ID? {
        guard let raw else { return nil }
        if raw.contains("@") {
            let found = try await directory.people(emails: [raw.lowercased()])
            guard let person = found.first else {
                throw FieldError(field: name, code: .invalidValue, .nobodyWithEmail, ["value": raw])
            }
            return person.id
        }
        guard let id = Person.ID(uuidString: raw) else {
            throw APIError(.badRequest, code: "invalid_value", .notAnID, ["value": raw], field: name)
        }
        return id
    }
}

private extension Calendar {
    static func startOfDay(_ date: Date, in zone: TimeZone) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar.startOfDay(for: date)
    }

    static func startOfDay(after day: Date, in zone: TimeZone) -> Date? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar.date(byAdding: .day, value: 1, to: day).map(calendar.startOfDay)
    }
}
