import Testing
@testable import SalesDomain

@Suite struct IntraclassCorrelationTests {
    /// Shrout & Fleiss (1979), Table 2: 6 targets rated by 4 judges.
    ///
    /// Hand computation: grand mean x̄ = 127/24 = 5.2917; target means 6, 3, 6.5, 4, 7.5, 4.75;
    /// judge means 7.667, 2.5, 4.333, 6.667.
    ///   BMS = 4 · Σ(x̄_i − x̄)² / 5 = 4 · 14.052 / 5 = 11.24
    ///   WMS = Σ(x_ij − x̄_i)² / (6·3) = 112.75 / 18 = 6.26
    ///   JMS = 6 · Σ(x̄_j − x̄)² / 3 = 6 · 16.243 / 3 = 32.49
    ///   EMS = Σ residual² / (5·3) = 15.29 / 15 = 1.02
    /// Published: ICC(1,1) .17, ICC(2,1) .29, ICC(3,1) .71, ICC(1,4) .44, ICC(2,4) .62, ICC(3,4) .91.
    static let table2: [[Double]] = [
        [9, 2, 5, 8],
        [6, 1, 3, 2],
        [8, 4, 6, 8],
        [7, 1, 2, 6],
        [10, 5, 6, 9],
        [6, 2, 4, 7],
    ]

    func rounded(_ value: Double?) -> Double? {
        value.map { ($0 * 100).rounded() / 100 }
    }

    @Test func meanSquaresMatchShroutAndFleissTable2() throws {
        let icc = IntraclassCorrelation(try RatingMatrix(rows: Self.table2))
        #expect(icc.targetCount == 6)
        #expect(icc.raterCount == 4)
        #expect(rounded(icc.meanSquares.betweenTargets) == 11.24)
        #expect(rounded(icc.meanSquares.withinTargets) == 6.26)
        #expect(rounded(icc.meanSquares.betweenRaters) == 32.49)
        #expect(rounded(icc.meanSquares.residual) == 1.02)
    }

    @Test func theSixCoefficientsMatchShroutAndFleissTable2() throws {
        let icc = IntraclassCorrelation(try RatingMatrix(rows: Self.table2))
        #expect(rounded(icc.singleRater(.oneWayRandom)) == 0.17)
        #expect(rounded(icc.singleRater(.twoWayRandom)) == 0.29)
        #expect(rounded(icc.singleRater(.twoWayMixed)) == 0.71)
        #expect(rounded(icc.averageOfRaters(.oneWayRandom)) == 0.44)
        #expect(rounded(icc.averageOfRaters(.twoWayRandom)) == 0.62)
        #expect(rounded(icc.averageOfRaters(.twoWayMixed)) == 0.91)
        #expect(icc.coefficients.map(\.name) == ["ICC(1,1)", "ICC(2,1)", "ICC(3,1)", "ICC(1,4)", "ICC(2,4)", "ICC(3,4)"])
        #expect(icc.coefficients.map { rounded($0.value) } == [0.17, 0.29, 0.71, 0.44, 0.62, 0.91])
    }

    @Test func ratersWhoAgreeExactlyHaveCorrelationOne() throws {
        // rows (1,1), (2,2), (3,3): x̄ = 2, BMS = 2·(1+0+1)/2 = 2, WMS = JMS = EMS = 0 → every ICC = 2/2 = 1
        let icc = IntraclassCorrelation(try RatingMatrix(rows: [[1, 1], [2, 2], [3, 3]]))
        #expect(icc.coefficients.map(\.value) == [1, 1, 1, 1, 1, 1])
    }

    @Test func aConstantLeniencyGapLowersAbsoluteAgreementButNotConsistency() throws {
        // Rater 2 always one level higher: rows (1,2), (2,3), (3,4).
        // x̄ = 2.5; target means 1.5, 2.5, 3.5 → BMS = 2·(1+0+1)/2 = 2
        // rater means 2, 3 → JMS = 3·(0.25+0.25)/1 = 1.5; WMS = 6·0.25/3 = 0.5; EMS = 0
        // ICC(3,1) = (2−0)/(2+0) = 1;  ICC(2,1) = 2 / (2 + 0 + 2·1.5/3) = 2/3;  ICC(1,1) = 1.5/2.5 = 0.6
        let icc = IntraclassCorrelation(try RatingMatrix(rows: [[1, 2], [2, 3], [3, 4]]))
        #expect(icc.singleRater(.twoWayMixed) == 1)
        #expect(abs(icc.singleRater(.twoWayRandom)! - 2.0 / 3.0) < 1e-12)
        #expect(abs(icc.singleRater(.oneWayRandom)! - 0.6) < 1e-12)
    }

    @Test func identicalScoresEverywhereHaveNoDefinedCorrelation() throws {
        let icc = IntraclassCorrelation(try RatingMatrix(rows: [[3, 3], [3, 3]]))
        #expect(icc.coefficients.allSatisfy { $0.value == nil })
    }

    @Test func anIncompleteMatrixIsRefusedListingTheMissingScores() {
        let error = #expect(throws: RatingMatrixError<Int, Int>.self) {
            try RatingMatrix(rows: [[9, 2, 5, 8], [6, 1], [8, 4, 6, 8]])
        }
        #expect(error == .missingScores([.init(target: 1, rater: 2), .init(target: 1, rater: 3)]))
        #expect(error?.description == "2 score(s) missing: every rater must score every target (first missing: target 1, rater 2); collect them or exclude the incomplete targets")
    }

    @Test func tooFewTargetsOrRatersOrABadScoreAreRefused() {
        #expect(throws: RatingMatrixError<Int, Int>.tooFewTargets(count: 1)) { try RatingMatrix(rows: [[1, 2, 3]]) }
        #expect(throws: RatingMatrixError<Int, Int>.tooFewRaters(count: 1)) { try RatingMatrix(rows: [[1], [2]]) }
        #expect(throws: RatingMatrixError<Int, Int>.nonFiniteScore(.init(target: 1, rater: 0))) { try RatingMatrix(rows: [[1, 2], [.nan, 2]]) }
    }

    /// Why there is no agreement, as a reader is told it: the counts and a key, never the ids a
    /// matrix knows its targets and raters by.
    @Test func eachRefusalIsAProblemForTheReader() {
        let cell = RatingMatrixError<Int, Int>.Cell(target: 1, rater: 2)
        #expect(RatingMatrixError<Int, Int>.tooFewTargets(count: 1).problem == Problem(.agreementTooFewTargets, ["count": "1"]))
        #expect(RatingMatrixError<Int, Int>.tooFewRaters(count: 0).problem == Problem(.agreementTooFewRaters, ["count": "0"]))
        #expect(RatingMatrixError<Int, Int>.missingScores([cell, .init(target: 1, rater: 3)]).problem == Problem(.agreementScoresMissing, ["count": "2"]))
        #expect(RatingMatrixError<Int, Int>.duplicateScore(cell).problem == Problem(.agreementScoreTwice))
        #expect(RatingMatrixError<Int, Int>.unexpectedScore(cell).problem == Problem(.agreementScoreOutside))
        #expect(RatingMatrixError<Int, Int>.nonFiniteScore(cell).problem == Problem(.agreementScoreNotANumber))
    }

    @Test func observationsBuildTheMatrixOrSayWhatIsWrong() throws {
        let observations = [
            RatingObservation(target: "case A", rater: "Eva", score: 4),
            RatingObservation(target: "case A", rater: "Ola", score: 3),
            RatingObservation(target: "case B", rater: "Eva", score: 2),
            RatingObservation(target: "case B", rater: "Ola", score: 2),
            RatingObservation(target: "case C", rater: "Eva", score: 5),
        ]
        #expect(throws: RatingMatrixError<String, String>.missingScores([.init(target: "case C", rater: "Ola")])) {
            try RatingMatrix(observations: observations)
        }
        let complete = try RatingMatrix(observations: observations, incompleteTargets: .exclude)
        #expect(complete.targets == ["case A", "case B"])
        #expect(complete.raters == ["Eva", "Ola"])
        #expect(complete.scores == [[4, 3], [2, 2]])
        #expect(complete.excludedTargets == ["case C"])

        #expect(throws: RatingMatrixError<String, String>.duplicateScore(.init(target: "case A", rater: "Eva"))) {
            try RatingMatrix(observations: observations + [RatingObservation(target: "case A", rater: "Eva", score: 1)])
        }
        #expect(throws: RatingMatrixError<String, String>.unexpectedScore(.init(target: "case C", rater: "Eva"))) {
            try RatingMatrix(targets: ["case A", "case B"], raters: ["Eva", "Ola"], observations: observations)
        }
        #expect(throws: RatingMatrixError<String, String>.tooFewTargets(count: 1)) {
            try RatingMatrix(observations: Array(observations[0...2]) + [observations[4]], incompleteTargets: .exclude)
        }
    }
}
