import Foundation
import KeelImport
import SalesDomain
import Vapor

/// One framework version as listed: enough to choose one, without its texts.
struct FrameworkVersionSummaryResource: Content {
    var id: UUID
    var key: String
    var version: Int
    var name: LocalizedText
    var status: String
    var publishedAt: Date?
    var scale: RatingScale
    var competencyCount: Int

    init(_ framework: CompetencyFramework) {
        id = framework.id.rawValue
        key = framework.key
        version = framework.version
        name = framework.name
        status = framework.status.rawValue
        publishedAt = framework.publishedAt
        scale = framework.scale
        competencyCount = framework.competencies.count
    }
}

/// A whole framework version: areas → competencies → every level's behavior with examples of
/// effective and ineffective use, each text as `{en, sv, nb}`.
struct FrameworkResource: Content {
    struct Level: Content {
        var level: Int
        var behavior: LocalizedText
        var effective: [LocalizedText]
        var ineffective: [LocalizedText]
    }

    struct Competency: Content {
        var id: UUID
        var key: String
        var name: LocalizedText
        var description: LocalizedText?
        var levels: [Level]
    }

    struct Area: Content {
        var id: UUID
        var key: String
        var name: LocalizedText
        var competencies: [Competency]
    }

    var id: UUID
    var key: String
    var version: Int
    var name: LocalizedText
    var status: String
    var publishedAt: Date?
    var scale: RatingScale
    var areas: [Area]

    init(_ framework: CompetencyFramework) {
        id = framework.id.rawValue
        key = framework.key
        version = framework.version
        name = framework.name
        status = framework.status.rawValue
        publishedAt = framework.publishedAt
        scale = framework.scale
        areas = framework.areas.map { area in
            Area(id: area.id.rawValue, key: area.key, name: area.name, competencies: area.competencies.map { competency in
                Competency(
                    id: competency.id.rawValue, key: competency.key, name: competency.name, description: competency.summary,
                    levels: competency.levels.map {
                        Level(level: $0.level, behavior: $0.behavior, effective: $0.effectiveExamples, ineffective: $0.ineffectiveExamples)
                    })
            })
        }
    }
}

/// A framework file that cannot be used: the error, and every problem with where it is, so the
/// author fixes the whole file in one pass.
struct FrameworkRejectedResource: Content, Error {
    struct Problem: Content {
        /// `nil` for problems found after reading (the store's checks), which have a path only.
        var line: Int?
        var column: Int?
        var path: String?
        var kind: String
        var message: String
    }

    var error: APIErrorBody.Detail
    var problems: [Problem]

    /// - Parameters: `summary` and `code` name the kind of file (a framework unless said otherwise).
    init(_ error: FrameworkFileError, text: Localizer, summary: SalesDomain.Problem.Key = .frameworkFileRejected, code: String = "invalid_framework") {
        self.error = .init(code: code, message: text(SalesDomain.Problem(summary, ["count": String(error.problems.count)])), field: "file")
        problems = error.problems.map {
            Problem(line: $0.line, column: $0.column, path: $0.path.map(\.description), kind: $0.kind.rawValue, message: text.word($0))
        }
    }

    /// Problems the store finds in a file that read well (a key taken, no framework to practise against).
    init(_ errors: FieldErrors, text: Localizer, summary: SalesDomain.Problem.Key, code: String) {
        self.error = .init(code: code, message: text(SalesDomain.Problem(summary, ["count": String(errors.errors.count)])), field: "file")
        problems = errors.errors.map { Self.problem($0, text: text) }
    }

    /// The file's problems and `errors` found beside them, all counted in `error`'s message.
    func adding(_ errors: [FieldError], text: Localizer) -> Self {
        guard !errors.isEmpty else { return self }
        var all = self
        all.problems += errors.map { Self.problem($0, text: text) }
        all.error.message = text(SalesDomain.Problem(.frameworkFileRejected, ["count": String(all.problems.count)]))
        return all
    }

    private static func problem(_ error: FieldError, text: Localizer) -> Problem {
        Problem(line: nil, column: nil, path: error.field, kind: error.code.rawValue, message: text(error.problem))
    }

    init(_ error: FrameworkValidationError, text: Localizer) {
        self.error = .init(code: "invalid_framework", message: text(SalesDomain.Problem(.frameworkFileRejected, ["count": String(error.problems.count)])), field: "file")
        problems = error.problems.map { Problem(line: nil, column: nil, path: $0.path.description, kind: $0.kind.rawValue, message: text($0.problem)) }
    }

    func response() throws -> Response {
        let response = Response(status: .unprocessableEntity)
        try response.content.encode(self, as: .json)
        return response
    }
}
