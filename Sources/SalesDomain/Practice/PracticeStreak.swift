/// Weeks in a row with at least the planned practice done (SPEC §5): the habit, made visible.
///
/// Counted back from the current week: the current week counts once its target is met, and
/// while it is still running an unmet target does not break the streak — only a past week
/// below target does.
public enum PracticeStreak {
    public static func weeks(repetitions: [ISOWeek: Int], target: Int, current: ISOWeek) -> Int {
        guard target > 0 else { return 0 }
        var count = (repetitions[current] ?? 0) >= target ? 1 : 0
        var week = current.previous
        while (repetitions[week] ?? 0) >= target {
            count += 1
            week = week.previous
        }
        return count
    }
}
