extension RoleProfile {
    /// Checks the profile against the framework version it will be used with: it belongs to that
    /// framework, names each competency once and only competencies that exist, targets levels on
    /// the scale and weighs each competency with a positive, finite weight.
    public func validate(against framework: CompetencyFramework) throws(FieldError) {
        guard frameworkID == framework.id, organizationID == framework.organizationID else {
            throw FieldError(field: "frameworkID", code: .invalidValue, .profileInOtherFramework)
        }
        if entries.isEmpty {
            throw FieldError(field: "entries", code: .required, .profileNeedsCompetency)
        }
        var seen: Set<Competency.ID> = []
        for (index, entry) in entries.enumerated() {
            let field = "entries[\(index)]"
            guard framework.competency(entry.competencyID) != nil else {
                throw FieldError(
                    field: "\(field).competencyID", code: .notFound,
                    .competencyNotInFramework, ["version": String(framework.version), "key": framework.key]
                )
            }
            guard seen.insert(entry.competencyID).inserted else {
                throw FieldError(
                    field: "\(field).competencyID", code: .duplicate,
                    .competencyListedTwice
                )
            }
            guard framework.scale.contains(entry.targetLevel) else {
                throw FieldError(
                    field: "\(field).targetLevel", code: .invalidValue,
                    .levelOutsideScale, ["level": String(entry.targetLevel), "scale": framework.scale.description]
                )
            }
            guard entry.weight.isFinite, entry.weight > 0 else {
                throw FieldError(
                    field: "\(field).weight", code: .invalidValue, .weightNotPositive
                )
            }
        }
    }
}
