/// Where a framework version is in its life: a draft may change; a published version never does,
/// because assessments made with it must keep meaning what they meant when they were made.
public enum FrameworkStatus: String, Sendable, Codable, Hashable, CaseIterable {
    case draft
    case published
}
