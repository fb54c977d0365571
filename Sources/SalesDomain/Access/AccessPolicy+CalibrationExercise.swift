extension AccessPolicy {
    /// Whether the viewer may see a calibration exercise: its own raters, and those who read the
    /// whole organization. An exercise compares raters across teams and markets, so a leader of
    /// some markets sees only those they rate in — on the web and through the API alike.
    public func canRead(_ exercise: CalibrationExercise) -> Bool {
        scope == .organization || exercise.raterIDs.contains(viewer.personID)
    }
}
