extension FrameworkDocument {
    /// Every problem that stops the document from becoming a framework, in document order.
    ///
    /// Checks: a supported `format`; `key`, area and competency keys present, well-formed and
    /// unique (competency keys across the whole framework, because ratings and role profiles
    /// refer to them without their area); English names; a scale from 1 to 3…10; every
    /// competency describing each level of the scale exactly once, with an English behavior;
    /// no level outside the scale; examples with English text.
    public func validate() -> [FrameworkProblem] {
        var problems: [FrameworkProblem] = []
        let root = FrameworkPath.root

        if let format, format != Self.currentFormat {
            problems.append(FrameworkProblem(
                path: root.appending("format"), kind: .unsupportedFormat,
                .frameworkFormatNotSupported, ["format": String(format), "supported": String(Self.currentFormat)]
            ))
        }
        problems += Self.keyProblems(key, at: root.appending("key"))
        problems += Self.englishProblems(name, at: root.appending("name"))

        let scaleProblems = validateScale()
        problems += scaleProblems
        // Level checks against a scale that is itself wrong would only repeat the same complaint.
        let scale = scaleProblems.isEmpty ? ratingScale : nil

        if areas.isEmpty {
            problems.append(FrameworkProblem(path: root.appending("areas"), kind: .required, .frameworkNeedsArea))
        }
        var firstAreaPath: [String: FrameworkPath] = [:]
        var firstCompetencyPath: [String: FrameworkPath] = [:]
        for (areaIndex, area) in areas.enumerated() {
            let areaPath = root.appending("areas", areaIndex)
            problems += Self.keyProblems(area.key, at: areaPath.appending("key"))
            if !area.key.isEmpty {
                if let first = firstAreaPath[area.key] {
                    problems.append(FrameworkProblem(
                        path: areaPath.appending("key"), kind: .duplicate,
                        .frameworkKeyDuplicate, ["key": area.key, "first": first.description]
                    ))
                } else {
                    firstAreaPath[area.key] = areaPath
                }
            }
            problems += Self.englishProblems(area.name, at: areaPath.appending("name"))
            if area.competencies.isEmpty {
                problems.append(FrameworkProblem(
                    path: areaPath.appending("competencies"), kind: .required, .areaNeedsCompetency
                ))
            }
            for (competencyIndex, competency) in area.competencies.enumerated() {
                let competencyPath = areaPath.appending("competencies", competencyIndex)
                problems += Self.keyProblems(competency.key, at: competencyPath.appending("key"))
                if !competency.key.isEmpty {
                    if let first = firstCompetencyPath[competency.key] {
                        problems.append(FrameworkProblem(
                            path: competencyPath.appending("key"), kind: .duplicate,
                            .frameworkKeyDuplicate, ["key": competency.key, "first": first.description]
                        ))
                    } else {
                        firstCompetencyPath[competency.key] = competencyPath
                    }
                }
                problems += Self.englishProblems(competency.name, at: competencyPath.appending("name"))
                if let scale {
                    problems += Self.levelProblems(competency.levels, scale: scale, at: competencyPath.appending("levels"))
                }
            }
        }
        return problems
    }

    private func validateScale() -> [FrameworkProblem] {
        guard let scale else { return [] }
        var problems: [FrameworkProblem] = []
        let path = FrameworkPath.root.appending("scale")
        if let minimum = scale.min, minimum != RatingScale.minimumLevel {
            problems.append(FrameworkProblem(
                path: path.appending("min"), kind: .invalidValue, .scaleStartNotOne, ["minimum": String(minimum)]
            ))
        }
        if let maximum = scale.max {
            if !RatingScale.allowedMaximums.contains(maximum) {
                problems.append(FrameworkProblem(
                    path: path.appending("max"), kind: .invalidValue,
                    .scaleMaximumNotAllowed, ["maximum": String(maximum)]
                ))
            }
        } else {
            problems.append(FrameworkProblem(
                path: path.appending("max"), kind: .required, .scaleTopRequired
            ))
        }
        return problems
    }

    private static func levelProblems(_ levels: [Level], scale: RatingScale, at path: FrameworkPath) -> [FrameworkProblem] {
        var problems: [FrameworkProblem] = []
        var described: Set<Int> = []
        for (index, level) in levels.enumerated() {
            let itemPath = path.appending(index: index)
            let numberPath = itemPath.appending("level")
            guard let number = level.level else {
                problems.append(FrameworkProblem(path: numberPath, kind: .required, .levelNumberRequired))
                continue
            }
            if !scale.contains(number) {
                problems.append(FrameworkProblem(
                    path: numberPath, kind: .invalidValue, .levelOutsideScale, ["level": String(number), "scale": scale.description]
                ))
            } else if !described.insert(number).inserted {
                problems.append(FrameworkProblem(
                    path: numberPath, kind: .duplicate, .levelDescribedTwice, ["level": String(number)]
                ))
            }
            problems += englishProblems(level.behavior, at: itemPath.appending("behavior"))
            for (exampleIndex, example) in level.effective.enumerated() {
                problems += englishProblems(example, at: itemPath.appending("effective", exampleIndex))
            }
            for (exampleIndex, example) in level.ineffective.enumerated() {
                problems += englishProblems(example, at: itemPath.appending("ineffective", exampleIndex))
            }
        }
        for missing in scale.levels where !described.contains(missing) {
            problems.append(FrameworkProblem(path: path, kind: .missingLevel, .levelMissing, ["level": String(missing)]))
        }
        return problems
    }

    private static func keyProblems(_ key: String, at path: FrameworkPath) -> [FrameworkProblem] {
        if key.isEmpty {
            return [FrameworkProblem(path: path, kind: .required, .valueRequired)]
        }
        if !FrameworkKey.isValid(key) {
            return [FrameworkProblem(
                path: path, kind: .invalidFormat,
                .frameworkKeyFormat, ["key": key, "maximum": String(FrameworkKey.maximumLength)]
            )]
        }
        return []
    }

    private static func englishProblems(_ text: LocalizedText, at path: FrameworkPath) -> [FrameworkProblem] {
        guard text.lacksEnglish else { return [] }
        return [FrameworkProblem(path: path.appending("en"), kind: .required, .englishTextRequired)]
    }
}
