/// One polygon on a radar chart: a person's consolidated levels, a role's targets, a
/// self-assessment.
public struct RadarSeries: Hashable, Sendable {
    /// Shown in the legend and read out in the description ("Anna Berg", "Target").
    public var name: String
    /// One value per axis, in the axes' order; `nil` (or NaN) where there is no value, e.g. a
    /// competency not rated. Missing values leave a gap: they are never drawn at the center,
    /// which would read as "lowest level".
    public var values: [Double?]

    public init(name: String, values: [Double?]) {
        self.name = name
        self.values = values
    }
}
