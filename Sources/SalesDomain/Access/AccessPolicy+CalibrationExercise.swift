extension AccessPolicy {
    /// Whether the viewer may see a calibration exercise: its own raters, and those who read the
    /// whole organization. An exercise compares raters across teams and markets, so a leader of
    /// some markets sees only those they rate in — on the web and through the API alike.
    public func canRead(_ exercise: CalibrationExercise) -> Bool {
        scope == .organization || exercise.raterIDs.contains(viewer.personID)
    }

    /// Whether the viewer scores in an exercise: only its raters, each as themselves. A leader
    /// who reads every exercise but does not rate in this one is forbidden; anyone who may not
    /// see it is told it does not exist.
    public func score(in exercise: CalibrationExercise) -> AccessDecision {
        guard canRead(exercise) else { return .notFound }
        return exercise.raterIDs.contains(viewer.personID) ? .allowed : .forbidden
    }
}
