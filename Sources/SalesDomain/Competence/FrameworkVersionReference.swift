/// Names one version of one framework. Assessment cycles and calibration exercises hold it, so
/// their ratings stay tied to the level descriptions the raters actually read.
public struct FrameworkVersionReference: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public var frameworkID: CompetencyFramework.ID
    public var version: Int

    public init(frameworkID: CompetencyFramework.ID, version: Int) {
        self.frameworkID = frameworkID
        self.version = version
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.frameworkID, lhs.version) < (rhs.frameworkID, rhs.version)
    }

    public var description: String { "\(frameworkID) v\(version)" }
}
