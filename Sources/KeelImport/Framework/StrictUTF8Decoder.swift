import Foundation
import SalesDomain

/// Turns a file's bytes into text, refusing anything that is not UTF-8 at the line it happens.
///
/// Decoding leniently would turn a Latin-1 `å` into `�` and import a framework with broken
/// names; the author is better served by being told where to look and how to save the file.
enum StrictUTF8Decoder {
    static func decode(_ data: Data) throws(FrameworkFileError) -> String {
        var parser = Unicode.UTF8.ForwardParser()
        var bytes = data.makeIterator()
        var scalars: [Unicode.Scalar] = []
        var offset = 0
        while true {
            switch parser.parseScalar(from: &bytes) {
            case .valid(let encoded):
                scalars.append(Unicode.UTF8.decode(encoded))
                offset += encoded.count
            case .emptyInput:
                var text = String.UnicodeScalarView()
                text.append(contentsOf: scalars)
                return String(text)
            case .error:
                let byte = data[data.index(data.startIndex, offsetBy: offset)]
                let hex = "0x" + String(byte, radix: 16, uppercase: true)
                throw FrameworkFileError(FrameworkFileProblem(
                    at: TextPosition.end(of: scalars), kind: .notUTF8,
                    problem: Problem(.frameworkFileNotUTF8, ["byte": hex, "offset": String(offset)])
                ))
            }
        }
    }
}
