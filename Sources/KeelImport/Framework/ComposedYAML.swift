import SalesDomain
import Yams

/// A YAML (or JSON) text composed into Yams' node tree, even when a mapping repeats a key.
///
/// Yams refuses a repeated key and names only its first occurrence, which would leave the
/// author fixing a file one duplicate per import and hide every other problem. So when Yams
/// refuses, that first occurrence is renamed in place — one scalar swapped for a private-use
/// character, so every line and column stays where it was — and the text is composed again,
/// until it goes through. The renamed occurrences are kept in ``setAsideKeys`` by position: the
/// reader skips them (the last occurrence is the one read) and reports each duplicate at the
/// occurrence after it.
struct ComposedYAML {
    /// `nil` when the text holds no document: it is empty, or only whitespace and comments.
    var root: Node?
    /// The original text of every key occurrence renamed to let composing go on, by position.
    var setAsideKeys: [TextPosition: String]

    /// More duplicates than this in one file are not a file someone wrote by hand; the last
    /// one is reported as an error on its own.
    static let maximumDuplicates = 1_000
    private static let firstReplacement: UInt32 = 0xE000

    static func compose(_ text: String) throws(FrameworkFileError) -> ComposedYAML {
        var scalars: [Unicode.Scalar]?
        var current = text
        var setAside: [TextPosition: String] = [:]
        while true {
            do {
                let root = try Yams.compose(yaml: current)
                try refuseOversized(root)
                return ComposedYAML(root: root, setAsideKeys: setAside)
            } catch YamlError.duplicatedKeysInMapping(let duplicates, let context) {
                let position = TextPosition(context.mark)
                var renamed = scalars ?? Array(text.unicodeScalars)
                guard setAside.count < maximumDuplicates, let key = duplicates.first,
                      let replacement = Unicode.Scalar(firstReplacement + UInt32(setAside.count)),
                      rename(keyAt: position, in: &renamed, with: replacement)
                else {
                    throw FrameworkFileError(FrameworkFileProblem(
                        syntaxError: .duplicatedKeysInMapping(duplicates: duplicates, context: context), in: text
                    ))
                }
                setAside[position] = key
                scalars = renamed
                var view = String.UnicodeScalarView()
                view.append(contentsOf: renamed)
                current = String(view)
            } catch let error as FrameworkFileError {
                throw error
            } catch let error as YamlError {
                throw FrameworkFileError(FrameworkFileProblem(syntaxError: error, in: text))
            } catch {
                throw FrameworkFileError(FrameworkFileProblem(at: .start, kind: .syntax, problem: Problem(.frameworkFileNotYAML, ["detail": "\(error)"])))
            }
        }
    }

    /// A framework file holds a few thousand values; one that holds more than this — or nests
    /// deeper than ``maximumDepth`` — is refused before anything reads it. YAML's aliases let
    /// 4 KB of text stand for billions of values (each `*name` repeats its anchor's whole
    /// subtree), which took the server 88 s and 1.1 GB to walk.
    static let maximumValues = 200_000
    static let maximumDepth = 40

    private static func refuseOversized(_ root: Node?) throws(FrameworkFileError) {
        guard let root else { return }
        var pending: [(node: Node, depth: Int)] = [(root, 1)]
        var values = 0
        while let (node, depth) = pending.popLast() {
            values += 1
            guard values <= maximumValues, depth <= maximumDepth else {
                throw FrameworkFileError(FrameworkFileProblem(
                    at: node.mark.map(TextPosition.init) ?? .start, kind: .syntax,
                    problem: values > maximumValues
                        ? Problem(.frameworkFileTooManyValues, ["maximum": String(maximumValues)])
                        : Problem(.frameworkFileTooDeep, ["maximum": String(maximumDepth)])
                ))
            }
            switch node {
            case .mapping(let mapping):
                for (key, value) in mapping { pending += [(key, depth + 1), (value, depth + 1)] }
            case .sequence(let sequence):
                pending += sequence.map { ($0, depth + 1) }
            default:
                break
            }
        }
    }

    /// Swaps the first character of the key scalar starting at `position` (after its opening
    /// quote, if quoted). Returns `false` for keys it cannot rename safely: collections used as
    /// keys, empty quoted keys and keys starting with an escape.
    private static func rename(keyAt position: TextPosition, in scalars: inout [Unicode.Scalar], with replacement: Unicode.Scalar) -> Bool {
        guard var offset = TextPosition.offset(of: position, in: scalars) else { return false }
        let quote = scalars[offset]
        if quote == "\"" || quote == "'" {
            offset += 1
            guard offset < scalars.count, scalars[offset] != quote, scalars[offset] != "\\" else { return false }
        } else if "[]{}?!&*|>%@`#,".unicodeScalars.contains(quote) {
            return false
        }
        guard offset < scalars.count, !scalars[offset].properties.isWhitespace else { return false }
        scalars[offset] = replacement
        return true
    }
}
