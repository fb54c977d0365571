extension Double {
    /// The value, or `nil` when it is NaN or infinite: charts treat those as missing rather
    /// than letting them poison a scale or print "nan" into a coordinate.
    var finiteOrNil: Double? { isFinite ? self : nil }
}

extension Optional where Wrapped == Double {
    var finiteOrNil: Double? { self.flatMap(\.finiteOrNil) }
}
