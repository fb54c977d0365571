import Foundation

extension WorkCategoryRules {
    /// Rules as the settings page and `PUT /api/v1/work-categories` give them — a category
    /// name per activity type (an empty one: no rule of its own) and one for unnamed types —
    /// with every problem at once: a name that is no ``WorkCategory`` (at `typeField(type)`),
    /// and a missing or unknown fallback (at `unmappedField`).
    public static func reading(
        _ table: [String: String], unmapped: String?, typeField: (String) -> String, unmappedField: String
    ) throws(FieldErrors) -> WorkCategoryRules {
        var problems = FieldErrors.Collector()
        var categories: [ActivityType: WorkCategory] = [:]
        for (type, value) in table.sorted(by: { $0.key < $1.key }) where !value.isEmpty {
            guard let category = WorkCategory(rawValue: value) else {
                problems.append(FieldError(field: typeField(type), code: .invalidValue, .notAWorkCategory, ["value": value]))
                continue
            }
            categories[ActivityType(type)] = category
        }
        let fallback = unmapped.flatMap(WorkCategory.init(rawValue:))
        if fallback == nil {
            problems.append(FieldError(field: unmappedField, code: .invalidValue, .chooseWorkCategory))
        }
        try problems.throwIfAny()
        return WorkCategoryRules(categoryByType: categories, unmappedCategory: fallback ?? .supporting)
    }
}
