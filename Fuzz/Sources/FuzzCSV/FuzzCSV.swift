// libFuzzer target: an uploaded CSV file, read as the server reads it (ImportRequest.run):
// `CSVReader` with the mapping's delimiter or none, the encoding found from the file, through
// `RecordStream` for every built-in mapping, every row read to the end.
//
// A thrown or yielded error is an answer, not a crash. What must hold besides not trapping:
// - records start on strictly increasing lines, the first on line 1;
// - reading with the dialect that was found gives the same records as finding it;
// - reading the same bytes a chunk of 1 byte at a time (as a stream does at its chunk
//   boundaries) gives the same records as reading them in one piece.
import KeelImport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))

    for mapping in BuiltInMappings.all {
        let reader = CSVReader(bytes: bytes, separator: mapping.delimiter, encoding: nil)
        do throws(ImportFileError) {
            switch mapping.kind {
            case .deals: drain(try RecordStream.deals(reader, mapping: mapping))
            case .activities: drain(try RecordStream.activities(reader, mapping: mapping))
            case .people: drain(try RecordStream.people(reader, mapping: mapping))
            case .accounts: drain(try RecordStream.accounts(reader, mapping: mapping))
            case .products: drain(try RecordStream.products(reader, mapping: mapping))
            }
        } catch {
            // What the API answers with (a 422 naming the problem).
            _ = error.problem
            expect(!error.description.isEmpty, "an ImportFileError without a description")
        }
    }

    let (found, dialect) = records(CSVReader(bytes: bytes, separator: nil, encoding: nil))
    expectIncreasingLines(found)
    let (given, _) = records(CSVReader(bytes: bytes, separator: dialect.separator, encoding: dialect.encoding))
    expect(given == found, "reading with the found dialect \(dialect) differs from finding it")
    let byteAtATime = CSVReader(separator: dialect.separator, encoding: dialect.encoding) {
        var index = 0
        return AnyIterator {
            guard index < bytes.count else { return nil }
            defer { index += 1 }
            return [bytes[index]]
        }
    }
    let (streamed, _) = records(byteAtATime)
    expect(streamed == found, "reading 1-byte chunks differs from reading the bytes whole:\n\(streamed)\nvs\n\(found)")
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

/// Every result of a read, and the dialect the iterator ended with.
private func records(_ reader: CSVReader) -> ([Result<CSVRecord, CSVError>], CSVDialect) {
    var iterator = reader.makeIterator()
    var results: [Result<CSVRecord, CSVError>] = []
    while let next = iterator.next() {
        results.append(next)
        expect(results.count <= 1_000_000, "a read that does not end")
    }
    return (results, iterator.dialect)
}

private func expectIncreasingLines(_ results: [Result<CSVRecord, CSVError>]) {
    var previous = 0
    for case .success(let record) in results {
        expect(previous == 0 ? record.line == 1 : record.line > previous,
               "record on line \(record.line) after one on line \(previous)")
        expect(!record.fields.isEmpty, "a record without fields")
        previous = record.line
    }
}

/// A broken property of the code under test: stops the fuzzer, which keeps the input as a crash.
private func expect(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() { fatalError("fuzz property failed: \(message())") }
}
