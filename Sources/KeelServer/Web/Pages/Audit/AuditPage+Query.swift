import Foundation
import SalesDomain

extension AuditPage.Model {
    /// The page from the store's answer (``AuditLog/report(_:for:)``).
    init(report: AuditLogReport, calendar: WeekCalendar) {
        let query = report.query
        self.init(
            report: report,
            person: query.person.map { report.people[$0]?.email ?? $0.description } ?? "",
            actor: query.actor.map { report.people[$0]?.email ?? $0.description } ?? "",
            from: query.from.map { FormDate.string($0, in: calendar) } ?? "",
            to: query.before.map { FormDate.string($0.addingTimeInterval(-1), in: calendar) } ?? "",
            calendar: calendar)
    }
}
