import Foundation

/// Fills `{name}` slots in caller-supplied, already translated text such as
/// "{percent} to next stage", the same slot syntax as Keel's translation catalogs.
///
/// Templates rather than closures keep the chart inputs plain, comparable values; counts that
/// need a plural form are shown as bare numbers, so no template has to agree in number.
enum TextTemplate {
    static func fill(_ template: String, _ values: [(name: String, value: String)]) -> String {
        var text = template
        for (name, value) in values {
            text = text.replacingOccurrences(of: "{\(name)}", with: value)
        }
        return text
    }
}
