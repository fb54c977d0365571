extension PracticeItem {
    /// The item checked against the framework it practises, field by field, every problem at
    /// once: a key that names its competency (`<competency key>.<slug>`), a competency of the
    /// framework, an aim above the scale's first level, a duration of 5–60 minutes, every text
    /// in English at least, and — for a role-play — what good looks like at every level of the
    /// scale, since that is what an observer scores against.
    public func validated(in framework: CompetencyFramework) throws(FieldErrors) -> PracticeItem {
        var problems: [FieldError] = []
        let competency = framework.competency(competencyID)
        if competency == nil {
            problems.append(FieldError(
                field: "competency", code: .notFound, .competencyNotInFramework,
                ["key": framework.key, "version": String(framework.version)]))
        }
        if !FrameworkKey.isValid(key) || !(competency.map { key.hasPrefix($0.key + ".") && key.count > $0.key.count + 1 } ?? true) {
            problems.append(FieldError(
                field: "key", code: .invalidFormat, .practiceItemKeyFormat,
                ["key": key, "competency": competency?.key ?? "", "maximum": String(FrameworkKey.maximumLength)]))
        }
        let scale = framework.scale.levels
        if !scale.dropFirst().contains(aimLevel) {
            problems.append(FieldError(
                field: "aimLevel", code: .invalidValue, .numberBetween,
                ["minimum": String(scale.lowerBound + 1), "maximum": String(scale.upperBound)]))
        }
        if !Self.durations.contains(minutes) {
            problems.append(FieldError(
                field: "minutes", code: .invalidValue, .numberBetween,
                ["minimum": String(Self.durations.lowerBound), "maximum": String(Self.durations.upperBound)]))
        }
        if title.lacksEnglish { problems.append(FieldError(field: "title", code: .required, .englishTextRequired)) }
        switch content {
        case .drill(let instructions):
            if instructions.lacksEnglish { problems.append(FieldError(field: "instructions", code: .required, .englishTextRequired)) }
        case .microLesson(let lesson, let question):
            if lesson.lacksEnglish { problems.append(FieldError(field: "lesson", code: .required, .englishTextRequired)) }
            if question.lacksEnglish { problems.append(FieldError(field: "question", code: .required, .englishTextRequired)) }
        case .rolePlay(let situation, let customerPart, let good):
            if situation.lacksEnglish { problems.append(FieldError(field: "situation", code: .required, .englishTextRequired)) }
            if customerPart.lacksEnglish { problems.append(FieldError(field: "customerPart", code: .required, .englishTextRequired)) }
            let missing = scale.filter { good[$0]?.lacksEnglish ?? true }
            if !missing.isEmpty {
                problems.append(FieldError(
                    field: "goodLooksLike", code: .required, .rolePlayNeedsEveryLevel,
                    ["levels": missing.map(String.init).joined(separator: ", ")]))
            }
            for level in good.keys.sorted() where !scale.contains(level) {
                problems.append(FieldError(
                    field: "goodLooksLike", code: .invalidValue, .levelOutsideScale,
                    ["level": String(level), "scale": framework.scale.description]))
            }
        }
        if !problems.isEmpty { throw FieldErrors(problems) }
        return self
    }
}
