import Foundation

/// JSON written byte by byte, the same bytes Keel's configured `JSONEncoder` writes (keys in
/// byte order as `.sortedKeys` sorts them, ISO 8601 dates without fractions, `/` escaped,
/// numbers as their `description` without a trailing `.0`), for the few responses whose size
/// makes the encoder's generic containers most of the request: a heatmap of a couple of
/// hundred teams is thousands of cells, and encoding it took longer than reading it.
///
/// The caller writes keys in sorted order; tests compare the output with the encoder's.
struct JSONText {
    private(set) var bytes: [UInt8] = []
    /// Per open object or array: whether nothing has been written in it yet.
    private var isEmpty: [Bool] = []
    /// A key was just written, so the next value needs no separator.
    private var afterKey = false

    init(capacity: Int = 1024) {
        bytes.reserveCapacity(capacity)
    }

    mutating func openObject() { open(UInt8(ascii: "{")) }
    mutating func closeObject() { close(UInt8(ascii: "}")) }
    mutating func openArray() { open(UInt8(ascii: "[")) }
    mutating func closeArray() { close(UInt8(ascii: "]")) }

    mutating func key(_ name: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
        afterKey = true
    }

    mutating func value(_ string: String) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        for byte in string.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): bytes.append(contentsOf: [UInt8(ascii: "\\"), byte])
            case 0x0A: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x09: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0x08: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
            case 0x0C: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
            case ..<0x20:
                bytes.append(contentsOf: Array("\\u00".utf8))
                bytes.append(Self.lowercaseHex[Int(byte >> 4)])
                bytes.append(Self.lowercaseHex[Int(byte & 0x0F)])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Upper-case, as `UUID`'s own encoding writes it, without `uuidString`'s `sprintf`.
    mutating func value(_ uuid: UUID) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        withUnsafeBytes(of: uuid.uuid) { raw in
            for (position, byte) in raw.enumerated() {
                if position == 4 || position == 6 || position == 8 || position == 10 { bytes.append(UInt8(ascii: "-")) }
                bytes.append(Self.uppercaseHex[Int(byte >> 4)])
                bytes.append(Self.uppercaseHex[Int(byte & 0x0F)])
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    mutating func value(_ number: Double) throws {
        guard number.isFinite else {
            throw EncodingError.invalidValue(number, .init(codingPath: [], debugDescription: "\(number) is not valid JSON"))
        }
        separate()
        var text = number.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes.append(contentsOf: text.utf8)
    }

    mutating func value(_ number: Int) {
        separate()
        bytes.append(contentsOf: number.description.utf8)
    }

    mutating func value(_ flag: Bool) {
        separate()
        bytes.append(contentsOf: flag ? Array("true".utf8) : Array("false".utf8))
    }

    mutating func value(_ date: Date) {
        value(date.formatted(.iso8601))
    }

    /// A member, left out when `nil` as synthesized `Encodable` conformances leave it out.
    mutating func field(_ name: StaticString, _ value: (some Scalar)?) throws {
        guard let value else { return }
        key(name)
        try value.write(to: &self)
    }

    /// What ``field(_:_:)`` writes.
    protocol Scalar {
        func write(to json: inout JSONText) throws
    }

    private mutating func open(_ bracket: UInt8) {
        separate()
        bytes.append(bracket)
        isEmpty.append(true)
    }

    private mutating func close(_ bracket: UInt8) {
        isEmpty.removeLast()
        bytes.append(bracket)
    }

    private mutating func separate() {
        if afterKey {
            afterKey = false
        } else if let last = isEmpty.indices.last {
            if isEmpty[last] { isEmpty[last] = false } else { bytes.append(UInt8(ascii: ",")) }
        }
    }

    private static let uppercaseHex = Array("0123456789ABCDEF".utf8)
    private static let lowercaseHex = Array("0123456789abcdef".utf8)
}

extension String: JSONText.Scalar {
    func write(to json: inout JSONText) { json.value(self) }
}

extension UUID: JSONText.Scalar {
    func write(to json: inout JSONText) { json.value(self) }
}

extension Double: JSONText.Scalar {
    func write(to json: inout JSONText) throws { try json.value(self) }
}

extension Int: JSONText.Scalar {
    func write(to json: inout JSONText) { json.value(self) }
}

extension Bool: JSONText.Scalar {
    func write(to json: inout JSONText) { json.value(self) }
}

extension Date: JSONText.Scalar {
    func write(to json: inout JSONText) { json.value(self) }
}
