import FluentKit
import Foundation
import SalesDomain

final class GoalModel: Model, @unchecked Sendable {
    static let schema = "goals"

    @ID(key: .id) var id: UUID?
    @Field(key: "organization_id") var organizationID: UUID
    @Field(key: "level") var level: String
    @OptionalField(key: "team_id") var teamID: UUID?
    @OptionalField(key: "person_id") var personID: UUID?
    @Field(key: "title") var title: String
    /// `yyyy-MM-dd`, which sorts as the dates do.
    @Field(key: "start_day") var startDay: String
    @Field(key: "due_day") var dueDay: String
    @OptionalField(key: "parent_id") var parentID: UUID?
    @Field(key: "weight") var weight: Double
    @OptionalField(key: "measure_kind") var measureKind: String?
    @OptionalField(key: "kpi") var kpi: String?
    @OptionalField(key: "target") var target: Double?
    @Field(key: "unit") var unit: String
    @OptionalField(key: "latest_value") var latestValue: Double?
    @OptionalField(key: "created_by") var createdBy: UUID?
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date
    @OptionalField(key: "archived_at") var archivedAt: Date?

    init() {}

    init(_ goal: Goal, organizationID: Organization.ID, at date: Date) {
        id = goal.id.rawValue
        self.organizationID = organizationID.rawValue
        createdBy = goal.createdBy?.rawValue
        createdAt = date
        update(from: goal, at: date)
    }

    func update(from goal: Goal, at date: Date) {
        level = goal.owner.level.rawValue
        teamID = goal.owner.teamID?.rawValue
        personID = goal.owner.personID?.rawValue
        title = goal.title
        startDay = goal.start.description
        dueDay = goal.due.description
        parentID = goal.parentID?.rawValue
        weight = goal.weight
        switch goal.measure {
        case nil:
            measureKind = nil
            kpi = nil
            target = nil
            unit = ""
        case .manual(let target, let unit)?:
            measureKind = "manual"
            kpi = nil
            self.target = target
            self.unit = unit
        case .kpi(let kpi, let target)?:
            measureKind = "kpi"
            self.kpi = kpi.rawValue
            self.target = target
            unit = ""
        }
        latestValue = goal.latestValue
        updatedAt = date
    }

    func domain() throws -> Goal {
        let owner: GoalOwner? = switch GoalOwner.Level(rawValue: level) {
        case .company?: .company
        case .team?: teamID.map { .team(.init($0)) }
        case .individual?: personID.map { .person(.init($0)) }
        case nil: nil
        }
        let measure: GoalMeasure?? = switch (measureKind, target) {
        case (nil, _): .some(nil)
        case ("manual", let target?): .manual(target: target, unit: unit)
        case ("kpi", let target?): kpi.flatMap(GoalKPI.init(rawValue:)).map { .kpi($0, target: target) }
        default: nil
        }
        guard let owner, let start = CalendarDay(startDay), let due = CalendarDay(dueDay), let measure else {
            throw CorruptRecord("goal \(id?.uuidString ?? "?"): level \(level), days \(startDay)–\(dueDay), measure \(measureKind ?? "-")")
        }
        return Goal(
            id: .init(id!), owner: owner, title: title, start: start, due: due, parentID: parentID.map(Goal.ID.init), weight: weight,
            measure: measure, latestValue: latestValue, createdBy: createdBy.map(Person.ID.init))
    }
}

final class GoalProgressEntryModel: Model, @unchecked Sendable {
    static let schema = "goal_progress_entries"

    @ID(key: .id) var id: UUID?
    @Field(key: "organization_id") var organizationID: UUID
    @Field(key: "goal_id") var goalID: UUID
    @Field(key: "value") var value: Double
    @Field(key: "entered_by") var enteredBy: UUID
    @Field(key: "entered_at") var enteredAt: Date

    init() {}

    init(organizationID: Organization.ID, goal: Goal.ID, value: Double, by person: Person.ID, at date: Date) {
        id = UUID()
        self.organizationID = organizationID.rawValue
        goalID = goal.rawValue
        self.value = value
        enteredBy = person.rawValue
        enteredAt = date
    }
}
