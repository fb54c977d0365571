/// How far an assessment cycle has come, before anyone closes it (issue 13, item 4): for each
/// participant whether their self-assessment, their manager's rating and their peers' ratings are
/// submitted, saved as drafts or not started; per team the counts; and who is still missing a
/// manager's rating — the source a cycle's results cannot do without.
///
/// A source is *done* for a participant when any rater of that source has submitted (a form is
/// submitted whole, every competency at once), *draft* when raters have only saved drafts, and
/// *not started* otherwise. Peers are done when at least one peer has submitted.
public struct CycleProgress: Hashable, Sendable, Codable {
    public enum State: String, Hashable, Sendable, Codable, CaseIterable {
        case done
        case draft
        case notStarted = "not_started"
    }

    /// Counts of participants in each state, for one source.
    public struct Tally: Hashable, Sendable, Codable {
        public var done = 0
        public var draft = 0
        public var notStarted = 0

        public init(done: Int = 0, draft: Int = 0, notStarted: Int = 0) {
            self.done = done
            self.draft = draft
            self.notStarted = notStarted
        }

        mutating func add(_ state: State) {
            switch state {
            case .done: done += 1
            case .draft: draft += 1
            case .notStarted: notStarted += 1
            }
        }

        public var total: Int { done + draft + notStarted }
    }

    /// Raters of one source for one participant: how many submitted and how many have only drafts.
    public struct RaterCounts: Hashable, Sendable, Codable {
        public var submitted: Int
        public var drafting: Int

        public init(submitted: Int = 0, drafting: Int = 0) {
            self.submitted = submitted
            self.drafting = drafting
        }

        public var state: State { submitted > 0 ? .done : drafting > 0 ? .draft : .notStarted }
    }

    public struct Participant: Hashable, Sendable, Codable {
        public var person: Person
        public var selfAssessment: State
        public var manager: State
        public var peers: RaterCounts
    }

    public struct Group: Hashable, Sendable, Codable {
        /// `nil` for participants without a team.
        public var teamID: Team.ID?
        public var name: String
        public var participants: Int
        public var selfAssessment: Tally
        public var manager: Tally
        public var peers: Tally
    }

    public var cycle: AssessmentCycle
    /// The participants the viewer may read, by team name then name.
    public var participants: [Participant]
    public var groups: [Group]
    public var selfAssessment: Tally
    public var manager: Tally
    public var peers: Tally
    /// Participants the viewer may not read: counted in no figure here.
    public var hiddenParticipants: Int

    /// Participants whose manager's rating is not submitted, the closing's main loss.
    public var missingManagerRating: [Participant] { participants.filter { $0.manager != .done } }

    /// - Parameters:
    ///   - people: the participants the viewer may read.
    ///   - raters: per participant and source, the raters who submitted and who only drafted.
    ///   - teamNames: names of the participants' teams.
    public init(
        cycle: AssessmentCycle, people: [Person], raters: [Person.ID: [RatingSource: RaterCounts]], teamNames: [Team.ID: String],
        noTeamName: String
    ) {
        self.cycle = cycle
        let participantIDs = Set(cycle.participantIDs)
        let readable = people.filter { participantIDs.contains($0.id) }
        self.hiddenParticipants = participantIDs.count - readable.count
        func name(_ team: Team.ID?) -> String { team.flatMap { teamNames[$0] } ?? noTeamName }
        self.participants = readable.map { person in
            let sources = raters[person.id] ?? [:]
            return Participant(
                person: person, selfAssessment: (sources[.selfAssessment] ?? RaterCounts()).state,
                manager: (sources[.manager] ?? RaterCounts()).state, peers: sources[.peer] ?? RaterCounts())
        }
        .sorted { (name($0.person.teamID), $0.person.name) < (name($1.person.teamID), $1.person.name) }
        var groups: [Team.ID?: Group] = [:]
        var totals = (Tally(), Tally(), Tally())
        for participant in participants {
            let team = participant.person.teamID
            var group = groups[team] ?? Group(teamID: team, name: name(team), participants: 0, selfAssessment: Tally(), manager: Tally(), peers: Tally())
            group.participants += 1
            group.selfAssessment.add(participant.selfAssessment)
            group.manager.add(participant.manager)
            group.peers.add(participant.peers.state)
            groups[team] = group
            totals.0.add(participant.selfAssessment)
            totals.1.add(participant.manager)
            totals.2.add(participant.peers.state)
        }
        self.groups = groups.values.sorted { ($0.name, $0.teamID?.description ?? "") < ($1.name, $1.teamID?.description ?? "") }
        (self.selfAssessment, self.manager, self.peers) = totals
    }
}
