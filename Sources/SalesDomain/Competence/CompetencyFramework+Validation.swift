extension CompetencyFramework {
    /// Every problem that would stop this version from being published, located by path
    /// (`areas[2].competencies[0].levels`).
    ///
    /// The content rules are those of the file format (``FrameworkDocument/validate()``), so a
    /// framework edited in the browser and one imported from a file are held to the same
    /// standard; on top, area and competency ids must be unique.
    public func problems() -> [FrameworkProblem] {
        var problems = FrameworkDocument(self).validate()
        var areaIDs: Set<CompetencyArea.ID> = []
        var competencyIDs: Set<Competency.ID> = []
        for (areaIndex, area) in areas.enumerated() {
            let areaPath = FrameworkPath.root.appending("areas", areaIndex)
            if !areaIDs.insert(area.id).inserted {
                problems.append(FrameworkProblem(
                    path: areaPath.appending("id"), kind: .duplicate, .frameworkIDUsedTwice, ["id": area.id.description]
                ))
            }
            for (competencyIndex, competency) in area.competencies.enumerated()
            where !competencyIDs.insert(competency.id).inserted {
                problems.append(FrameworkProblem(
                    path: areaPath.appending("competencies", competencyIndex).appending("id"), kind: .duplicate,
                    .frameworkIDUsedTwice, ["id": competency.id.description]
                ))
            }
        }
        return problems
    }

    /// Throws the first problem as a field error, for API and CLI paths that answer with one.
    public func validate() throws(FieldError) {
        if let first = problems().first {
            throw first.fieldError
        }
    }
}
