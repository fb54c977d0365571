extension RoleProfile {
    /// Checks the profile against the framework version it will be used with: it belongs to that
    /// framework, names each competency once and only competencies that exist, targets levels on
    /// the scale and weighs each competency with a positive, finite weight; refused with every
    /// problem ``problems(against:)`` finds.
    public func validate(against framework: CompetencyFramework) throws(FieldErrors) {
        let problems = problems(against: framework)
        if !problems.isEmpty { throw FieldErrors(problems) }
    }

    /// Every reason the profile cannot be saved for `framework`, so a form can show them all at
    /// once: a profile of another framework, or none chosen, is that alone; otherwise each
    /// entry's unknown or repeated competency, or its target off the scale and its weight not
    /// above 0, both when both are wrong.
    public func problems(against framework: CompetencyFramework) -> [FieldError] {
        guard frameworkID == framework.id, organizationID == framework.organizationID else {
            return [FieldError(field: "frameworkID", code: .invalidValue, .profileInOtherFramework)]
        }
        guard !entries.isEmpty else { return [FieldError(field: "entries", code: .required, .profileNeedsCompetency)] }
        var problems: [FieldError] = []
        var seen: Set<Competency.ID> = []
        for (index, entry) in entries.enumerated() {
            let field = "entries[\(index)]"
            guard framework.competency(entry.competencyID) != nil else {
                problems.append(FieldError(
                    field: "\(field).competencyID", code: .notFound,
                    .competencyNotInFramework, ["version": String(framework.version), "key": framework.key]))
                continue
            }
            guard seen.insert(entry.competencyID).inserted else {
                problems.append(FieldError(field: "\(field).competencyID", code: .duplicate, .competencyListedTwice))
                continue
            }
            if !framework.scale.contains(entry.targetLevel) {
                problems.append(FieldError(
                    field: "\(field).targetLevel", code: .invalidValue,
                    .levelOutsideScale, ["level": String(entry.targetLevel), "scale": framework.scale.description]))
            }
            if !(entry.weight.isFinite && entry.weight > 0) {
                problems.append(FieldError(field: "\(field).weight", code: .invalidValue, .weightNotPositive))
            }
        }
        return problems
    }
}
