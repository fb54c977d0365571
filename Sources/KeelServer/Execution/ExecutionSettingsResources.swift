import Foundation
import SalesDomain
import Vapor

/// One reason of the catalog: its code, names by language tag, class and whether sellers may
/// still choose it.
struct ReasonResource: Content {
    var code: String
    var names: [String: String]
    var reasonClass: String
    var isActive: Bool

    enum CodingKeys: String, CodingKey, CaseIterable {
        case code, names, reasonClass, isActive
    }

    init(_ reason: PostponementReason) {
        code = reason.code.rawValue
        names = Dictionary(uniqueKeysWithValues: reason.names.map { ($0.key.rawValue, $0.value) })
        reasonClass = reason.reasonClass.rawValue
        isActive = reason.isActive
    }

    init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        code = try container.decode(String.self, forKey: .code)
        names = try container.decode([String: String].self, forKey: .names)
        reasonClass = try container.decode(String.self, forKey: .reasonClass)
        isActive = try container.decodeIfPresent(Bool.self, forKey: .isActive) ?? true
    }
}

/// The reason catalog sellers choose from when they move or drop work.
struct ReasonCatalogResource: Content {
    var reasons: [ReasonResource]

    enum CodingKeys: String, CodingKey, CaseIterable {
        case reasons
    }

    init(_ catalog: ReasonCatalog) {
        reasons = catalog.reasons.map(ReasonResource.init)
    }

    init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        reasons = try decoder.container(keyedBy: CodingKeys.self).decode([ReasonResource].self, forKey: .reasons)
    }

    /// The catalog, with every problem of every row at once; the rules are the domain's
    /// (``ReasonCatalog/validated(rawCodes:reasons:)``), as on the settings page.
    func catalog() throws -> ReasonCatalog {
        var problems = FieldErrors.Collector()
        var parsed: [PostponementReason] = []
        for (index, row) in reasons.enumerated() {
            var names: [Language: String] = [:]
            for (tag, name) in row.names.sorted(by: { $0.key < $1.key }) {
                guard let language = Language(rawValue: tag) else {
                    problems.append(FieldError(field: "reasons[\(index)].names.\(tag)", code: .invalidValue, .notOneOf,
                                               ["value": tag, "choices": Language.allCases.map(\.rawValue).joined(separator: ", ")]))
                    continue
                }
                let trimmed = name.trimmingCharacters(in: .whitespaces)
                if !trimmed.isEmpty { names[language] = trimmed }
            }
            let reasonClass = ReasonClass(rawValue: row.reasonClass)
            if reasonClass == nil {
                problems.append(FieldError(field: "reasons[\(index)].reasonClass", code: .invalidValue, .notOneOf,
                                           ["value": row.reasonClass, "choices": ReasonClass.allCases.map(\.rawValue).joined(separator: ", ")]))
            }
            parsed.append(PostponementReason(code: ReasonCode(row.code), names: names, reasonClass: reasonClass ?? .excuseProne, isActive: row.isActive))
        }
        let catalog: ReasonCatalog
        do {
            catalog = try ReasonCatalog.validated(rawCodes: reasons.map(\.code), reasons: parsed)
        } catch {
            guard let found = [FieldError](refusal: error) else { throw error }
            throw FieldErrors(problems.errors + found)
        }
        try problems.throwIfAny()
        return catalog
    }
}

/// Which work category each activity type counts as, the category for types without a rule,
/// and the types seen in the organization's activities that have none.
struct WorkCategoriesResource: Content {
    var categoryByType: [String: String]
    var unmappedCategory: String
    var unmappedTypes: [String]

    init(_ rules: WorkCategoryRules, unmappedTypes: [ActivityType]) {
        categoryByType = Dictionary(uniqueKeysWithValues: rules.categoryByType.map { ($0.key.rawValue, $0.value.rawValue) })
        unmappedCategory = rules.unmappedCategory.rawValue
        self.unmappedTypes = unmappedTypes.map(\.rawValue)
    }
}

/// `PUT /api/v1/work-categories`.
struct WorkCategoriesRequest: Content {
    var categoryByType: [String: String]
    var unmappedCategory: String?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case categoryByType, unmappedCategory
    }

    init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        categoryByType = try container.decode([String: String].self, forKey: .categoryByType)
        unmappedCategory = try container.decodeIfPresent(String.self, forKey: .unmappedCategory)
    }

    func rules() throws -> WorkCategoryRules {
        try WorkCategoryRules.reading(categoryByType, unmapped: unmappedCategory, typeField: { "categoryByType.\($0)" },
                                      unmappedField: "unmappedCategory")
    }
}

/// The rules the pressure and stall analyses follow, the stage order and the currency deal values are in.
struct AnalysisRulesResource: Content {
    struct Override: Content {
        var personID: UUID
        /// An ISO week (`2026-W14`); absent for every week.
        var week: String?
        var hours: Double

        enum CodingKeys: String, CodingKey, CaseIterable {
            case personID, week, hours
        }

        init(_ override: WeeklyCapacity.Override) {
            personID = override.personID.rawValue
            week = override.week?.description
            hours = override.hours
        }

        init(from decoder: any Decoder) throws {
            try decoder.rejectUnknownKeys(CodingKeys.self)
            let container = try decoder.container(keyedBy: CodingKeys.self)
            personID = try container.decode(UUID.self, forKey: .personID)
            week = try container.decodeIfPresent(String.self, forKey: .week)
            hours = try container.decode(Double.self, forKey: .hours)
        }
    }

    struct Pressure: Content {
        var highLoadThreshold: Double
        var defaultHours: Double
        var overrides: [Override]

        enum CodingKeys: String, CodingKey, CaseIterable {
            case highLoadThreshold, defaultHours, overrides
        }

        init(_ policy: PressurePolicy) {
            highLoadThreshold = policy.highLoadThreshold
            defaultHours = policy.capacity.defaultHours
            overrides = policy.capacity.overrides.map(Override.init)
        }

        init(from decoder: any Decoder) throws {
            try decoder.rejectUnknownKeys(CodingKeys.self)
            let container = try decoder.container(keyedBy: CodingKeys.self)
            highLoadThreshold = try container.decode(Double.self, forKey: .highLoadThreshold)
            defaultHours = try container.decode(Double.self, forKey: .defaultHours)
            overrides = try container.decodeIfPresent([Override].self, forKey: .overrides) ?? []
        }
    }

    struct Stall: Content {
        /// A fraction between 0 and 1 (the settings page shows it as a percentage).
        var percentile: Double
        var minimumWonDeals: Int

        enum CodingKeys: String, CodingKey, CaseIterable {
            case percentile, minimumWonDeals
        }

        init(_ policy: StallPolicy) {
            percentile = policy.percentile
            minimumWonDeals = policy.minimumWonDeals
        }

        init(from decoder: any Decoder) throws {
            try decoder.rejectUnknownKeys(CodingKeys.self)
            let container = try decoder.container(keyedBy: CodingKeys.self)
            percentile = try container.decode(Double.self, forKey: .percentile)
            minimumWonDeals = try container.decode(Int.self, forKey: .minimumWonDeals)
        }
    }

    var pressure: Pressure
    var stall: Stall
    /// The deal pipeline's stages in order; absent from a PUT: unchanged.
    var stages: [String]?
    /// The ISO 4217 code deal values are imported in; absent from a PUT (a client older than it): unchanged.
    var reportingCurrency: String?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case pressure, stall, stages, reportingCurrency
    }

    init(pressure: PressurePolicy, stall: StallPolicy, pipeline: DealPipeline, currency: ReportingCurrency) {
        self.pressure = Pressure(pressure)
        self.stall = Stall(stall)
        stages = pipeline.stages.map(\.rawValue)
        reportingCurrency = currency.code
    }

    init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        pressure = try container.decode(Pressure.self, forKey: .pressure)
        stall = try container.decode(Stall.self, forKey: .stall)
        stages = try container.decodeIfPresent([String].self, forKey: .stages)
        reportingCurrency = try container.decodeIfPresent(String.self, forKey: .reportingCurrency)
    }

    /// The stage order the body asks for, checked by the domain; `nil` when it leaves it out.
    func pipeline(problems: inout FieldErrors.Collector) -> DealPipeline? {
        guard let stages else { return nil }
        return problems.check { () throws(FieldError) in
            try DealPipeline(stages.map { DealStage($0.trimmingCharacters(in: .whitespaces)) })
        }
    }

    /// Every rule, checked by the domain as on the settings page, every problem at once and at
    /// this body's field names; `knownPeople` are the override ids that name someone in the
    /// organization. The stage order and the currency are `nil` when the body leaves them out.
    func policies(knownPeople: Set<UUID>) throws -> (PressurePolicy, StallPolicy, DealPipeline?, ReportingCurrency?) {
        var problems = FieldErrors.Collector()
        var overrides: [WeeklyCapacity.Override] = []
        for (index, override) in pressure.overrides.enumerated() {
            if !knownPeople.contains(override.personID) {
                problems.append(FieldError(field: "pressure.overrides[\(index)].personID", code: .notFound, .unknownPerson,
                                           ["id": override.personID.uuidString.lowercased()]))
            }
            var week: ISOWeek?
            if let text = override.week {
                week = ISOWeek(text)
                if week == nil {
                    problems.append(FieldError(field: "pressure.overrides[\(index)].week", code: .invalidFormat, .periodNotValid,
                                               ["value": text, "example": "2026-W14"]))
                }
            }
            overrides.append(WeeklyCapacity.Override(personID: .init(override.personID), week: week, hours: override.hours))
        }
        // The rules name their own properties, which this body nests under `pressure` and `stall`.
        func renamed(_ error: FieldError, _ prefix: String) -> FieldError {
            FieldError(field: "\(prefix).\(error.field)", code: error.code, error.problem)
        }
        let pressurePolicy = PressurePolicy(highLoadThreshold: pressure.highLoadThreshold,
                                            capacity: WeeklyCapacity(defaultHours: pressure.defaultHours, overrides: overrides))
        do { _ = try pressurePolicy.validated() } catch { problems.append(renamed(error, "pressure")) }
        let stallPolicy = StallPolicy(percentile: stall.percentile, minimumWonDeals: stall.minimumWonDeals)
        do { _ = try stallPolicy.validated() } catch { problems.append(renamed(error, "stall")) }
        let pipeline = pipeline(problems: &problems)
        let currency = reportingCurrency.flatMap { typed in
            problems.check { () throws(FieldError) in try ReportingCurrency.validated(typed, field: CodingKeys.reportingCurrency.rawValue) }
        }
        try problems.throwIfAny()
        return (pressurePolicy, stallPolicy, pipeline, currency)
    }
}
