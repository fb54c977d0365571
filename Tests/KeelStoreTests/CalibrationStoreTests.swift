import FluentKit
import Foundation
import KeelStore
import SalesDomain
import Testing

extension StoreSuites {
    /// Calibration exercises: scores checked on the way in, agreement and leniency out.
    @Suite struct CalibrationStoreTests {
        typealias S = CompetenceScenario

        static func exercise(_ s: CompetenceScenario, raters: [Person]) -> CalibrationExercise {
            CalibrationExercise(
                id: .init(UUID()), organizationID: s.organizationID, name: "Two cases", framework: s.framework.reference,
                competencyIDs: [S.competencyID(1), S.competencyID(2)],
                targets: [
                    CalibrationTarget(id: .init(UUID()), title: "Discovery call", material: "A recorded call"),
                    CalibrationTarget(id: .init(UUID()), title: s.seller.name, personID: s.seller.id),
                ],
                raterIDs: raters.map(\.id), openedAt: S.date(1))
        }

        @Test(arguments: StoreBackend.available)
        func scoresGiveTheDomainsAgreementAndLeniency(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                // setup
                let s = try await S.make(on: database)
                let store = s.store
                let raters = [s.manager, s.regionalManager, s.otherManager]
                let exercise = try await store.createCalibrationExercise(Self.exercise(s, raters: raters), actor: nil, at: S.date(1))

                // MUT: rater 3 scores a level above the others on every item.
                let items = exercise.targets.flatMap { target in exercise.competencyIDs.map { (target.id, $0) } }
                var scores: [CalibrationScore] = []
                for (index, (target, competency)) in items.enumerated() {
                    for (r, rater) in raters.enumerated() {
                        let score = CalibrationScore(
                            exerciseID: exercise.id, targetID: target, raterID: rater.id, competencyID: competency,
                            level: 1 + index + (r == 2 ? 1 : 0))
                        scores.append(score)
                        try await store.recordCalibrationScore(score, at: S.date(2))
                    }
                }

                // validate
                #expect(try await store.calibrationExercise(exercise.id) == exercise)
                #expect(Set(try await store.calibrationScores(exercise.id)) == Set(scores))
                let results = try await store.calibrationResults(exercise.id)
                #expect(results.scoreCount == 12)
                #expect(results.agreement == (try exercise.agreement(scores)))
                #expect(results.agreementProblem == nil)
                #expect(results.agreementByCompetency.count == 2)
                #expect(results.leniency == exercise.leniency(scores))
                #expect(zip(results.leniency.map(\.leniency), [-0.5, -0.5, 1]).allSatisfy { abs($0 - $1) < 1e-9 })
                #expect(results.agreement?.singleRater(.twoWayMixed) == 1)
            }
        }

        /// Everything wrong with an exercise is refused at once, each unknown person named: an
        /// empty name, a competency outside the version, two raters and a target who are nobody
        /// in the organization — and nothing is stored.
        @Test(arguments: StoreBackend.available)
        func everyProblemOfAnExerciseIsReportedAtOnce(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                // setup
                let s = try await S.make(on: database)
                let strangers = [Person.ID(UUID()), Person.ID(UUID()), Person.ID(UUID())]
                var exercise = Self.exercise(s, raters: [s.manager, s.otherManager])
                exercise.name = " "
                exercise.competencyIDs = [S.competencyID(1), S.competencyID(9)]
                exercise.raterIDs = [s.manager.id, strangers[0], strangers[1]]
                exercise.targets[1].personID = strangers[2]
                let before = try await StoredCompetence.read(database)

                // MUT
                let error = await #expect(throws: FieldErrors.self) {
                    try await s.store.createCalibrationExercise(exercise, actor: nil, at: S.date(1))
                }

                // validate
                #expect(error?.errors.map(\.field) == ["name", "competencyIDs", "raterIDs", "raterIDs", "targets"])
                #expect(error?.errors.filter { $0.field != "name" && $0.field != "competencyIDs" }.map { $0.problem.arguments["id"] }
                        == strangers.map(\.description))
                #expect(try await StoredCompetence.read(database) == before)
            }
        }

        @Test(arguments: StoreBackend.available)
        func badExercisesAndScoresAreRefusedNamingTheField(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                let s = try await S.make(on: database)
                let store = s.store
                var lonely = Self.exercise(s, raters: [s.manager])
                try await CompetenceRatingStoreTests.expectRefused("raterIDs", .required, on: database) {
                    try await store.createCalibrationExercise(lonely, actor: nil, at: S.date(1))
                }
                lonely = Self.exercise(s, raters: [s.manager, s.otherManager])
                lonely.competencyIDs = [S.competencyID(9)]
                try await CompetenceRatingStoreTests.expectRefused("competencyIDs", .notFound, on: database) {
                    try await store.createCalibrationExercise(lonely, actor: nil, at: S.date(1))
                }

                let exercise = try await store.createCalibrationExercise(
                    Self.exercise(s, raters: [s.manager, s.otherManager]), actor: nil, at: S.date(1))
                func score(by rater: Person, level: Int = 3) -> CalibrationScore {
                    CalibrationScore(exerciseID: exercise.id, targetID: exercise.targets[0].id, raterID: rater.id,
                                     competencyID: S.competencyID(1), level: level)
                }
                try await CompetenceRatingStoreTests.expectRefused("level", .invalidValue, on: database) {
                    try await store.recordCalibrationScore(score(by: s.manager, level: 6), at: S.date(2))
                }
                try await CompetenceRatingStoreTests.expectRefused("raterID", .invalidValue, on: database) {
                    try await store.recordCalibrationScore(score(by: s.regionalManager), at: S.date(2))
                }
                try await store.recordCalibrationScore(score(by: s.manager, level: 2), at: S.date(2))
                try await store.recordCalibrationScore(score(by: s.manager, level: 4), at: S.date(3))
                #expect(try await store.calibrationScores(exercise.id).map(\.level) == [4])
                #expect(try await store.calibrationResults(exercise.id).agreementProblem?.key == .agreementTooFewTargets)

                _ = try await store.closeCalibrationExercise(exercise.id, actor: nil, at: S.date(4))
                try await CompetenceRatingStoreTests.expectRefused("exerciseID", .conflict, on: database) {
                    try await store.recordCalibrationScore(score(by: s.otherManager), at: S.date(5))
                }
                try await CompetenceRatingStoreTests.expectRefused("status", .conflict, on: database) {
                    try await store.closeCalibrationExercise(exercise.id, actor: nil, at: S.date(5))
                }
            }
        }
    }
}
