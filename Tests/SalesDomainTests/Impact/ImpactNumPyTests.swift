import Foundation
import Testing
@testable import SalesDomain

/// The test venv's Python, when there is one.
enum TestPython {
    static var path: String? {
        let candidates = [ProcessInfo.processInfo.environment["KEEL_TEST_PYTHON"], "/tmp/venv/bin/python"].compactMap { $0 }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}

/// The estimate recomputed independently in NumPy from the exported seller-weeks and, for the
/// interval, the exported resample indices: a check that the Swift arithmetic (ratios of sums,
/// means, percentile interpolation) is what it says it is.
///
/// Runs the test venv's Python (`KEEL_TEST_PYTHON`, else `/tmp/venv/bin/python`, as
/// `scripts/test` sets up with `scripts/test-requirements.txt`); skipped only when there is none.
@Suite("Impact: the estimate and its interval recomputed in NumPy", .enabled(if: TestPython.path != nil, "no test venv Python (KEEL_TEST_PYTHON or /tmp/venv/bin/python)"))
struct ImpactNumPyTests {
    typealias F = ImpactFixture

    static let script = """
        import json, sys
        import numpy as np
        data = json.load(open(sys.argv[1]))
        def value(weeks):
            weeks = np.array(weeks, dtype=float).reshape(-1, 2)
            return weeks[:, 0].sum() / weeks[:, 1].sum()
        def change(seller, before=None, after=None):
            b = np.array(seller["before"], dtype=float)
            a = np.array(seller["after"], dtype=float)
            if before is not None: b = b[before]
            if after is not None: a = a[after]
            return value(a) - value(b)
        treated = np.array([change(s) for s in data["treated"]])
        comparison = np.array([change(s) for s in data["comparison"]])
        effect = treated.mean() - comparison.mean()
        estimates = []
        for draw in data["draws"]:
            if len(data["treated"]) == 1:
                t = np.array([change(data["treated"][0], draw["treatedBefore"], draw["treatedAfter"])])
            else:
                t = treated[draw["treated"]]
            estimates.append(t.mean() - comparison[draw["comparison"]].mean())
        lower, upper = np.quantile(np.array(estimates), [0.025, 0.975])
        print(json.dumps({"effect": effect, "lower": lower, "upper": upper}))
        """

    /// 8-week windows around week 20; `treated` sellers gain about 0.15 after the start.
    static func rows(treated: Int, comparison: Int) -> (rows: [ImpactSellerWeek], treated: [Int], comparison: [Int]) {
        var generator = SeededGenerator(seed: 16)
        var rows: [ImpactSellerWeek] = []
        for seller in 1...(treated + comparison) {
            let base = Double(generator.next() % 40) / 100 + 0.3
            for week in 12...27 {
                let planned = Double(generator.next() % 12)
                let lift = seller <= treated && week >= 20 ? 0.15 : 0
                let rate = min(1, base + lift + (Double(generator.next() % 21) - 10) / 100)
                rows.append(ImpactSellerWeek(
                    sellerID: Fixture.personID(seller), week: F.week(week), numerator: (planned * rate).rounded(), denominator: planned))
            }
        }
        return (rows, Array(1...treated), Array((treated + 1)...(treated + comparison)))
    }

    struct Export: Encodable {
        struct Seller: Encodable {
            var before: [[Double]]
            var after: [[Double]]
        }
        var treated: [Seller]
        var comparison: [Seller]
        var draws: [ImpactBootstrap.Draw]
    }

    struct Recomputed: Decodable {
        var effect: Double
        var lower: Double
        var upper: Double
    }

    func recompute(_ estimate: ImpactEstimate) throws -> Recomputed {
        func seller(_ change: ImpactSellerChange) -> Export.Seller {
            Export.Seller(before: change.before.map { [$0.numerator, $0.denominator] }, after: change.after.map { [$0.numerator, $0.denominator] })
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("impact-numpy-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("estimate.json")
        let script = folder.appendingPathComponent("recompute.py")
        try JSONEncoder().encode(Export(treated: estimate.treated.map(seller), comparison: estimate.comparison.map(seller), draws: estimate.draws))
            .write(to: data)
        try Self.script.write(to: script, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(TestPython.path))
        process.arguments = [script.path, data.path]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        let complaint = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "python failed (is numpy installed from scripts/test-requirements.txt?): \(complaint)")
        return try JSONDecoder().decode(Recomputed.self, from: printed)
    }

    func estimate(treated: Int, comparison: Int) -> ImpactEstimate {
        let data = Self.rows(treated: treated, comparison: comparison)
        let windows = ImpactWindows(startWeek: F.week(20), weeks: 8, thisWeek: F.week(30))
        return ImpactEstimator().estimate(
            target: F.target, kpi: F.kpi, treated: data.treated.map { (Fixture.personID($0), windows) },
            comparison: data.comparison.map(Fixture.personID), comparisonWindows: windows, weeks: data.rows)
    }

    @Test("Eight treated and twenty comparison sellers: the same point estimate and percentile interval")
    func group() throws {
        let estimate = estimate(treated: 8, comparison: 20)
        guard case .estimate(let effect, let lower, let upper) = estimate.result else { Issue.record("\(estimate.result)"); return }
        #expect(estimate.treated.count == 8)
        let numpy = try recompute(estimate)
        #expect(abs(numpy.effect - effect) < 1e-9)
        #expect(abs(numpy.lower - lower) < 1e-9)
        #expect(abs(numpy.upper - upper) < 1e-9)
        #expect(estimate.excludesZero)
    }

    @Test("One treated seller, weeks resampled: the same point estimate and interval")
    func oneSeller() throws {
        let estimate = estimate(treated: 1, comparison: 12)
        guard case .estimate(let effect, let lower, let upper) = estimate.result else { Issue.record("\(estimate.result)"); return }
        let numpy = try recompute(estimate)
        #expect(abs(numpy.effect - effect) < 1e-9)
        #expect(abs(numpy.lower - lower) < 1e-9)
        #expect(abs(numpy.upper - upper) < 1e-9)
    }
}
