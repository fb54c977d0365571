import Foundation

/// Reads RFC 4180 CSV as a sequence of records, a chunk at a time, so a file of any size is
/// never held in memory whole.
///
/// Accepts `\n` and `\r\n` line ends, quoted fields with doubled quotes and embedded line breaks,
/// and a leading UTF-8 byte-order mark (which spreadsheet programs write). A `nil` separator or
/// encoding is found from the start of the file (``CSVDialect``, ``CSVTextEncoding/detect(_:)``);
/// each iterator finds the same, and tells what it found once it has read the first record.
public struct CSVReader: Sequence, Sendable {
    public typealias Chunks = AnySequence<[UInt8]>

    private let chunks: @Sendable () -> AnyIterator<[UInt8]>
    private let separator: UInt8?
    private let encoding: CSVTextEncoding?

    public init(
        separator: Character? = ",", encoding: CSVTextEncoding? = .utf8, chunks: @escaping @Sendable () -> AnyIterator<[UInt8]>
    ) {
        self.separator = separator.map { $0.asciiValue ?? UInt8(ascii: ",") }
        self.encoding = encoding
        self.chunks = chunks
    }

    /// Reads the whole of a string; meant for tests and small inputs.
    public init(string: String, separator: Character? = ",") {
        self.init(bytes: Array(string.utf8), separator: separator, encoding: .utf8)
    }

    /// Reads bytes held in memory; meant for tests and small inputs.
    public init(bytes: [UInt8], separator: Character? = ",", encoding: CSVTextEncoding? = .utf8) {
        self.init(separator: separator, encoding: encoding) {
            var delivered = false
            return AnyIterator {
                defer { delivered = true }
                return delivered ? nil : bytes
            }
        }
    }

    /// Streams a file from disk in blocks of `chunkSize` bytes; `progress` hears the bytes read
    /// so far after each block (for a progress bar).
    public init(
        fileAt url: URL, separator: Character? = ",", encoding: CSVTextEncoding? = .utf8, chunkSize: Int = 1 << 20,
        progress: (@Sendable (Int) -> Void)? = nil
    ) throws {
        let handle = try FileHandle(forReadingFrom: url)
        try handle.close()
        self.init(separator: separator, encoding: encoding) {
            let reader = try? FileHandle(forReadingFrom: url)
            var consumed = 0
            return AnyIterator {
                guard let reader, let data = try? reader.read(upToCount: chunkSize), !data.isEmpty else {
                    try? reader?.close()
                    return nil
                }
                consumed += data.count
                progress?(consumed)
                return Array(data)
            }
        }
    }

    public func makeIterator() -> Iterator {
        Iterator(chunks: chunks(), separator: separator, encoding: encoding)
    }

    /// Yields `Result`s so that a malformed record ends iteration with a located error.
    public struct Iterator: IteratorProtocol {
        private var chunks: AnyIterator<[UInt8]>
        private var separator: UInt8
        private var encoding: CSVTextEncoding
        private var dialectToFind: (separator: Bool, encoding: Bool)
        private var buffer: [UInt8] = []
        private var position = 0
        private var line = 1
        private var finished = false
        private var atStart = true

        init(chunks: AnyIterator<[UInt8]>, separator: UInt8?, encoding: CSVTextEncoding?) {
            self.chunks = chunks
            self.separator = separator ?? UInt8(ascii: ",")
            self.encoding = encoding ?? .utf8
            dialectToFind = (separator == nil, encoding == nil)
        }

        /// How the file is read: what was given, and what was found once the first record is read.
        public var dialect: CSVDialect {
            CSVDialect(separator: Character(Unicode.Scalar(separator)), encoding: encoding)
        }

        private mutating func nextByte() -> UInt8? {
            if position >= buffer.count {
                guard let chunk = chunks.next() else { return nil }
                buffer = chunk
                position = 0
                if buffer.isEmpty { return nextByte() }
            }
            defer { position += 1 }
            return buffer[position]
        }

        private mutating func peekByte() -> UInt8? {
            if position >= buffer.count {
                guard let chunk = chunks.next() else { return nil }
                buffer = chunk
                position = 0
                if buffer.isEmpty { return peekByte() }
            }
            return buffer[position]
        }

        public mutating func next() -> Result<CSVRecord, CSVError>? {
            guard !finished else { return nil }
            if atStart {
                atStart = false
                skipByteOrderMark()
                if peekByte() == nil {
                    finished = true
                    return .failure(.empty)
                }
                // The first chunk is what is known of the file before its header is read.
                let start = buffer[position...]
                if dialectToFind.encoding { encoding = CSVTextEncoding.detect(start) }
                if dialectToFind.separator { separator = CSVDialect.separator(ofHeaderIn: start).asciiValue! }
            }
            guard peekByte() != nil else {
                finished = true
                return nil
            }
            let startLine = line
            var fields: [String] = []
            var field: [UInt8] = []
            var inQuotes = false
            var wasQuoted = false
            let quote = UInt8(ascii: "\""), newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")

            let encoding = encoding
            func finishField() -> String? {
                defer { field.removeAll(keepingCapacity: true) }
                return encoding.decode(field)
            }

            while true {
                guard let byte = nextByte() else {
                    if inQuotes {
                        finished = true
                        return .failure(.unterminatedQuote(line: startLine))
                    }
                    guard let text = finishField() else { finished = true; return .failure(.notText(line: startLine)) }
                    fields.append(text)
                    return .success(CSVRecord(line: startLine, fields: fields))
                }
                if inQuotes {
                    if byte == quote {
                        if peekByte() == quote {
                            _ = nextByte()
                            field.append(quote)
                        } else {
                            inQuotes = false
                        }
                    } else {
                        if byte == newline { line += 1 }
                        field.append(byte)
                    }
                    continue
                }
                switch byte {
                case separator:
                    guard let text = finishField() else { finished = true; return .failure(.notText(line: startLine)) }
                    fields.append(text)
                    wasQuoted = false
                case newline, carriageReturn:
                    if byte == carriageReturn, peekByte() == newline { _ = nextByte() }
                    line += 1
                    guard let text = finishField() else { finished = true; return .failure(.notText(line: startLine)) }
                    fields.append(text)
                    return .success(CSVRecord(line: startLine, fields: fields))
                case quote:
                    if field.isEmpty && !wasQuoted {
                        inQuotes = true
                        wasQuoted = true
                    } else {
                        finished = true
                        return .failure(.unexpectedQuote(line: line, column: fields.count + 1))
                    }
                default:
                    if wasQuoted {
                        finished = true
                        return .failure(.unexpectedQuote(line: line, column: fields.count + 1))
                    }
                    field.append(byte)
                }
            }
        }

        private mutating func skipByteOrderMark() {
            let mark: [UInt8] = [0xEF, 0xBB, 0xBF]
            var matched = 0
            while matched < mark.count, peekByte() == mark[matched] {
                _ = nextByte()
                matched += 1
            }
            // Only part of a mark is text: put its bytes back in front of what follows. Going back
            // in the buffer is not enough, since the bytes read may have come from an earlier chunk.
            if matched > 0, matched < mark.count {
                buffer = Array(mark[..<matched]) + buffer[position...]
                position = 0
            }
        }
    }
}
