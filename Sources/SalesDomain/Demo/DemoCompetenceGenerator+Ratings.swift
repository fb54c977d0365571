import Foundation

extension DemoCompetenceGenerator {
    /// How far one rater got with one person's form in the open cycle.
    enum FormProgress {
        case submitted
        /// Saved as a draft, with the first half of the competencies filled in.
        case draft
        case notStarted
    }

    static let managerEvidence = DemoPhrases(
        swedish: [
            "Sett i två kundmöten det här kvartalet.",
            "Från pipelinegenomgångarna och ett gemensamt kundbesök.",
            "Utifrån inspelade samtal och kundplanerna.",
            "Observerat i förhandlingen med en nyckelkund.",
            "Från coachningssamtalen och anteckningarna i CRM.",
        ],
        norwegian: [
            "Sett i to kundemøter dette kvartalet.",
            "Fra pipelinegjennomgangene og ett felles kundebesøk.",
            "Basert på innspilte samtaler og kundeplanene.",
            "Observert i forhandlingen med en nøkkelkunde.",
            "Fra coachingsamtalene og notatene i CRM.",
        ],
        english: [
            "Seen in two customer meetings this quarter.",
            "From the pipeline reviews and one joint visit.",
            "Based on recorded calls and the account plans.",
            "Observed in the negotiation with a key customer.",
            "From coaching sessions and the CRM notes.",
        ])
    static let selfEvidence = DemoPhrases(
        swedish: [
            "Min egen bild efter kvartalets möten.",
            "Det jag gjorde i mina största affärer under perioden.",
            "Där jag känner mig säker, och där jag inte gör det än.",
        ],
        norwegian: [
            "Mitt eget inntrykk etter kvartalets møter.",
            "Det jeg gjorde i mine største avtaler i perioden.",
            "Der jeg føler meg trygg, og der jeg ikke gjør det ennå.",
        ],
        english: [
            "My own view after this quarter's meetings.",
            "What I did in my largest deals this period.",
            "Where I feel confident, and where I do not yet.",
        ])
    static let peerEvidence = DemoPhrases(
        swedish: ["Från arbetet med gemensamma kunder.", "Sett i gemensamma kundmöten."],
        norwegian: ["Fra arbeidet med felles kunder.", "Sett i felles kundemøter."],
        english: ["From working on shared accounts.", "Seen in joint customer meetings."])

    /// Every rating of one participant — by themselves, their manager and their peers — in every
    /// cycle, oldest cycle first. Depends only on the spec, the framework and this participant.
    public func ratings(for participant: DemoCompetenceParticipant) -> [Rating] {
        guard let profile = profiles.first(where: { $0.jobRole == participant.jobRole }) else { return [] }
        var random = SeededGenerator.stream(seed: spec.seed, subject: participant.personID.rawValue, salt: 11)
        let scale = framework.scale
        func clamp(_ level: Int) -> Int { min(max(level, RatingScale.minimumLevel), scale.maximum) }
        func offByOne(_ chanceEachWay: Double) -> Int {
            let draw = random.unit()
            return draw < chanceEachWay ? -1 : draw < 2 * chanceEachWay ? 1 : 0
        }

        let abilities = profile.entries.map { entry -> Int in
            let draw = random.unit()
            let offset = draw < 0.05 ? -2 : draw < 0.35 ? -1 : draw < 0.80 ? 0 : 1
            return clamp(entry.targetLevel + offset)
        }
        let weakCompetencies = participant.inLowTeam ? Set(patterns.lowTeam?.competencyIDs ?? []) : []
        let improving = Set(participant.improvingCompetencyIDs)

        var ratings: [Rating] = []
        for (cycleIndex, demoCycle) in cycles.enumerated() {
            let cycle = demoCycle.cycle
            let isOpen = cycle.closedAt == nil
            let lastDay = isOpen
                ? max(Int(spec.now.timeIntervalSince(cycle.openedAt) / DemoCompetenceSpec.day) - 1, 0)
                : DemoCompetenceSpec.cycleDays - 2
            func form(_ rater: Person.ID, _ source: RatingSource, submitted: Double, draft: Double) -> (Person.ID, RatingSource, FormProgress, Date) {
                let draw = random.unit()
                let progress: FormProgress = !isOpen || draw < submitted ? .submitted : draw < submitted + draft ? .draft : .notStarted
                let day = random.integer(in: (isOpen ? 0 : 1)...max(lastDay, isOpen ? 0 : 1))
                let minute = random.integer(in: (8 * 60)...(17 * 60))
                return (rater, source, progress, cycle.openedAt.addingTimeInterval(Double(day) * DemoCompetenceSpec.day + Double(minute) * 60))
            }
            var forms = [form(participant.personID, .selfAssessment, submitted: 0.65, draft: 0.2)]
            if let manager = participant.managerID { forms.append(form(manager, .manager, submitted: 0.45, draft: 0.2)) }
            for peer in participant.peerIDs { forms.append(form(peer, .peer, submitted: 0.4, draft: 0.1)) }

            for (position, entry) in profile.entries.enumerated() {
                let competency = entry.competencyID
                let ability = improving.contains(competency) ? clamp(abilities[position] - 1 + cycleIndex) : abilities[position]
                let managerLevel = clamp(ability + offByOne(0.1) - (weakCompetencies.contains(competency) ? Self.lowTeamPenalty : 0))
                let selfLevel = participant.overestimates
                    ? clamp(managerLevel + (random.chance(0.6) ? 1 : 2))
                    : clamp(managerLevel + (random.chance(0.15) ? 1 : random.chance(0.1) ? -1 : 0))
                for (rater, source, progress, date) in forms {
                    let level: Int
                    let evidence: String
                    switch source {
                    case .selfAssessment:
                        level = selfLevel
                        evidence = random.element(of: Self.selfEvidence.written(in: writers.language(of: rater)))
                    case .manager:
                        level = managerLevel
                        evidence = random.element(of: Self.managerEvidence.written(in: writers.language(of: rater)))
                    case .peer:
                        level = clamp(ability + offByOne(0.25))
                        evidence = random.element(of: Self.peerEvidence.written(in: writers.language(of: rater)))
                    }
                    let id: Rating.ID = random.identifier()
                    switch progress {
                    case .notStarted:
                        continue
                    case .draft where position >= (profile.entries.count + 1) / 2:
                        continue
                    case .draft, .submitted:
                        ratings.append(Rating(
                            id: id, cycleID: cycle.id, raterID: rater, rateeID: participant.personID, competencyID: competency,
                            source: source, level: level, evidence: evidence, updatedAt: date,
                            submittedAt: progress == .submitted ? date : nil))
                    }
                }
            }
        }
        return ratings
    }

    /// Five (at least three) managers score eight written cases on three competencies. The
    /// second rater scores about a level above the case's quality, the third about a level
    /// below; everyone is off by one level now and then. So the raters agree on which cases are
    /// strong (a high ICC(3,1), consistency) but not on the absolute level (a lower ICC(2,1),
    /// which counts rater leniency against agreement), and the second and third raters show a
    /// clearly positive and negative leniency.
    static func calibration(
        raters: [Person.ID], openedBy: Person.ID?, organizationID: Organization.ID, framework: CompetencyFramework,
        spec: DemoCompetenceSpec
    ) -> DemoCalibration {
        var random = SeededGenerator.stream(seed: spec.seed, subject: organizationID.rawValue, salt: 400)
        let firstOfAreas = framework.areas.compactMap(\.competencies.first)
        let competencies = Array((firstOfAreas.count >= 3 ? firstOfAreas : framework.competencies).prefix(3))
        let targets = DemoCalibrationCases.all.map {
            CalibrationTarget(id: random.identifier(), title: $0.title, material: $0.material)
        }
        let exercise = CalibrationExercise(
            id: random.identifier(), organizationID: organizationID, name: DemoCalibrationCases.exerciseName,
            framework: framework.reference, competencyIDs: competencies.map(\.id), targets: targets, raterIDs: raters,
            openedAt: spec.calibrationOpenedAt, closedAt: spec.calibrationClosedAt)
        let maximum = framework.scale.maximum
        var scores: [CalibrationScore] = []
        for (target, demoCase) in zip(targets, DemoCalibrationCases.all) {
            for competency in competencies {
                // The case's quality on this scale, a little different per competency.
                let quality = 1 + (demoCase.quality - 1) * Double(maximum - 1) / 4 + random.uniform(-0.6...0.6)
                for (index, rater) in raters.enumerated() {
                    let bias = index == 1 ? 1.0 : index == 2 ? -1.0 : 0
                    let draw = random.unit()
                    let noise = draw < 0.1 ? -1 : draw < 0.2 ? 1 : 0
                    let level = min(max(Int((quality + bias).rounded()) + noise, 1), maximum)
                    scores.append(CalibrationScore(
                        exerciseID: exercise.id, targetID: target.id, raterID: rater, competencyID: competency.id, level: level))
                }
            }
        }
        return DemoCalibration(exercise: exercise, scores: scores, openedBy: openedBy)
    }
}
