/// The keys each mapping of a framework file may hold, in the order export writes them.
///
/// One list serves reading (anything else is reported as an unknown key) and writing, so the
/// two cannot drift apart.
enum FrameworkFileKeys {
    static let document = ["format", "key", "name", "version", "scale", "areas"]
    static let scale = ["min", "max"]
    static let area = ["key", "name", "competencies"]
    static let competency = ["key", "name", "description", "levels"]
    static let level = ["level", "behavior", "effective", "ineffective"]
    static let text = ["en", "sv", "nb"]
}
