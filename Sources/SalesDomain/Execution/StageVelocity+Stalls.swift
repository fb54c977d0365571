import Foundation

extension StageVelocity {
    /// The stall bars: for each team and stage, and organization-wide for each stage, the
    /// `policy.percentile` (``Percentile/linear(_:of:)``, type 7) of won deals' time in the stage.
    ///
    /// A won deal counts for a stage when it completed at least one stay there, in every team
    /// `teams` gives its owner (owners in none count only organization-wide). Keel keeps a team's
    /// bar over its whole subtree (``stallBarTeams(people:hierarchy:)``); a plain table of one
    /// team per person (`PersonGrouping(_:)`) gives each team only its own members' deals.
    /// Pass the won deals of the period the bar should reflect (e.g. the last 12 months);
    /// open and lost deals are ignored.
    public static func stallThresholds(
        histories: some Sequence<DealHistory>, teams: PersonGrouping<Team.ID>,
        policy: StallPolicy = StallPolicy(), calendar: WeekCalendar
    ) -> StallThresholds {
        var byTeamStage: [TeamStage: [Double]] = [:]
        var byStage: [DealStage: [Double]] = [:]
        for history in histories where history.deal.outcome == .won {
            let owners = teams.keys(for: history.deal.ownerID)
            for (stage, days) in completedDaysByStage(history, calendar: calendar) {
                byStage[stage, default: []].append(Double(days))
                for team in owners { byTeamStage[TeamStage(team: team, stage: stage), default: []].append(Double(days)) }
            }
        }
        // Percentiles outside 0…1 are refused by `StallPolicy.validated()`; clamping keeps an
        // unvalidated policy from stopping the analysis.
        let percentile = min(max(policy.percentile, 0), 1)
        let teamReferences = byTeamStage.compactMap { teamStage, days in
            Percentile.linear(percentile, of: days).map {
                StallThresholds.Reference(stage: teamStage.stage, teamID: teamStage.team, wonDeals: days.count, days: $0)
            }
        }
        let organizationReferences = byStage.compactMap { stage, days in
            Percentile.linear(percentile, of: days).map {
                StallThresholds.Reference(stage: stage, teamID: nil, wonDeals: days.count, days: $0)
            }
        }
        return StallThresholds(
            policy: policy,
            teamReferences: teamReferences.sorted { ($0.teamID?.description ?? "", $0.stage) < ($1.teamID?.description ?? "", $1.stage) },
            organizationReferences: organizationReferences.sorted { $0.stage < $1.stage })
    }

    /// Stalled deals as of `asOf` (SPEC §2, analysis 4).
    ///
    /// Definition: an open deal is stalled when its time in its current stage —
    /// calendar days from entering the current stay to `asOf` — is strictly greater than the
    /// bar ``StallThresholds/reference(for:team:)`` gives for its owner's team and that stage:
    /// the 75th percentile of the team's won deals' time in the stage, or the organization's
    /// when the team has fewer than `minimumWonDeals` (default 5) such won deals.
    ///
    /// Open deals without stage history, and open deals in a stage no won deal ever completed,
    /// are returned as unjudged rather than guessed at. Closed deals are ignored.
    public static func stalledDeals(
        histories: some Sequence<DealHistory>, thresholds: StallThresholds, teamByPerson: [Person.ID: Team.ID],
        asOf: Date, calendar: WeekCalendar
    ) -> StallReport {
        stalledDeals(openDeals: histories.compactMap(OpenDealStay.init), thresholds: thresholds, teamByPerson: teamByPerson,
                     asOf: asOf, calendar: calendar)
    }

    /// The same judgement over open deals given by their current stay alone.
    public static func stalledDeals(
        openDeals: some Sequence<OpenDealStay>, thresholds: StallThresholds, teamByPerson: [Person.ID: Team.ID],
        asOf: Date, calendar: WeekCalendar
    ) -> StallReport {
        var stalled: [StalledDeal] = []
        var unjudged: [StallReport.Unjudged] = []
        let reference = thresholds.lookup()
        for deal in openDeals {
            guard let current = deal.currentStay else {
                unjudged.append(.init(dealID: deal.dealID, ownerID: deal.ownerID, reason: .noStageHistory))
                continue
            }
            let team = teamByPerson[deal.ownerID]
            guard let reference = reference(current.stage, team) else {
                unjudged.append(.init(dealID: deal.dealID, ownerID: deal.ownerID, reason: .noWonReference))
                continue
            }
            let days = current.days(asOf: asOf, calendar: calendar)
            guard Double(days) > reference.days else { continue }
            stalled.append(StalledDeal(
                dealID: deal.dealID, ownerID: deal.ownerID, teamID: team, stage: current.stage, value: deal.value,
                enteredStageAt: current.enteredAt, daysInStage: days, thresholdDays: reference.days,
                basis: reference.basis, daysOver: Double(days) - reference.days))
        }
        return StallReport(
            stalled: stalled.sorted { $0.daysOver != $1.daysOver ? $0.daysOver > $1.daysOver : $0.dealID < $1.dealID },
            unjudged: unjudged.sorted { $0.dealID < $1.dealID })
    }

    /// Stall bars and stalled deals in one call, with the bars taken from the same histories:
    /// each team's over its own members' won deals (a plain table, no subtree).
    public static func stalledDeals(
        histories: [DealHistory], teamByPerson: [Person.ID: Team.ID], policy: StallPolicy = StallPolicy(),
        asOf: Date, calendar: WeekCalendar
    ) -> StallReport {
        let thresholds = stallThresholds(histories: histories, teams: PersonGrouping(teamByPerson), policy: policy, calendar: calendar)
        return stalledDeals(histories: histories, thresholds: thresholds, teamByPerson: teamByPerson, asOf: asOf, calendar: calendar)
    }

    /// Whose won deals make a team's stall bar, as Keel keeps the bars: everyone in the team or a
    /// team below it. A team of teams is then judged against the pace of everyone it leads, and
    /// a small new team borrows nothing from its siblings: below the policy's minimum of won
    /// deals its open deals fall back to the organization's bar (``StallThresholds/reference(for:team:)``).
    /// An open deal is judged by its owner's own team's bar.
    public static func stallBarTeams(people: some Sequence<Person>, hierarchy: TeamHierarchy) -> PersonGrouping<Team.ID> {
        .byTeamAndParents(people, hierarchy: hierarchy)
    }
}

private struct TeamStage: Hashable {
    var team: Team.ID
    var stage: DealStage
}
