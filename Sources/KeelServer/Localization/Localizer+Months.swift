import SalesDomain

extension Localizer {
    /// "Sep 2026", "sep 2026": a month as a heading or in a sentence. "2026-09" reads as a code,
    /// and a year-long table has twelve of them side by side. Written out here rather than taken
    /// from the system's locale data, which differs between machines.
    public func month(_ month: CalendarMonth) -> String {
        let names = switch language {
        case .english: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        case .swedish: ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
        case .norwegianBokmal: ["jan", "feb", "mar", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "des"]
        }
        return "\(names[month.month - 1]) \(month.year)"
    }
}

extension Localizer {
    /// A reporting period as a reader writes it: a month or a week in words.
    public func period(_ period: ReportingPeriod) -> String {
        switch period {
        case .month(let month): self.month(month)
        case .week(let week): self.week(week)
        }
    }
}
