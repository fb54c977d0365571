import Foundation

/// A year of coaching for a demo organization, one seller at a time (so a benchmark of 10,000
/// sellers keeps one seller's year in memory), the same for the same seed.
///
/// Each coach has a rhythm — every 9, 13, 18 or 28 days on average, so compliance differs —
/// and one seller in ten stopped being coached five to eight weeks ago (overdue). Every
/// completed session agrees one or two next steps due a week or two later and follows up the
/// open ones: three in four done, the rest carried over or not done (in the neglected team,
/// one in four done). The patterns are ``DemoCoachingPatterns``.
public struct DemoCoachingGenerator: Sendable {
    public let patterns: DemoCoachingPatterns
    public let sellerIDs: [Person.ID]
    let coachBySeller: [Person.ID: Person.ID]
    let teamBySeller: [Person.ID: Team.ID]
    let competencies: [Competency.ID]
    /// Each impact cohort seller's new focus (``DemoImpactCohorts``).
    let impactFocus: [Person.ID: Competency.ID]
    let impactSince: Date?
    let writers: DemoWriters
    let seed: UInt64
    let now: Date
    let calendar: WeekCalendar

    public init(
        _ demo: DemoOrganization, competencies: [Competency.ID], execution: DemoExecutionPatterns, seed: UInt64, now: Date,
        calendar: WeekCalendar, impactFocus: DemoImpactCohorts.Focus? = nil
    ) {
        let roster = CoachingRoster(people: demo.people, hierarchy: TeamHierarchy(demo.teams))
        var coachBySeller: [Person.ID: Person.ID] = [:]
        var coaches: [Person.ID] = []
        for entry in roster.entries {
            guard let coach = entry.coachID else { continue }
            coachBySeller[entry.sellerID] = coach
            if !coaches.contains(coach) { coaches.append(coach) }
        }
        let coachOfCoached = execution.coachedSeller.flatMap { coachBySeller[$0.personID] }
        var focusBySeller: [Person.ID: Competency.ID] = [:]
        if let cohorts = execution.impactCohorts, let impactFocus {
            for seller in cohorts.effective { focusBySeller[seller] = impactFocus.effective }
            for seller in cohorts.null { focusBySeller[seller] = impactFocus.null }
        }
        // The coaching patterns stay with coaches who coach no cohort seller, whose sessions would otherwise mix.
        let cohortCoaches = Set(focusBySeller.keys.compactMap { coachBySeller[$0] })
        let pipelineOnly = coaches.dropFirst().first { $0 != coachOfCoached && !cohortCoaches.contains($0) }
        let neglectedCoach = coaches.dropFirst(2).first { $0 != pipelineOnly && $0 != coachOfCoached && !cohortCoaches.contains($0) }
        let teamOf = Dictionary(demo.people.compactMap { person in person.teamID.map { (person.id, $0) } }, uniquingKeysWith: { first, _ in first })
        patterns = DemoCoachingPatterns(
            pipelineOnlyCoach: pipelineOnly, neglectedFollowUpTeam: neglectedCoach.flatMap { teamOf[$0] }, coachedSeller: execution.coachedSeller)
        sellerIDs = roster.entries.map(\.sellerID)
        self.coachBySeller = coachBySeller
        teamBySeller = teamOf
        self.competencies = competencies
        self.impactFocus = focusBySeller
        impactSince = focusBySeller.isEmpty ? nil : execution.impactCohorts?.since
        writers = DemoWriters(demo)
        self.seed = seed
        self.now = now
        self.calendar = calendar
    }

    static let rhythms = [9, 13, 18, 28]
    static let focusTypes: [ActivityType] = [.prospecting, .call, .meeting, .followUp]
    /// Next steps a coach and seller agree, written down by the coach.
    static let steps = DemoPhrases(
        swedish: [
            "Boka två behovsmöten med nya kunder",
            "Förbered frågorna till nästa kundmöte",
            "Uppdatera prognos och stängningsdatum i CRM",
            "Skicka den reviderade offerten och kom överens om ett beslutsdatum",
            "Avsätt två timmar för prospektering varje tisdag",
            "Rollspela prisinvändningen med en kollega",
            "Följ upp varje möte inom 48 timmar",
            "Kartlägg beslutsfattarna i den största öppna affären",
        ],
        norwegian: [
            "Book to behovsmøter med nye kunder",
            "Forbered spørsmålene til neste kundemøte",
            "Oppdater prognosen og lukkedatoene i CRM",
            "Send det reviderte tilbudet og avtal en beslutningsdato",
            "Sett av to timer til prospektering hver tirsdag",
            "Rollespill prisinnvendingen med en kollega",
            "Følg opp hvert møte innen 48 timer",
            "Kartlegg beslutningstakerne i den største åpne avtalen",
        ],
        english: [
            "Book two discovery meetings with new accounts",
            "Prepare the questions for the next customer meeting",
            "Update the forecast and close dates in the CRM",
            "Send the revised proposal and agree a decision date",
            "Block two hours of prospecting every Tuesday",
            "Role-play the price objection with a colleague",
            "Follow up every meeting within 48 hours",
            "Map the decision makers in the largest open deal",
        ])
    /// The coached seller's one next step while their coach follows up their prospecting.
    static let coachedStep = DemoPhrases(
        swedish: "Genomför varje planerat prospekteringspass på sin dag",
        norwegian: "Gjennomfør hver planlagte prospekteringsøkt på sin dag",
        english: "Do every planned prospecting block on its day")
    static let notes = DemoPhrases(
        swedish: [
            "Gick igenom veckans plan; prioriteringarna är överenskomna.",
            "Bra framsteg sedan förra gången; håll rytmen.",
            "Pratade om vad som kom i vägen och vad vi kan släppa.",
            "Övade inledningen av nästa möte tillsammans.",
        ],
        norwegian: [
            "Gikk gjennom ukens plan; prioriteringene er avtalt.",
            "God fremgang siden sist; hold rytmen.",
            "Snakket om hva som kom i veien og hva vi kan droppe.",
            "Øvde på åpningen av neste møte sammen.",
        ],
        english: [
            "Went through the week's plan; priorities agreed.",
            "Good progress since last time; keep the rhythm.",
            "Discussed what got in the way and what to drop.",
            "Practised the opening of the next meeting together.",
        ])

    /// One seller's year; empty without a coach.
    public func coaching(for seller: Person.ID) -> DemoSellerCoaching {
        var result = DemoSellerCoaching()
        guard let coach = coachBySeller[seller] else { return result }
        var random = SeededGenerator.stream(seed: seed, subject: seller.rawValue, salt: 7)
        var coachRandom = SeededGenerator.stream(seed: seed, subject: coach.rawValue, salt: 8)
        let rhythm = Self.rhythms[coachRandom.below(Self.rhythms.count)]
        let neglectedFollowUp = teamBySeller[seller] != nil && teamBySeller[seller] == patterns.neglectedFollowUpTeam
        let coached = patterns.coachedSeller?.personID == seller ? patterns.coachedSeller : nil
        let today = calendar.day(containing: now)
        let cohortFocus = impactFocus[seller]
        let stoppedDay = random.chance(0.1) && coached == nil && cohortFocus == nil ? today.adding(days: -(35 + random.below(21))) : nil
        // A cohort seller's first session with the new focus is on the cohort's start day, and none before it has that focus.
        let cohortDay = cohortFocus == nil ? nil : impactSince.map { calendar.day(containing: $0) }
        // The cohorts' competencies are no one else's focus, so each cohort is one intervention group
        // with clean before and after windows, and every other seller stays comparable.
        let cohortCompetencies = Set(impactFocus.values)
        let otherCompetencies = competencies.filter { !cohortCompetencies.contains($0) }
        var cohortStarted = false

        let language = writers.language(of: coach)
        var day = today.adding(days: -365 + random.below(rhythm))
        while true {
            day = Self.workday(day)
            let moment = calendar.start(of: day).addingTimeInterval(TimeInterval((8 + random.below(8)) * 3_600))
            if let stoppedDay, day >= stoppedDay { break }
            let isCoachedNow = coached.map { moment >= $0.since } ?? false
            let isCohortNow = cohortDay.map { day >= $0 } ?? false
            let isFuture = moment > now
            let type: CoachingSessionType
            var focus: CoachingFocus?
            if isCoachedNow, let coached {
                type = .followUp
                focus = .activityType(coached.activityType)
            } else if isCohortNow, let cohortFocus {
                type = .skill
                focus = .competency(cohortFocus)
                _ = Self.type(&random)
            } else if coach == patterns.pipelineOnlyCoach {
                type = .pipeline
            } else {
                type = Self.type(&random)
                switch type {
                case .skill: focus = otherCompetencies.isEmpty ? nil : .competency(random.element(of: otherCompetencies))
                case .followUp: focus = random.chance(0.7) ? .activityType(random.element(of: Self.focusTypes)) : nil
                default: break
                }
            }
            var session = CoachingSession(
                id: random.identifier(), sellerID: seller, coachID: coach, type: type, scheduledAt: moment,
                durationMinutes: [30, 30, 45, 60][random.below(4)], focus: focus, status: isFuture ? .planned : .completed)
            if isFuture {
                result.sessions.append(session)
                break
            }
            session.notes = random.element(of: Self.notes.written(in: language))
            session.completedAt = moment.addingTimeInterval(TimeInterval(session.durationMinutes * 60))
            var reviews: [ActionItemReview] = []
            for index in result.items.indices where result.items[index].status == .open {
                let roll = random.unit()
                let (done, carried) = neglectedFollowUp ? (0.25, 0.45) : (0.75, 0.15)
                let outcome: ActionItemReview.Outcome = roll < done ? .done : roll < done + carried ? .carriedOver : .notDone
                let newDue = outcome == .carriedOver ? day.adding(days: 7) : nil
                reviews.append(ActionItemReview(itemID: result.items[index].id, outcome: outcome, newDue: newDue))
                switch outcome {
                case .done, .notDone:
                    result.items[index].status = outcome == .done ? .done : .notDone
                    result.items[index].closedAt = session.completedAt
                case .carriedOver:
                    result.items[index].carriedOver += 1
                    result.items[index].due = newDue ?? result.items[index].due
                }
            }
            if !reviews.isEmpty { result.reviews[session.id] = reviews }
            for _ in 0..<(1 + random.below(2)) {
                let link: CoachingFocus? = focus ?? (random.chance(0.4) ? .activityType(random.element(of: Self.focusTypes)) : nil)
                result.items.append(ActionItem(
                    id: random.identifier(), sellerID: seller, sessionID: session.id,
                    text: isCoachedNow ? Self.coachedStep.first(in: language) : random.element(of: Self.steps.written(in: language)),
                    ownerID: random.chance(0.85) ? seller : coach, due: day.adding(days: 7 + random.below(8)), link: link))
            }
            result.sessions.append(session)
            let interval = isCoachedNow || isCohortNow ? 10 : rhythm
            day = day.adding(days: max(3, interval + random.below(interval / 2 + 1) - interval / 4))
            if let cohortDay, !cohortStarted, day >= cohortDay {
                cohortStarted = true
                day = cohortDay
            }
        }
        return result
    }

    static func type(_ random: inout SeededGenerator) -> CoachingSessionType {
        let roll = random.unit()
        return roll < 0.3 ? .skill : roll < 0.55 ? .followUp : roll < 0.75 ? .deal : roll < 0.92 ? .pipeline : .meetingPreparation
    }

    /// The day, or the Monday after it when it falls on a weekend (1970-01-01 was a Thursday).
    static func workday(_ day: CalendarDay) -> CalendarDay {
        let weekday = (day.daysSince1970 + 3) % 7
        return weekday >= 5 ? day.adding(days: 7 - weekday) : day
    }
}
