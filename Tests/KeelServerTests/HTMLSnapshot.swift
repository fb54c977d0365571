import Foundation
import Testing

/// Compares a rendered page with its stored snapshot in `__Snapshots__/NAME.html`, one element
/// per line so a difference reads as a diff. A missing snapshot, or any with
/// `KEEL_RECORD_SNAPSHOTS=1`, is written and the test fails once, asking for a look and a rerun.
func expectSnapshot(_ html: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__")
    let file = folder.appendingPathComponent("\(name).html")
    let actual = html.replacingOccurrences(of: "><", with: ">\n<") + "\n"
    // A template whose placeholder the page did not fill shows "{weeks}" to a person.
    if let unfilled = html.range(of: #"\{[a-z][A-Za-z]*\}"#, options: .regularExpression) {
        Issue.record("snapshot \(name).html shows an unfilled placeholder \(html[unfilled])", sourceLocation: sourceLocation)
    }
    let recording = ProcessInfo.processInfo.environment["KEEL_RECORD_SNAPSHOTS"] == "1"
    guard !recording, let stored = try? String(contentsOf: file, encoding: .utf8) else {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? actual.write(to: file, atomically: true, encoding: .utf8)
        Issue.record("recorded snapshot \(name).html: look at it, then run again", sourceLocation: sourceLocation)
        return
    }
    guard stored != actual else { return }
    let expectedLines = stored.split(separator: "\n", omittingEmptySubsequences: false)
    let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let line = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
        ?? min(expectedLines.count, actualLines.count)
    let expectedLine = line < expectedLines.count ? String(expectedLines[line]) : "(end)"
    let actualLine = line < actualLines.count ? String(actualLines[line]) : "(end)"
    let message = "snapshot \(name).html differs at line \(line + 1):\n  stored:   \(expectedLine)\n  rendered: \(actualLine)\n"
        + "(KEEL_RECORD_SNAPSHOTS=1 writes the new rendering)"
    Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
}
