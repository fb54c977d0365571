// libFuzzer target: an uploaded competency framework file, YAML or JSON (the API's body,
// FrameworkUpload; the upload page; `keel framework import`): `FrameworkFile.parse(Data)`.
//
// A thrown `FrameworkFileError` is an answer, not a crash. What must hold besides not trapping:
// - an error names at least one problem, each at a line and column of the file (1-based, at
//   most one past its last line);
// - a document that parses exports as YAML and as JSON, and each export parses back to an
//   equal document (as FrameworkDocument.encodedYAML documents).
import Foundation
import KeelImport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    do throws(FrameworkFileError) {
        let document = try FrameworkFile.parse(bytes)
        for format in FrameworkFileFormat.allCases {
            let exported: Data
            do { exported = try document.encoded(as: format) } catch {
                expect(false, "a parsed document does not export as \(format): \(error)")
                return 0
            }
            do throws(FrameworkFileError) {
                let again = try FrameworkFile.parse(exported)
                expect(again == document, "the \(format) export reads back as another document")
            } catch {
                expect(false, "the \(format) export does not read back: \(error)\n\(String(decoding: exported, as: UTF8.self))")
            }
        }
    } catch {
        checkLocated(error, in: bytes)
    }
    return 0
}

/// Each problem at a place in the file: lines broken as libyaml breaks them.
private func checkLocated(_ error: FrameworkFileError, in bytes: Data) {
    expect(!error.problems.isEmpty, "a FrameworkFileError without problems")
    let text = String(decoding: bytes, as: UTF8.self)
    let breaks = text.unicodeScalars.reduce(0) { count, scalar in
        ["\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"].contains(scalar) ? count + 1 : count
    }
    for problem in error.problems {
        expect(problem.line >= 1 && problem.line <= breaks + 2, "a problem at line \(problem.line) of a file of \(breaks) line breaks: \(problem)")
        expect((problem.column ?? 1) >= 1, "a problem at column \(problem.column!): \(problem)")
        expect(!problem.description.isEmpty, "a problem without a description")
    }
}

/// A broken property of the code under test: stops the fuzzer, which keeps the input as a crash.
private func expect(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() { fatalError("fuzz property failed: \(message())") }
}
