/// Text whose words between backticks are shown as code, so a translated sentence can name a
/// key of a file format (`scale`, `levels`) without the catalogs holding markup.
public func codeSpans(_ text: String) -> Node {
    let parts = text.split(separator: "`", omittingEmptySubsequences: false).map(String.init)
    // An odd number of backticks leaves the last one unpaired; it stays as written.
    let paired = parts.count % 2 == 1 ? parts : Array(parts.dropLast(2)) + [parts.suffix(2).joined(separator: "`")]
    return .group(paired.enumerated().map { index, part in
        index.isMultiple(of: 2) ? .text(part) : .element("code", [], [.text(part)])
    })
}
