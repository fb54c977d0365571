/// The pressure chart's translated phrases.
public struct PressureText: Hashable, Sendable {
    /// Legend and description name of the normal-week bar: "Normal weeks".
    public var normalWeeks: String
    /// "High-load weeks"
    public var highLoadWeeks: String
    /// The rise with its unit, `{points}` being a signed number: "{points} pp", "{points} p.e.".
    public var rise: String

    public init(normalWeeks: String, highLoadWeeks: String, rise: String) {
        self.normalWeeks = normalWeeks
        self.highLoadWeeks = highLoadWeeks
        self.rise = rise
    }
}
