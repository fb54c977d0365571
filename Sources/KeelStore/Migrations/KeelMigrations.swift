import FluentKit

/// Every schema change, in the order it was made. Never edit a shipped migration: add a new
/// numbered folder instead, so databases created by earlier versions migrate the same way.
/// A migration holds schema statements only; filling derived tables is ``DerivedData``'s, run
/// after the migrations with the release's own code. (007, 008 and 010 once filled their tables
/// themselves; that work moved to ``DerivedData``, which recomputes it on the first start.)
public enum KeelMigrations {
    public static var all: [any Migration] {
        [
            // 001 — foundation: tenants, directory, authentication, audit trail.
            CreateOrganizations(),
            CreateMarkets(),
            CreateTeams(),
            CreatePeople(),
            CreateLeaderMarkets(),
            CreateTeamMemberships(),
            CreateWebSessions(),
            CreateAPITokens(),
            CreateLoginThrottles(),
            CreateAuditEvents(),
            // 002 — CRM data: accounts, products, deals and their stage history, activities, import runs.
            CreateAccounts(),
            CreateProducts(),
            CreateImportRuns(),
            CreateDeals(),
            CreateDealStageTransitions(),
            CreateActivities(),
            // 003 — execution: postponements of activities and their reviews.
            CreatePostponements(),
            // 004 — execution rollups and the organization's configurable rules.
            CreateExecutionRollups(),
            CreateOrganizationSettings(),
            // 005 — competence: framework versions, role profiles, assessment cycles, ratings,
            // result comments, result and heatmap rollups, calibration exercises.
            CreateFrameworkVersions(),
            CreateFrameworkAreas(),
            CreateFrameworkCompetencies(),
            CreateRoleProfiles(),
            CreateRoleProfileEntries(),
            CreateAssessmentCycles(),
            CreateAssessmentParticipants(),
            CreateRatings(),
            CreateResultComments(),
            CreateCompetenceResults(),
            CreateCompetenceTallies(),
            CreateCalibrationExercises(),
            CreateCalibrationCompetencies(),
            CreateCalibrationRaters(),
            CreateCalibrationTargets(),
            CreateCalibrationScores(),
            // 006 — the open deals of an organization, for the stall analysis.
            CreateOpenDealIndex(),
            // 007 — each deal's current stay and the stored stall bars, for the stall analysis.
            AddDealCurrentStay(),
            CreateStallBars(),
            // 008 — distinct people per reason as additive rollups, for the team reasons analysis.
            CreateReasonOccurrenceRollups(),
            // 009 — ratings by rater, for the heatmap adjusted for leniency.
            CreateRatingsByRaterIndex(),
            // 010 — each team's place in the tree, kept on its open deals too, for a team's stalled deals.
            AddDealOwnerTeamPath(),
            // 011 — which version of the derived tables a database holds.
            CreateDerivedDataVersions(),
            // 012 — activities late for a verified obstacle, and each framework version's signal map, for the diagnosis.
            AddDiagnosis(),
            // 013 — coaching: sessions, next steps and their follow-up, agenda templates.
            AddCoaching(),
            // 014 — the person each audit event concerns, and the audit log by time, for the audit page and a person's export.
            AddAuditSubjects(),
            // 015 — each person's private calendar link.
            AddCalendarFeeds(),
            // 016 — practice: the library's items, each seller's plan and the repetitions done.
            AddPractice(),
            // 017 — the traced-impact estimates of every intervention group, for the start page's tile.
            AddImpactSummaries(),
            // 018 — the weekly e-mail digest: each person's choice and the outbox of messages to send.
            AddDigests(),
            // 019 — goals with their parents and measures, values entered, wins and dismissed win suggestions.
            AddGoalsAndWins(),
            // 020 — coachable KPIs: sellers' own targets and the weekly values entered by hand.
            AddKPIs(),
            // 022 — who each kept impact estimate is about, so a manager's start page reads only their people's.
            AddImpactSummarySellers(),
            // 023 — teams by their parent, for the subtree walk behind every manager's request.
            CreateTeamsByParentIndex(),
            // 024 — the organization's own names for activity types, stages, job roles and markets, per language.
            AddOrganizationWords(),
            // 025 — coaching sessions by coach and next steps by owner, for each person's calendar feed.
            CreateCoachingByCoachAndOwnerIndexes(),
            // 026 — which kept estimates a seller is counted in, answered by an index alone.
            CoverImpactReachBySeller(),
            // 027 — interventions by target and by seller, read from indexes alone.
            CoverInterventionReads(),
            // 028 — an activity's postponements by the activity, not through all of the organization's.
            IndexPostponementsByActivity(),
            // 029 — a KPI's weekly counts per seller, for an impact estimate, from an index alone.
            CoverKPIWeeksByPerson(),
            // 030 — the next steps agreed in one session, by the session.
            IndexActionItemsBySession(),
        ]
    }
}
