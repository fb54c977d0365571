import Vapor

/// Multipart bodies, read only after their part headers are checked: MultipartKit's parser
/// indexes a 128-entry table with each byte of a part's header name, so one byte above 127
/// (`--b\r\n\xFF…`) stopped the whole server — on any form, signed in or not, since a form may be
/// sent as `multipart/form-data`. Such a body is refused as unreadable (400) instead.
struct CheckedFormDataDecoder: ContentDecoder {
    private let decoder = FormDataDecoder()

    func decode<D: Decodable>(_ decodable: D.Type, from body: ByteBuffer, headers: HTTPHeaders) throws -> D {
        try decode(D.self, from: body, headers: headers, userInfo: [:])
    }

    func decode<D: Decodable>(_ decodable: D.Type, from body: ByteBuffer, headers: HTTPHeaders, userInfo: [CodingUserInfoKey: any Sendable]) throws -> D {
        if let boundary = headers.contentType?.parameters["boundary"], !Self.partHeaderNamesAreASCII(body.readableBytesView, boundary: boundary) {
            throw Abort(.badRequest)
        }
        return try decoder.decode(D.self, from: body, headers: headers, userInfo: userInfo)
    }

    /// Whether every line of every part's headers has a name (what comes before its colon, or
    /// the whole line) of ASCII bytes only.
    static func partHeaderNamesAreASCII(_ body: some Collection<UInt8>, boundary: String) -> Bool {
        let bytes = Array(body)
        let delimiter = Array("--\(boundary)".utf8)
        let lineBreak: [UInt8] = [13, 10]
        var cursor = 0
        while let start = firstIndex(of: delimiter, in: bytes, from: cursor) {
            guard let delimiterEnd = firstIndex(of: lineBreak, in: bytes, from: start + delimiter.count) else { return true }
            cursor = delimiterEnd + 2
            while cursor < bytes.count {
                let end = firstIndex(of: lineBreak, in: bytes, from: cursor) ?? bytes.count
                if end == cursor { break }
                if bytes[cursor..<end].prefix(while: { $0 != UInt8(ascii: ":") }).contains(where: { $0 > 127 }) { return false }
                cursor = end + 2
            }
        }
        return true
    }

    private static func firstIndex(of needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, start <= bytes.count - needle.count else { return nil }
        var index = start
        while index <= bytes.count - needle.count {
            if bytes[index] == first, bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
