import Foundation
import SalesDomain
import Yams

/// Reads framework files — YAML or JSON, told apart by nothing, since JSON is YAML's flow
/// syntax — into a ``FrameworkDocument``, and reports every problem at its line.
///
/// The CLI (`keel framework import FILE`), the API and the upload page all go through
/// ``parse(_:)-(Data)``. A file is one mapping; keys are lower-case letters, digits, `.`, `_` and
/// `-`; competency keys are unique across the whole framework, because ratings and role
/// profiles name them without their area. Every text is a mapping of `en` (required), `sv` and
/// `nb`. Each competency describes every level of the scale (1 to 3…10, 1–5 unless `scale`
/// says otherwise) exactly once, with examples of effective and ineffective use where they help:
///
/// ```yaml
/// format: 1                  # the file format; this version of Keel reads 1
/// key: nordic-b2b
/// name: {en: Nordic B2B selling, sv: Nordisk B2B-försäljning, nb: Nordisk B2B-salg}
/// scale: {min: 1, max: 5}
/// areas:
/// - key: negotiation
///   name: {en: Negotiation, sv: Förhandling, nb: Forhandling}
///   competencies:
///   - key: negotiation.trading-concessions
///     name: {en: Trading concessions, sv: Byta eftergifter, nb: Bytte innrømmelser}
///     description: {en: Gives nothing away without getting something back.}
///     levels:
///     - level: 1
///       behavior: {en: Offers a discount as soon as the buyer hesitates.}
///       ineffective:
///       - {en: Cuts the price 10 % in the first call without being asked.}
///     - level: 2
///       behavior: {en: …}
/// ```
///
/// `version` (informative) may follow `name`; a competency may have a `description`; a level
/// may list `effective` and `ineffective` examples. Nothing else is allowed, so a misspelt key
/// is reported instead of silently ignored.
///
/// Problems found — all of them, not just the first — are thrown as one ``FrameworkFileError``
/// ordered by line: bytes that are not UTF-8, syntax errors, a key written twice in one
/// mapping, unknown keys, values of the wrong kind, and everything
/// ``FrameworkDocument/validate()`` reports, each at the line of the value concerned or, for
/// something missing, of the part that should hold it.
public enum FrameworkFile {
    public static func parse(_ data: Data) throws(FrameworkFileError) -> FrameworkDocument {
        try parse(StrictUTF8Decoder.decode(data))
    }

    public static func parse(_ text: String) throws(FrameworkFileError) -> FrameworkDocument {
        let composed = try ComposedYAML.compose(JSONSurrogateEscapes.combined(in: text))
        guard let root = composed.root else { throw FrameworkFileError(.emptyFile) }

        var reader = FrameworkNodeReader(setAsideKeys: composed.setAsideKeys)
        let document = reader.readDocument(root)
        var problems = reader.problems
        if let document {
            for problem in document.validate() where !repeats(problem, unreadable: reader.unreadablePaths) {
                problems.append(located(problem, in: document, locations: reader.locations))
            }
        }
        guard let document, problems.isEmpty else { throw FrameworkFileError(problems: problems, key: document?.key) }
        return document
    }

    /// Whether a validation problem only restates that a value could not be read: the value
    /// itself or something in it is then empty ("a key is required"), and a level whose number
    /// could not be read is also "missing".
    private static func repeats(_ problem: FrameworkProblem, unreadable: [FrameworkPath]) -> Bool {
        unreadable.contains { path in
            path.components.starts(with: problem.path.components)
                ? problem.kind == .missingLevel || problem.kind == .required
                : problem.path.components.starts(with: path.components)
        }
    }

    /// A domain problem placed at its line; a duplicate key also names the line of its first use.
    private static func located(
        _ problem: FrameworkProblem, in document: FrameworkDocument, locations: FrameworkNodeLocations
    ) -> FrameworkFileProblem {
        var worded = problem.problem
        if problem.kind == .duplicate, worded.key == .frameworkKeyDuplicate, let first = document.firstOccurrence(ofDuplicateAt: problem.path) {
            worded = Problem(.frameworkKeyDuplicateOnLine, worded.arguments.merging(["line": String(locations.position(of: first).line)]) { $1 })
        }
        return FrameworkFileProblem(
            at: locations.position(of: problem.path), path: problem.path, kind: FrameworkFileProblem.Kind(problem.kind), problem: worded
        )
    }
}
