extension Double {
    /// part ÷ whole, or `nil` when `whole` is 0.
    ///
    /// The rule behind every rate and share of counts in the execution analyses (execution rate,
    /// postponement rate, win rate, conversion, review and time shares): a group with nothing in
    /// the denominator has no rate, and reporting 0 % instead would be a claim.
    static func ratio(_ part: Int, of whole: Int) -> Double? {
        whole == 0 ? nil : Double(part) / Double(whole)
    }
}
