// libFuzzer target: an uploaded custom column mapping (the `mapping` part of an import,
// MappingFileUpload.columnMapping, and `keel import --mapping-file`): UTF-8 text or refused,
// then `MappingFile.parse`. A mapping that parses is then used as the server uses it: a CSV
// written with its column headers (and its translated values) is read through `RecordStream`.
//
// A thrown `ImportFileError` is an answer, not a crash. What must hold besides not trapping:
// every field the kind requires has a column, and a decimal separator is `.` or `,`.
import KeelImport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let text = String(validating: UnsafeBufferPointer(start: data, count: size), as: UTF8.self) else { return 0 }
    let mapping: ColumnMapping
    do throws(ImportFileError) {
        mapping = try MappingFile.parse(text)
    } catch {
        expect(!error.description.isEmpty, "an ImportFileError without a description")
        return 0
    }
    for field in ImportField.requiredFields(for: mapping.kind) {
        expect(mapping.columns[field] != nil, "the required field \(field) has no column")
    }
    expect([nil, ".", ","].contains(mapping.decimalSeparator), "decimal separator \(String(describing: mapping.decimalSeparator))")

    // One header row naming the mapped columns, and one row of values the mapping translates.
    let fields = mapping.columns.keys.sorted { $0.rawValue < $1.rawValue }
    let separator = mapping.delimiter ?? ","
    func quoted(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
    let header = fields.map { quoted(mapping.columns[$0]!) }.joined(separator: String(separator))
    let row = fields.map { quoted(mapping.values[$0]?.keys.sorted().first ?? "1") }.joined(separator: String(separator))
    let reader = CSVReader(bytes: Array((header + "\r\n" + row + "\r\n").utf8), separator: mapping.delimiter, encoding: nil)
    do throws(ImportFileError) {
        switch mapping.kind {
        case .deals: drain(try RecordStream.deals(reader, mapping: mapping))
        case .activities: drain(try RecordStream.activities(reader, mapping: mapping))
        case .people: drain(try RecordStream.people(reader, mapping: mapping))
        case .accounts: drain(try RecordStream.accounts(reader, mapping: mapping))
        case .products: drain(try RecordStream.products(reader, mapping: mapping))
        }
    } catch {
        expect(!error.description.isEmpty, "an ImportFileError without a description")
    }
    return 0
}

private func drain<Record>(_ stream: RecordStream<Record>) {
    for row in stream {
        if case .failure(let problems) = row {
            expect(!problems.problems.isEmpty, "a failed row without problems")
            for problem in problems.problems { _ = problem.description }
        }
    }
}

/// A broken property of the code under test: stops the fuzzer, which keeps the input as a crash.
private func expect(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() { fatalError("fuzz property failed: \(message())") }
}
