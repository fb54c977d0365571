import ArgumentParser

/// Benchmarks as programs, not timed tests: run with `swift run -c release keel-bench …` on a
/// quiet machine and compare ratios measured in one run.
@main
struct KeelBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keel-bench",
        abstract: "Measure Keel's import speed, its endpoints' latency and its API throughput.",
        subcommands: [ImportBenchmark.self, AnalysesBenchmark.self, CompetenceBenchmark.self, DiagnosisBenchmark.self, CoachingBenchmark.self, ImpactBenchmark.self, APIBenchmark.self]
    )
}
