import Foundation
import NIOConcurrencyHelpers
@testable import KeelServer
import Testing
import Vapor
import Yams

/// The served OpenAPI document, used to check routes and responses against it.
///
/// Here each response is checked for what the document says of its shape on the wire (the path,
/// method and status are documented, the content type is one documented). Its body is checked by
/// a real JSON Schema validator: with `KEEL_CONTRACT_SAMPLES` set to a folder, every response
/// is written there as one line of JSON and `scripts/check-contract` validates them all against
/// `openapi.yaml` after the suite (`scripts/test` does both).
final class OpenAPIContract: Sendable {
    static let shared = OpenAPIContract()

    nonisolated(unsafe) let document: [String: Any]
    private let samples: SampleLog?

    private init() {
        document = (try? Yams.load(yaml: OpenAPIDocument.yaml) as? [String: Any]) ?? [:]
        samples = ProcessInfo.processInfo.environment["KEEL_CONTRACT_SAMPLES"].map(SampleLog.init(folder:))
    }

    var paths: [String: Any] { document["paths"] as? [String: Any] ?? [:] }

    /// Every documented operation as "METHOD /path/{param}".
    var operations: Set<String> {
        var operations: Set<String> = []
        for (path, item) in paths {
            for key in (item as? [String: Any] ?? [:]).keys where ["get", "post", "put", "patch", "delete"].contains(key) {
                operations.insert("\(key.uppercased()) \(path)")
            }
        }
        return operations
    }

    func template(for path: String) -> String? {
        let concrete = path.split(separator: "?", maxSplits: 1)[0].split(separator: "/", omittingEmptySubsequences: true)
        return paths.keys.first { template in
            let parts = template.split(separator: "/", omittingEmptySubsequences: true)
            return parts.count == concrete.count && zip(parts, concrete).allSatisfy { $0.hasPrefix("{") || $0 == $1 }
        }
    }

    /// Records every way the exchange departs from the document as a test issue, and keeps its
    /// body for the schema validation after the suite.
    func check(_ method: HTTPMethod, _ path: String, status: HTTPResponseStatus, contentType: String?, body: Data,
               sourceLocation: SourceLocation) {
        let problems = problems(method: method, path: path, status: status, contentType: contentType, body: body)
        for problem in problems {
            Issue.record("OpenAPI contract: \(method) \(path) → \(status.code): \(problem)", sourceLocation: sourceLocation)
        }
        guard problems.isEmpty, let template = template(for: path), contentType?.hasPrefix("application/json") == true,
              let json = try? JSONSerialization.jsonObject(with: body, options: [.fragmentsAllowed])
        else { return }
        samples?.append([
            "method": method.rawValue, "path": path, "template": template, "status": Int(status.code), "body": json,
            "source": "\(sourceLocation.fileName):\(sourceLocation.line)",
        ])
    }

    /// What is wrong with a response's path, status and content type; empty when they are documented.
    func problems(method: HTTPMethod, path: String, status: HTTPResponseStatus, contentType: String?, body: Data) -> [String] {
        guard let template = template(for: path) else { return ["path is not documented"] }
        guard let operation = (paths[template] as? [String: Any])?[method.rawValue.lowercased()] as? [String: Any] else {
            return ["\(method) \(template) is not documented"]
        }
        guard var response = (operation["responses"] as? [String: Any])?[String(status.code)] as? [String: Any] else {
            return ["status \(status.code) is not documented for \(method) \(template)"]
        }
        if let reference = response["$ref"] as? String { response = resolve(reference) }
        guard let content = response["content"] as? [String: Any] else {
            return body.isEmpty ? [] : ["documented without a body, but one was sent"]
        }
        let actual = contentType?.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        guard content[actual] != nil else { return ["content type '\(actual)' is not one of \(content.keys.sorted())"] }
        if actual == "application/json", (try? JSONSerialization.jsonObject(with: body, options: [.fragmentsAllowed])) == nil {
            return ["body is not JSON"]
        }
        return []
    }

    func resolve(_ reference: String) -> [String: Any] {
        var node: Any = document
        for part in reference.dropFirst(2).split(separator: "/") {
            node = (node as? [String: Any])?[String(part)] ?? [:]
        }
        return node as? [String: Any] ?? [:]
    }
}

/// Response bodies written as JSON lines, one file per test process.
private final class SampleLog: Sendable {
    private let handle: NIOLockedValueBox<FileHandle?>

    init(folder: String) {
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let file = (folder as NSString).appendingPathComponent("samples-\(ProcessInfo.processInfo.processIdentifier).jsonl")
        _ = FileManager.default.createFile(atPath: file, contents: nil)
        handle = NIOLockedValueBox(FileHandle(forWritingAtPath: file))
    }

    func append(_ sample: [String: Any]) {
        guard var line = try? JSONSerialization.data(withJSONObject: sample, options: [.sortedKeys]) else { return }
        line.append(0x0A)
        handle.withLockedValue { $0?.write(line) }
    }
}
