// libFuzzer target: an uploaded practice library file, YAML or JSON (the API's
// PracticeAPIController import and the practice page's upload): `PracticeLibraryFile.parse(Data)`.
//
// A thrown `FrameworkFileError` is an answer, not a crash; it must name at least one problem,
// each at a line of the file (1-based).
import Foundation
import KeelImport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    do throws(FrameworkFileError) {
        _ = try PracticeLibraryFile.parse(Data(bytes: data, count: size))
    } catch {
        expect(!error.problems.isEmpty, "a FrameworkFileError without problems")
        for problem in error.problems {
            expect(problem.line >= 1, "a problem at line \(problem.line): \(problem)")
            expect(!problem.description.isEmpty, "a problem without a description")
        }
    }
    return 0
}

/// A broken property of the code under test: stops the fuzzer, which keeps the input as a crash.
private func expect(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() { fatalError("fuzz property failed: \(message())") }
}
