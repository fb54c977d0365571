/// What is wrong with an input, as a key the interface translates and the values the sentence
/// names (`{maximum}`, `{name}` …). Keel never builds a sentence for a person below the
/// interface: every catalog (en, sv, nb) words every key, and a test holds them to that.
public struct Problem: Hashable, Sendable, Codable, CustomStringConvertible {
    public var key: Key
    public var arguments: [String: String]

    public init(_ key: Key, _ arguments: [String: String] = [:]) {
        self.key = key
        self.arguments = arguments
    }

    /// For logs and test failures: the key and its values, in a stable order.
    public var description: String {
        arguments.isEmpty ? key.rawValue
            : key.rawValue + " " + arguments.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
    }
}

extension Problem {
    public enum Key: String, CaseIterable, Sendable, Codable {
        // Any field
        case valueRequired, textTooLong, textTooShort, valueNegative, notAnEmailAddress, notADate, notAWholeNumber
        case notOneOf, notAnID, notATimeZone, notACurrency, idTaken, otherOrganization, listLimitOutOfRange
        case periodNotValid, periodReversed, periodTooLong, granularityNotValid

        // Access and sign-in
        case signInFirst, tokenNotValid, notABearerRequest, credentialsWrong, signInThrottled, roleForbids
        case csrfMismatch, notVisible, somethingWentWrong, uploadNotStored, fileTooLarge
        case requestNotValid, requestTooLarge, mediaTypeNotSupported, bodyNotJSON, bodyNotReadable, bodyFieldMissing, bodyFieldType
        case bodyFieldNull, bodyFieldInvalid

        // Organization
        case emailTaken, unknownTeam, unknownMarket, unknownPerson, personNoLongerActive, teamDeactivated, parentTeamDeactivated
        case nobodyWithEmail, marketNotTeams, currentPasswordWrong, currentPasswordThrottled, passwordsDiffer
        case teamHasMembers, teamHasSubteams, teamCycle, organizationExists, timeZoneFixed, cannotDeactivateYourself

        // Execution
        case percentileOutOfRange, minimumWonDealsTooLow, highLoadThresholdNotPositive, dealValueNegative
        case wonDealNeedsCloseDate, lostDealNeedsCloseDate, openDealHasCloseDate, closeDateBeforeEngagement
        case reasonCodeDuplicate, reasonNeedsName, reasonCodeFormat, reasonInUse, reasonNotInCatalog, reasonRetired
        case activityDurationOutOfRange, activityDateOutOfRange, doneDateInFuture, externalIDEmpty, pipelineEmpty, stageWithoutCode
        case stageListedTwice, postponementNotLater, reviewerIsOwner, reviewBeforePostponement, capacityNegative
        case capacityNotPositive, demoWeeksTooFew, activityDropped, activityAlreadyDone, chooseActivityType
        case chooseReason, chooseNewDate, chooseMoveOrDrop, chooseVerdict, notAWorkCategory, chooseWorkCategory
        case analysisRulesWholeNumber, analysisRulesNotANumber, analysisRulesOverrideFormat
        case analysisRulesOverridePerson, analysisRulesOverrideWeek, analysisRulesOverrideHours

        // Imports
        case chooseCSVFile, mappingKindMismatch, fileNotImportable, scopeNotValid, importRowsRejected, frameworkFileRejected
        case fileSeparatedBy, fileReadAsWindows1252, importStagesPlacedInPipeline
        // Import rows and files, worded in the reader's language (KeelImport keeps the command line's English)
        case importFieldCount, importControlCharacter, importFieldTooLong, importStageNotInMapping, importFieldRequired, importNotADate
        case importNotANumber, importNegative, importNotADuration, importNotAnEmail
        case importEmailRequired, importStatusNotOutcome, importWonNeedsCloseDate, importLostNeedsCloseDate, importCloseBeforeEngagement, importUnterminatedQuote
        case importUnexpectedQuote, importNotText, importEmptyFile, importSameOnLine, importOwnerEmailUnknown, importOwnerNameUnknown
        case importOwnerNameAmbiguous, importProductUnknown, importAccountUnknown, importDealUnknown, importColumnsMissing
        case importColumnsDuplicate, importMappingLacksField, importMappingUnknown, importMappingFileLine, importNotCSV, importAtLine
        case importAtColumn, importAtValue, importDidYouMean
        // What an import did beside the rows, worded for the reader (`ImportSummary.notices`)
        case importProductsAdded, importAccountsAdded, importSectorLooksMisspelt
        // A custom mapping file's problems, each at its line
        case mappingFileEmpty, mappingFileNotUTF8, mappingFileNotYAML, mappingFileNotKeys, mappingFileKeyMissing, mappingFileNotText
        case mappingFileUnknownKey, mappingFileKindUnknown, mappingFileDateFormat, mappingFileDecimalSeparator, mappingFileDelimiter
        case mappingFileNotAField, mappingFileColumnsNotMap, mappingFileColumnNotHeader, mappingFileMappedTwice, mappingFileColumnRequired
        case mappingFileValuesNotMap, mappingFileTranslationsNotMap, mappingFileTranslationsNotText, mappingFileNotList, mappingFileListNotText

        // Competence
        case raterNotInOrganization, raterDeactivated, selfAssessmentByOther, raterNotManager, raterNotPeer, ratingOfOneself
        case weightNegative, weightsAllZero, weightNotPositive, scaleMaximumNotAllowed, cycleNeedsParticipant
        case participantListedTwice, cycleFrameworkMismatch, frameworkDraftNotAssessable, cycleClosesBeforeOpening
        case cycleAlreadyClosed, ratingInOtherCycle, cycleClosedForRatings, ratingAlreadySubmitted
        case ratingIdentityChanged, rateeNotParticipant, noRoleProfileForRatee, competencyNotInProfile
        case levelOutsideScale, profileInOtherFramework, profileNeedsCompetency, competencyNotInFramework
        case competencyListedTwice, profileExistsEveryMarket, profileExistsInMarket, profileIdentityChanged
        case unknownFramework, unknownFrameworkVersion, unknownCycle, unknownExercise, chooseCycle, chooseJobRole
        case scoreInOtherExercise, exerciseClosed, raterNotInExercise, targetNotInExercise, competencyNotInExercise
        case exerciseAlreadyClosed, exerciseClosesBeforeOpening, exerciseStartsOpen, exerciseNeedsCompetency
        case exerciseNeedsTwoRaters, raterListedTwice, exerciseNeedsTwoTargets, targetListedTwice, onlyRatersScore
        case resultsShownAfterClose, commentEmpty, commentBeforeClose, commentByNonParticipant, onlyRateeComments
        case chooseFrameworkVersion, chooseDraftOrSubmit, cycleWeightInvalid, rateMissingLevel, rateInvalidLevel
        case rateNothingChosen, heatmapRowNotValid, noMeasuredLeniency
        // Why a calibration exercise has no agreement yet (`RatingMatrixError.problem`)
        case agreementTooFewTargets, agreementTooFewRaters, agreementScoresMissing, agreementScoreTwice, agreementScoreOutside
        case agreementScoreNotANumber

        // Calibration form
        case calibrationFrameworkInvalid, calibrationRaterInvalid, calibrationUnknownPerson, calibrationCaseTitle
        case calibrationUnknownTeam, calibrationTeamOutOfReach, calibrationTeamEmpty, calibrationPersonOutOfReach
        case calibrationClosedNote, calibrationLevelInvalid, calibrationNothingScored

        // Frameworks and role profiles
        case frameworkDraftNotCalibratable, frameworkVersionPublished, editMovesVersion, editChangesVersion, draftChangesKey, publishInsteadOfDating
        case frameworkDraftStillOpen, frameworkVersionExists, newFrameworkNotVersionOne, newFrameworkNotDraft
        case frameworkKeyInvalid, frameworkKeyTaken, chooseFrameworkFile, frameworkFormatNotValid
        case frameworkNothingPublished, frameworkDraftExists, frameworkNewerVersion, frameworkPublishedNotEditable
        case frameworkEditKeyChanged, roleProfileTargetInvalid, roleProfileWeightInvalid, roleProfileNothingChosen
        case versionNotANumber

        // Framework content, from a file or the editor
        case frameworkFormatNotSupported, frameworkNeedsArea, frameworkKeyDuplicate, frameworkKeyDuplicateOnLine, areaNeedsCompetency
        case scaleStartNotOne, scaleTopRequired, levelNumberRequired, levelDescribedTwice, levelMissing, frameworkKeyFormat
        case englishTextRequired, frameworkIDUsedTwice
        // A framework or practice library file's own problems, each at its line (`FrameworkFileProblem`)
        case frameworkFileAtColumn, frameworkFileNotUTF8, frameworkFileEmpty, frameworkFileNotYAML, frameworkFileNotYAMLSince
        case frameworkFileTooManyValues, frameworkFileTooDeep, frameworkFileSecondDocument, frameworkFileKeysRepeated
        case frameworkFileKeyTwice, frameworkFileKeyTwiceOnLine, frameworkFileUnknownKey, frameworkFileUnknownKeyDidYouMean
        case frameworkFileExpectedMapping, frameworkFileExpectedList, frameworkFileExpectedText, frameworkFileExpectedWholeNumber
        case frameworkFileNumberQuoted, frameworkFileFieldRequired, frameworkFileTextsRequired, frameworkFileNotOneOf
        // What a framework or practice library file has where another kind of value belongs (`FrameworkFileProblem.found`)
        case frameworkFoundValue, frameworkFoundText, frameworkFoundNothing, frameworkFoundList, frameworkFoundMapping, frameworkFoundAlias

        // Diagnosis
        case numberBetween, numberAboveUpTo, signalAreaUnknown, signalAreaListedTwice, signalActivityTypeUnknown, signalStageUnknown

        // Coaching
        case focusNotForSessionType, sessionNotPlanned, actionItemReviewedTwice, actionItemNotOpen, actionItemNotReviewed
        case dueBeforeSession, nextStepOwnerNotInSession, nextStepRequired, sellerNotCoachable, focusNotFound, notATime
        case actionItemOutcomeNotAChoice

        // Practice
        case practiceLevelNotMarked, practiceItemKeyFormat, practiceItemKeyTaken, rolePlayNeedsEveryLevel, practiceAnswerRequired
        case practiceLevelMarkNotAChoice
        case onlyRolePlaysObserved, practiceItemInPlan, practiceItemRetired, practiceFileRejected, noFrameworkToPractise, practiceItemKeyUsedOnLine
        // Personal data
        case erasureNotConfirmed, cannotEraseYourself, personAlreadyErased
        // Impact
        case impactWindowOutOfRange, impactWindowInFuture, impactComparisonIncludesSeller
        // Coachable KPIs
        case kpiValueNotANumber, kpiValueTooLarge, kpiNotEntered, unknownKPI, notAWeek, weekInFuture
        // Closing a cycle on the web
        case closeNotConfirmed
        // Goals and wins
        case goalDueBeforeStart, goalTargetNotPositive, goalKPIUnknown, goalParentRequired, goalParentNotAllowed, goalUnknown
        case goalCycle, goalParentLevel, goalOwnerNotAllowed, goalNotManual, goalHasChildren, winNeedsOneSubject, winNotAllowed, notANumber
        // The organization's words
        case wordListedTwice
    }
}
