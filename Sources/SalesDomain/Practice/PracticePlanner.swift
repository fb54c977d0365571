/// Generates a seller's practice plan from their gaps and their coaching (SPEC §5), and
/// refreshes it — a plan is never finished; it changes when an assessment closes or a coaching
/// focus changes, and is otherwise left to its repetitions.
///
/// The competencies, at most ``PracticePolicy/competencies``, in this order:
/// 1. the competencies the seller's coaching focuses on, newest focus first (the manager chose them);
/// 2. below-target competencies of areas the diagnosis finds a competence gap or a development
///    need in, largest weighted gap (`(target − level) × weight`) first;
/// 3. below-target competencies of areas with an execution gap — practice cannot fix execution,
///    but the competency is short too;
/// 4. any other below-target competency, largest weighted gap first;
/// 5. while places remain: rated competencies at or above target, smallest margin first, kept in
///    practice so they do not fade.
/// Unrated competencies enter only through coaching. For each competency the active items
/// aiming just above the seller's level come first (aim ≥ ⌊level⌋ + 1, nearest first, one of
/// each kind before a second of any), then those aiming lower; at most
/// ``PracticePolicy/itemsPerCompetency`` per competency.
///
/// Refreshing keeps every active entry whose competency is still chosen (with its repetitions)
/// and every entry added by hand (``PracticeReason/chosen``); it retires the others and adds
/// what the chosen competencies still lack.
public enum PracticePlanner {
    public struct Inputs: Hashable, Sendable {
        public var gaps: [CompetencyGap]
        public var verdicts: [Competency.ID: AreaVerdict]
        public var coachingFoci: [Competency.ID]
        public var library: [PracticeItem]

        public init(gaps: [CompetencyGap], verdicts: [Competency.ID: AreaVerdict], coachingFoci: [Competency.ID], library: [PracticeItem]) {
            self.gaps = gaps
            self.verdicts = verdicts
            self.coachingFoci = coachingFoci
            self.library = library
        }
    }

    public struct Addition: Hashable, Sendable {
        public var item: PracticeItem
        public var reason: PracticeReason
    }

    public struct Refresh: Hashable, Sendable {
        public var additions: [Addition]
        public var retirements: [PracticePlanEntry.ID]

        public var isEmpty: Bool { additions.isEmpty && retirements.isEmpty }
    }

    /// The competencies a plan should work on now, with why, most important first.
    public static func competencies(_ inputs: Inputs, policy: PracticePolicy) -> [(id: Competency.ID, reason: PracticeReason)] {
        let profiled = Dictionary(inputs.gaps.map { ($0.competencyID, $0) }, uniquingKeysWith: { first, _ in first })
        var chosen: [(id: Competency.ID, reason: PracticeReason)] = []
        func take(_ id: Competency.ID, _ reason: PracticeReason) {
            guard chosen.count < policy.competencies, !chosen.contains(where: { $0.id == id }) else { return }
            chosen.append((id, reason))
        }
        for focus in inputs.coachingFoci where profiled[focus] != nil { take(focus, .coachingFocus) }

        let below = inputs.gaps
            .compactMap { gap -> (gap: CompetencyGap, weighted: Double)? in
                guard let level = gap.level, level < Double(gap.targetLevel) else { return nil }
                return (gap, (Double(gap.targetLevel) - level) * gap.weight)
            }
            .sorted { ($1.weighted, $0.gap.competencyID) < ($0.weighted, $1.gap.competencyID) }
        for verdicts in [[AreaVerdict.developmentNeed, .competenceGap], [.executionGap]] {
            for entry in below {
                if let verdict = inputs.verdicts[entry.gap.competencyID], verdicts.contains(verdict) {
                    take(entry.gap.competencyID, verdict == .developmentNeed ? .developmentNeed : verdict == .competenceGap ? .competenceGap : .executionGap)
                }
            }
        }
        for entry in below { take(entry.gap.competencyID, .belowTarget) }

        let margins = inputs.gaps
            .compactMap { gap in gap.level.map { (id: gap.competencyID, margin: ($0 - Double(gap.targetLevel)) * gap.weight) } }
            .sorted { ($0.margin, $0.id) < ($1.margin, $1.id) }
        for entry in margins { take(entry.id, .maintain) }
        return chosen
    }

    /// The items for one competency, best first, at most `limit`.
    public static func items(for competency: Competency.ID, level: Double?, library: [PracticeItem], limit: Int) -> [PracticeItem] {
        let floor = Int((level ?? 0).rounded(.down))
        let candidates = library.filter { $0.isActive && $0.competencyID == competency }
        let above = candidates.filter { $0.aimLevel > floor }.sorted { ($0.aimLevel, $0.key) < ($1.aimLevel, $1.key) }
        let below = candidates.filter { $0.aimLevel <= floor }.sorted { ($1.aimLevel, $0.key) < ($0.aimLevel, $1.key) }
        var picked: [PracticeItem] = []
        for pool in [above, below] {
            var rest = pool
            while picked.count < limit, !rest.isEmpty {
                let kinds = Set(picked.map(\.kind))
                let index = rest.firstIndex { !kinds.contains($0.kind) } ?? rest.startIndex
                picked.append(rest.remove(at: index))
            }
        }
        return picked
    }

    public static func refresh(_ current: [PracticePlanEntry], inputs: Inputs, policy: PracticePolicy) -> Refresh {
        let chosen = competencies(inputs, policy: policy)
        let chosenIDs = Set(chosen.map(\.id))
        let active = current.filter(\.isActive)
        let activeItems = Set(active.map(\.itemID))
        let retirements = active.filter { $0.reason != .chosen && !chosenIDs.contains($0.competencyID) }.map(\.id)
        let levels = Dictionary(inputs.gaps.map { ($0.competencyID, $0.level) }, uniquingKeysWith: { first, _ in first })

        var additions: [Addition] = []
        for competency in chosen {
            let kept = active.filter { $0.competencyID == competency.id && $0.reason != .chosen }.count
            let fresh = items(
                for: competency.id, level: levels[competency.id] ?? nil, library: inputs.library,
                limit: policy.itemsPerCompetency
            ).filter { !activeItems.contains($0.id) }
            for item in fresh.prefix(max(0, policy.itemsPerCompetency - kept)) {
                additions.append(Addition(item: item, reason: competency.reason))
            }
        }
        return Refresh(additions: additions, retirements: retirements)
    }
}
