/// Every user-visible string of the web interface. Each catalog must translate every key;
/// a test walks `allCases` over the catalogs.
public enum TextKey: String, CaseIterable, Sendable {
    case appTagline
    case skipToContent
    case navOrganization, navMyTeam, navMyProfile, navAddPerson, navAddTeam, navSignOut, navMenu, periodShowingDefault
    case languageLabel, languageSubmit
    case signedInAs

    case loginTitle, loginIntro, loginEmail, loginPassword, loginSubmit, loginFailed, loginThrottled

    case organizationTitle, organizationMarkets, organizationNoMarket, organizationHeadcount, organizationHeadcountOne
    case organizationManagers, organizationSearchLabel, organizationSearchSubmit, organizationSearchResults
    case organizationSearchNone, organizationPeopleCount

    case teamParent, teamMarket, teamSubteams, teamPeople, teamNoPeople, teamDeactivated, teamManagers
    case teamEdit, teamDeactivate, teamReactivate, teamIncludesSubteams, teamShowingFirst, teamOwnMembers

    case personEmail, personJobRole, personAccessRole, personTeam, personMarket, personStatus, personMarketHint
    case personActive, personDeactivated, personTeamHistory, personFrom, personUntil, personPresent
    case personEdit, personDeactivate, personReactivate, personLeaderMarkets, personWholeOrganization
    case personNoTeam, personProfile, personHistory, personHistoryEmpty

    case formName, formSave, formCancel, formNone, formPassword, formPasswordHint, formParentTeam
    case formErrorSummary, formNewPerson, formEditPerson, formNewTeam, formEditTeam, formOptional

    case columnName, columnRole, columnJobRole, columnTeam, columnMarket, columnStatus

    case roleSeller, roleManager, roleLeader, roleAdmin

    case errorNotFoundTitle, errorNotFoundBody, errorForbiddenTitle, errorForbiddenBody
    case errorBadRequestTitle, errorGenericTitle, errorGenericBody, errorBackHome, errorCSRF

    case auditCreated, auditUpdated, auditMoved, auditDeactivated, auditReactivated

    // The audit log page (issue 17) and a person's data export.
    case navAuditLog, auditTitle, auditIntro, auditShowing, auditNoEvents, auditFilterPerson, auditFilterActor, auditFilterKind
    case auditFilterAnyKind, auditFilterFrom, auditFilterTo, auditFilterSubmit, auditFilterClear, auditFilterPersonHint
    case auditDownloadCSV, auditDownloadJSON, auditColumnWhen, auditColumnActor, auditColumnWhat, auditColumnPerson
    case auditColumnChanges, auditNoActor, auditNoActorSignIn, auditNewer, auditOlder, auditFiltersCaption, auditShowPerson
    case auditKindPerson, auditKindTeam, auditKindSignIn, auditKindPassword, auditKindAPIToken, auditKindSetting
    case auditKindImport, auditKindExport, auditKindRating, auditKindResultComment, auditKindAssessmentCycle
    case auditKindFrameworkVersion, auditKindRoleProfile, auditKindCalibrationExercise, auditKindCalibrationScore
    case auditKindDiagnosisSignalMap, auditKindActivity, auditKindPostponement, auditKindRetention
    case auditActionSubmitted, auditActionClosed, auditActionChanged, auditActionSucceeded, auditActionFailed
    case auditActionDropped, auditActionRevoked, auditActionReviewed, auditActionPublished, auditActionPersonData
    case auditKindGoal, auditKindPracticePlan, auditKindIntervention, auditKindDeal, auditKindCoachingSession, auditKindCalendarFeed, auditKindWinSuggestion, auditKindWin, auditKindPracticeRep, auditKindPracticeLibrary, auditKindPracticeItem, auditKindOutbox, auditKindOrganization, auditKindKPITarget, auditKindKPIEntry, auditKindDigestPreference, auditKindCoachingAgenda, auditKindActionItem, auditActionCompleted, auditActionValue, auditActionRefreshed, auditActionPosted, auditActionPlanned, auditActionObserved, auditActionDismissed, auditActionCancelled
    case auditActionAuditLog, auditActionOpened, auditActionLogged, auditActionImported, auditActionDone, auditActionErased, auditActionApplied
    case erasureLink, erasureTitle, erasureIntro, erasureWillName, erasureWillTexts, erasureWillAccess, erasureWillAudit
    case erasureKeeps, erasureConfirmLabel, erasureSubmit, erasureCancel, erasureDone, erasureErasedBadge
    case navRetention, retentionTitle, retentionIntro, retentionTextYears, retentionTextHint, retentionLeaverYears
    case retentionLeaverHint, retentionSave, retentionSaved, retentionApplyNow, retentionApplied
    case exportTitle, exportIntro, exportDownloadJSON, exportLink, exportGenerated, exportReaderPerson, exportReaderAdministrator
    case exportProfile, exportTeamHistory, exportRatingsReceived, exportRatingsGiven, exportResultComments, exportActivities
    case exportPostponements, exportDeals, exportAudit, exportWithheld, exportNone, exportCount
    case exportWithheldPeerRatings, exportWithheldBeforeClose, exportWithheldAuditOfRatings
    case exportColumnCycle, exportColumnCompetency, exportColumnSource, exportColumnLevel, exportColumnEvidence
    case exportColumnOther, exportColumnType, exportColumnPlanned, exportColumnDone, exportColumnSubject
    case exportColumnReason, exportColumnVerdict, exportColumnDeal, exportColumnStage, exportColumnValue, exportColumnText

    case navImport, importTitle, importIntro, importKind, importMapping, importMappingFile, importMappingFileHint, importFile, importAsOf, importAsOfHint
    case importDryRun, importSubmit, importRecent, importNone, importRows, importRejected, importDone, importDryRunDone
    case importColumnsTitle, importColumnsIntro, importColumnHeader, importColumnField, importColumnRequired, importTemplateDownload

    case navExecution, navMyActivities, executionTitle, executionIntro, executionScope, executionFrom, executionTo, periodPresets, periodWeeks, periodOneMonth, periodMonths, executionShow,
        periodWholeWeeks, periodCalendar, periodThisMonth, periodLastMonth, periodThisQuarter, periodLastQuarter, periodThisYear
    case executionPeriod, scopeOrganization, scopeGroupOrganization, scopeMarket, allocationTitle, allocationSummary, categorySelling, categorySupporting, categoryInternal
    case rateTitle, rateIntro, columnActivityType, columnPlanned, columnOnTime, columnRate, rateOverall, pressureTitle
    case pressureIntro, pressureNormal, pressureHigh, pressureRise, funnelTitle, funnelReached, funnelConversion, funnelMedian
    case funnelIntro, funnelOrderNote, funnelWonName, funnelLostName, funnelWon, funnelLost, funnelWinRate
    case analysisRulesStagesTitle, analysisRulesStages, analysisRulesStagesHint, analysisRulesStagesNote
    case analysisRulesCurrencyTitle, analysisRulesCurrency, analysisRulesCurrencyHint
    case funnelStalled, stalledTitle, stalledIntro, stalledNone, stalledMore, columnOwner, columnStage, columnDaysInStage
    case columnBar, columnDaysOver, columnValue, resultsTitle, resultsSummary, resultsCycle, resultsCycleFromCreation, resultsNone, reasonsTitle
    case reasonsReview, reasonsNone, columnReason, columnKind, columnTimes, columnPeople, reasonRecurring, classObstacle
    case classExcuseProne, chartNoData, chartMissing, activitiesTitle, activitiesIntro, activitiesOverdue, activitiesNone
    case activityDone, activityDoneOn, activityMove, activityDrop, activityNewDate, activityReason, activityDropped, activityMovedFrom
    case activityLogTitle, activityType, activityDate, activityMinutes, activitySubject, activityAlreadyDone, activityLogSubmit, activitySaved
    case teamPostponements, teamPostponementsIntro, teamPostponementsNone, columnPerson, columnPlannedFor, columnChange, columnReview, reviewVerified
    case reviewExcuse, reviewPending, executionLink
    case allocationIntro, allocationInProgress, allocationInProgressNote, allocationWeeksCaption, allocationWeeksAll, columnWeek, columnHours, personWeeksOne, personWeeks, pressureMinimum, pressureNotEnoughData, pressureNoneShown, pressureCount, pressureTableCaption, columnDifference, reasonsIntro, reasonsRecurrence, columnRecurringPeople
    case teamPostponementsShowing, teamPostponementsNoMatch, teamPostponementKept, reviewEveryone, reviewEveryReason, reviewEveryStatus, reviewDone, reviewShow
    case personDiagnosisLink, personCoachingLink, personCompetenceLink, personPracticeLink
    case teamPostponementsPeriodTitle, teamPostponementsPeriodIntro, teamPostponementsPeriodNone, teamPostponementsRecent
    case navReasons, reasonsSettingsTitle, reasonsSettingsIntro, columnCode, columnEnglish, columnSwedish, columnNorwegian, columnActive, reasonsNewRow, reasonsSaved
    case navWords, wordsTitle, wordsIntro, wordsActivityTypes, wordsDealStages, wordsJobRoles, wordsMarkets, wordsSaved, wordsSeeThemUsed
    case navWorkCategories, workCategoriesTitle, workCategoriesIntro, workCategoriesFallback, workCategoriesUnmapped, columnCategory, workCategoriesSaved
    case navAnalysisRules, analysisRulesTitle, analysisRulesIntro, analysisRulesThreshold, analysisRulesThresholdHint, analysisRulesDefaultHours
    case analysisRulesOverrides, analysisRulesOverridesHint, analysisRulesRebuildNote, analysisRulesPercentile, analysisRulesPercentileHint, analysisRulesMinimumWon
    case analysisRulesMinimumWonHint, analysisRulesSaved

    // Competence (SPEC §1)
    case navCompetence, competenceTitle, competenceIntro, competenceBack, competenceMyResults, competenceNoResults, cycleOpenTitle, cycleOpenMeta
    case cycleYourReports, cycleNothingToRate, cycleClose, cycleNoneOpen, cycleOpenNew, cycleNeedsFramework, cycleParticipantsNote, cycleOpenSubmit
    case cycleOpened, cycleClosed, frameworkLabel, rateYourself, ratingStatusNotStarted, ratingStatusInProgress, ratingStatusSubmitted, rateSelfTitle
    case rateSelfMark, ratePreviousMark, rateSelfReference, rateSelfMissing, ratePreviousReference
    case rateOtherTitle, rateAs, rateCycleClosed, rateSubmitted, rateNoProfile, rateTarget, rateTargetMark, rateEvidence, rateSaveDraft
    case rateSubmit, rateSubmitNote, rateDraftSaved, rateSubmittedNotice, sourceSelf
    case sourceManager, sourcePeer, resultsPageTitle, resultsNoRatings, resultsTarget, resultsRadarTitle, resultsRadarSummary
    case resultsFitTitle, resultsFit, resultsNoFit, blindSpotsTitle, blindSpotsNone, blindSpotOver, blindSpotUnder, resultsTableTitle
    case columnCompetency, columnLevel, columnGap, columnPeers, columnTrend, resultsPeers, resultsPeersNote, commentTitle
    case commentIntro, commentSave, commentSaved, commentWritten, commentNone, heatmapTitle, heatmapIntro, heatmapPageTitle
    case heatmapCycle, heatmapRows, heatmapByTeam, heatmapByMarket, heatmapAllRoles, heatmapUnder, heatmapUp, heatmapEmpty
    case heatmapLegend, heatmapCaption, heatmapCellTitle, heatmapPeople, heatmapTotal, heatmapOwnMembers, heatmapNoTeam, heatmapNoMarket
    case heatmapRatedOfScope, heatmapInScope, heatmapNotRated, heatmapPeopleRated, heatmapLegendFewer, heatmapLegendMore
    case heatmapBack, heatmapPeopleTitle, heatmapRoleFilter, heatmapPeopleLegend, heatmapBelowTarget, heatmapHiddenPeople, calibrationTitle, calibrationIntro
    case calibrationMeta, calibrationAgreement, calibrationItems, calibrationModel, calibrationSingle, calibrationAverage, calibrationReading, calibrationByCompetency, calibrationTargetsScored
    case iccOneWay, iccTwoWayRandom, iccTwoWayMixed, leniencyTitle, leniencyIntro, leniencyRater, leniencyValue, leniencyReading
    case leniencyCompared, leniencyLenient, leniencyStrict, leniencyInLine, leniencyAdjustmentNote, frameworksTitle, frameworksIntro, frameworkVersion
    case frameworkDownload, frameworkDownloadAs, frameworkPublished, frameworkDraft, frameworkFileRefused, frameworkImportTitle, frameworkImportIntro, frameworkFile
    case frameworkImportSubmit, frameworkMeta, frameworkPublish, frameworkPublishNote, frameworkLevel, frameworkEffective, frameworkIneffective
    case heatmapAdjustLabel, heatmapAdjustUnavailable, heatmapAdjustedNote
    case cycleWeightsTitle, cycleWeightsHint
    case calibrationNewTitle, calibrationNewIntro, calibrationChooseFramework, calibrationName, calibrationCompetencies, calibrationRaters, calibrationRatersHint
    case calibrationTargets, calibrationTargetsHint, calibrationPeople, calibrationNoTeam, calibrationCases, calibrationCreate
    case calibrationTeamsHint, calibrationEveryoneInTeam
    case calibrationScoresTitle, calibrationBack, calibrationScoresIntro, calibrationProgress, calibrationClosedNote
    case calibrationLevelsTitle, calibrationScoresNote, calibrationScoresSave, calibrationScoresSaved, calibrationStatusTitle
    case calibrationClosedOn, calibrationOpenSince, calibrationRaterProgress, calibrationTargetList, calibrationEnterScores, calibrationCloseNote, calibrationClose

    // Role profiles (SPEC §1)
    case roleProfilesTitle, roleProfilesIntro, roleProfilesShow, roleProfilesNoFramework, roleProfilesNone, roleProfilesAllMarkets, columnCompetencies, roleProfileEdit
    case roleProfileNewTitle, roleProfileNewIntro, roleProfileNewSubmit, roleProfilesBack, roleProfileTitle, roleProfileMeta, roleProfileEditIntro, roleProfileNotStored
    case columnApplies, columnTargetLevel, columnWeight, roleProfileAtTarget, roleProfileSave, roleProfileSaved
    case roleProfileAppliesTo

    // Framework editing (SPEC §1)
    case frameworkNewDraft, frameworkNewDraftNote, frameworkOpenVersion, frameworkEdit, frameworkEditTitle
    case frameworkEditBack, frameworkEditIntro, frameworkEditFormat, frameworkEditScale, frameworkEditKeys, frameworkEditLabel, frameworkEditSave
    case frameworkEditRefused, frameworkDraftCreated, frameworkDraftSaved

    // Diagnosis (SPEC §3)
    case navDiagnosis, diagnosisTitle, diagnosisIntro, diagnosisBasis, diagnosisRule, diagnosisNoCycle
    case diagnosisNoSellers, diagnosisDistributionTitle, diagnosisDistributionCount, verdictStrength, verdictExecutionGap, verdictCompetenceGap
    case verdictDevelopmentNeed, verdictObstructed, verdictNotEnoughData, adviceStrength, adviceExecutionGap, adviceCompetenceGap
    case adviceDevelopmentNeed, adviceObstructed, adviceNotEnoughData, diagnosisFindingsTitle, diagnosisFindingsIntro, diagnosisNoFindings
    case findingObstacles, findingStall, findingReasons, findingAffected, diagnosisSellersTitle
    case diagnosisSellersCaption, diagnosisSellersRange, diagnosisMovesShown, keptScreenDecidedAt, columnSeller, diagnosisChangesTitle, diagnosisNoChanges, diagnosisEvidenceTitle, evidenceCompetence
    case evidenceExecution, evidenceByType, evidenceStage, evidenceCompetencyLevel, evidenceNotRated, evidenceSeeActivities
    case evidenceSeeRatings, missingNoAssessment, missingNotInRoleProfile, missingNoSignals, missingFewActivities, missingFewDeals
    case diagnosisOtherChanges, diagnosisNotInRole, evidenceAssessedIn, evidenceReasonsTitle, evidenceReasonsOther, evidenceNoReasons, reasonClassObstacleShort, reasonClassExcuseShort, activityChooseReason
    case navDiagnosisSettings, diagnosisSettingsTitle, diagnosisSettingsIntro, diagnosisSettingsThresholds, diagnosisSettingsTolerance
    case diagnosisSettingsToleranceHint, diagnosisSettingsThreshold, diagnosisSettingsThresholdHint, diagnosisSettingsMinimumActivities, diagnosisSettingsMinimumDeals
    case diagnosisSettingsStructuralShare, diagnosisSettingsStructuralShareHint, diagnosisSettingsStallShare, diagnosisSettingsStallShareHint, diagnosisSettingsSignals
    case diagnosisSettingsSignalsIntro, diagnosisSettingsVersion, diagnosisSettingsStages, diagnosisSettingsSaved
    // Where to act
    case navStart, startTitle, startIntroLeader, startIntroManager, startIntroSeller
    case startPeriod, startOpenDiagnosis, startSellersTitle, startSellersCaption, startGroupsCaption
    case startColumnAttention, startColumnGap, startColumnExecution, startColumnStalled, startColumnUnreviewed
    case startColumnExcuseProne, startColumnSellers, startColumnAttentionShare, startNothingUrgent, startTeamsTitle
    case startMarketsTitle, startCyclesTitle, startNoOpenCycle, startCycleFacts, startStrengthsTitle
    case startNoStrengthsYet, startWorkOnTitle, startNothingToWorkOn, startSeeEvidence, startWhyLevel
    case startWhyExecution, startDueTitle, startNothingDue, startOpenActivities, startStalledTitle
    case startNoStalledDeals, startStalledDeal
    // Coaching (SPEC §4)
    case scopeFromMonth, scopeToMonth, coachingIntroCoach, coachingOverdueTitle, coachingOverdueCaption, coachingNobodyOverdue
    case navCoaching, coachingTitle, coachingIntro, coachingRule, coachingSummaryTitle, coachingSummaryCaption, coachingCompliance
    case coachingOverdueSellers, coachingOfSellers, coachingFollowUp, coachingAreasUntouched, coachingEveryAreaTouched, coachingShare
    case coachingYourSellers, coachingSellersTitle, coachingSellersCaption, coachingSellersRange, coachingColumnLast, coachingColumnThisMonth
    case coachingColumnCompliantMonths, coachingColumnOpenSteps, coachingColumnNext, coachingColumnSuggestion, coachingColumnCoach
    case coachingDaysAgo, coachingToday, coachingYesterday, coachingNeverCoached, coachingOfPolicy, coachingOverdueItems, coachingNothingPlanned, coachingPlanSuggested
    case coachingPlan, coachingNoSuggestion, coachingTeamsTitle, coachingTeamsCaption, coachingCoachesTitle, coachingCoachesCaption
    case coachingColumnLoad, coachingColumnBalance, coachingColumnNeverUsed, coachingLoad, sessionTypeDeal, sessionTypePipeline
    case sessionTypeSkill, sessionTypeFollowUp, sessionTypeMeetingPreparation, sessionTypeDealHint, sessionTypePipelineHint
    case sessionTypeSkillHint, sessionTypeFollowUpHint, sessionTypeMeetingPreparationHint, suggestionReasonExecutionGap
    case suggestionReasonCompetenceGap, suggestionReasonDevelopmentNeed, suggestionReasonStalledDeal, sessionStatusPlanned
    case sessionStatusCompleted, sessionStatusCancelled, reviewOutcomeDone, reviewOutcomeNotDone, reviewOutcomeCarriedOver
    case focusCompetency, focusCompetencyGone, focusActivityType, focusDeal, focusDealGone, focusMeeting, focusMeetingGone, planTitle
    case planIntro, planNoSellers, planWithWhom, planContinue, planSuggestionTitle, planSuggestionChoice, planUseSuggestion, planType
    case planDate, planTime, planDuration, planMinutes, planFocus, planFocusHint, planNoFocus, planFocusCompetencies, planFocusKPIs
    case planFocusDeals, planFocusMeetings, planSubmit, sessionTitle, sessionFacts, sessionFocus, sessionStepFollowUp
    case sessionNothingToFollowUp, sessionFollowUpCaption, sessionStepAgenda, sessionStepNotes, sessionNotes, sessionNotesHint
    case sessionPrivateNotes, sessionPrivateNotesHint, sessionStepNextSteps, sessionNextStepsCaption, sessionComplete, sessionCancel
    case sessionCompletedNotice, sessionPrepareTitle, sessionPrepareCaption, sessionFollowedUpTitle, sessionAgendaTitle, sessionNoNotes
    case sessionAgreedTitle, sessionHistoryTitle, sessionNoHistory, itemFacts, itemOverdue, itemCarriedOver, itemMarkDone, reviewComment
    case reviewNewDue, nextStepNumber, nextStepWhat, nextStepOwner, nextStepDue, nextStepLink, linkedLevel, linkedNotRated
    case linkedLevelNumber, linkedDealTitle, linkedDealFacts, linkedKPICaption, linkedWeeksBefore, linkedMeetingTitle
    case startCommitmentsTitle, startNoCommitments, startNextSession, startNoNextSession, startCoachingTitle, startCoachingFacts
    case coachingIntroSeller, coachingUpcomingTitle, coachingNoUpcomingOwn, coachingSessionLine, coachingCommitmentsCount
    case coachingPastTitle, coachingPastCaption, coachingNoPast, coachingColumnSession, coachingNotRecorded
    case startOpenCoaching, startNeverUsed, calendarUnknown, calendarRevoked, calendarName, calendarSessionDescription
    case calendarStepDescription, calendarLinkTitle, calendarLinkIntro, calendarLinkLabel, calendarLinkOnce, calendarBack
    case calendarCardTitle, calendarCardIntro, calendarLive, calendarNone, calendarCreate, calendarRevoke, calendarRevokedNotice
    case exportCoachingSessions, exportNextSteps, exportColumnStatus, exportWithheldPrivateNotes, navCoachingSettings
    case exportPracticeRepetitions, exportPracticeObserved, nextStepStatusOpen
    case settingsCoachingTitle, settingsCoachingIntro, settingsCadenceTitle, settingsCadenceMinimum, settingsCadenceMaximum
    case settingsCadenceDays, settingsAgendaHint, settingsCoachingSave, settingsCoachingSaved
    // Practice (SPEC §5)
    case navPractice, practiceMyPlanTitle, practicePlanTitle, practicePlanIntro, practiceHabitTitle, practiceWeekCount, practiceStreak
    case practiceRule, practiceDueTitle, practiceNothingDueNext, practiceNoPlan, practiceLaterTitle, practiceRecentTitle, practiceNoRecent
    case practiceColumnDay, practiceColumnItem, practiceColumnSelfScore, practiceColumnObserved, practiceColumnCompetency
    case practiceColumnWhy, practiceColumnMinutes, practiceColumnDue, practiceColumnDone, practiceObservedLevel, practiceAwaitsScore
    case practiceAimLevel, practiceChangeTitle, practiceRefreshHint, practiceRefresh, practiceAddLabel, practiceAdd
    case practiceRefreshedNotice, practiceAddedNotice, practiceEntryFacts, practiceInstructions, practiceLesson, practiceQuestion
    case practiceSituation, practiceCustomerPart, practiceGoodLooksLike, practiceLevelNumber, practiceAimMark, practiceDoTitle
    case practiceSelfScoreLabel, practiceScore1, practiceScore2, practiceScore3, practiceScore4, practiceScore5, practiceAnswerLabel
    case practiceAnswerHint, practiceNoteLabel, practiceNoteHint, practiceMarkDone, practiceDoneNotice, practiceScoreTitle
    case practiceScoreIntro, practiceEffective, practiceNotYet, practiceCommentLabel, practiceSaveScore, practiceScoredNotice
    case practiceNothingToScore, practiceHistoryTitle, practiceNeverDone, practiceSelfScored, practiceBackToPlan, practiceKindDrill
    case practiceKindRolePlay, practiceKindMicroLesson, practiceReasonCoachingFocus, practiceReasonCompetenceGap
    case practiceReasonDevelopmentNeed, practiceReasonExecutionGap, practiceReasonBelowTarget, practiceReasonMaintain
    case practiceReasonChosen, practiceStatusOverdue, practiceStatusDue, practiceStatusLater, practiceStatusRetired, practiceTeamTitle
    case practiceTeamIntro, practiceTeamSummaryTitle, practiceTeamCounts, practiceTeamSellersTitle, practiceTeamSellersCaption
    case practiceColumnDueWeek, practiceColumnDoneRecently, practiceColumnStreak, practiceColumnPractised
    case practiceColumnNeededNotPractised, practiceColumnToScore, practiceNoDiagnosis, practiceNeededAllPractised, practiceLibraryLink
    case practiceLibraryTitle, practiceLibraryIntro, practiceLibraryNew, practiceLibraryDownload, practiceLibraryUpload
    case practiceLibraryUploadButton, practiceLibraryNone, practiceLibraryImportedNotice, practiceMinutes, practiceEdit
    case practiceNoFramework, practiceItemNewTitle, practiceItemEditTitle, practiceItemFormIntro, practiceItemKey, practiceItemKeyHint
    case practiceItemKind, practiceItemAim, practiceItemActive, practiceItemTitle, practiceGoodAtLevel, practiceItemSave
    case practiceItemSavedNotice, startPracticeTitle, startPracticeFacts, startPracticeNone, startPracticeOpen
    // Impact
    case navImpact, impactTitle, impactIntro, impactMethod, impactComputedAt, impactNotComputed, impactBehaviourTitle
    case impactOutcomeTitle, impactOutcomeNotYet, impactNoGroups, impactColumnIntervention, impactColumnStart
    case impactColumnEffect, impactColumnBasis, impactInterventionsTitle, impactInterventionsCaption, impactNoInterventions,
         impactInterventionsRange
    case impactColumnSeller, impactChannelCoaching, impactChannelPractice, impactEffect, impactNotEnoughData
    case impactMissingKPI, impactMissingTreated, impactMissingComparison, impactMissingWeeks, impactVerdictUp, impactVerdictDown
    case impactVerdictUnclear, impactBasis, impactLeftOut, impactExportCSV, impactTreatedTitle
    case impactColumnWeeks, impactColumnBefore, impactColumnAfter, impactColumnChange, impactBack, startImpactTitle, startImpactMeasure
    case startOpenImpact, impactVerdictFewSellers, impactBasisGroup, impactManyEstimates
    case startTeamPracticeTitle, startTeamPracticeSeller, startTeamPracticeNeeding, startTeamPracticeMore, startTeamPracticeOpen
    case navMyKPIs, kpiMyTitle, kpiTitle, kpiIntro, kpiWeeksNote, kpiBehavioursTitle, kpiOutcomesTitle, kpiColumnKPI
    case kpiColumnRecent, kpiColumnBefore, kpiColumnTarget, kpiColumnStatus, kpiColumnBasis, kpiStatusMet, kpiStatusNotMet
    case kpiStatusNoData, kpiTargetDefault, kpiTargetOwn, kpiEnteredMark, kpiNameCustomerMeetings
    case kpiNameProspectingOnTime, kpiNamePreparation, kpiNameFollowUps
    case kpiNameSellingTime, kpiNameReferrals, kpiBasisCustomerMeetings
    case kpiBasisProspectingOnTime, kpiBasisPreparation, kpiBasisFollowUps
    case kpiBasisSellingTime, kpiBasisReferrals, kpiMinutes, kpiPerWeek, kpiOutcomeWon
    case kpiOutcomeWonValue, kpiOutcomeWinRate, kpiOutcomeCycle, kpiOutcomeWinRateBasis, kpiOutcomeCycleBasis, kpiOutcomeCycleBasisCreation, kpiOutcomeDays
    case kpiOutcomeWindow, kpiOutcomesNote, kpiTrendSummary, kpiTrendTitle, kpiTrendNoData, kpiTrendMissing, kpiWonPerWeekTitle
    case kpiTargetFormTitle, kpiTargetFormIntro, kpiFieldKPI, kpiFieldTarget, kpiSaveTarget, kpiEntryFormTitle
    case kpiEntryFormIntro, kpiFieldWeek, kpiFieldValue, kpiSaveEntry, kpiTargetSaved, kpiEntrySaved, kpiNextStep
    case kpiPlanFollowUp, kpiOpen, kpiSessionLink, kpiOutcomeBasis, exportKPIs
    case cycleProgressTitle, cycleProgressIntro, cycleProgressSummaryTitle, cycleProgressTotals, cycleProgressHidden, cycleProgressColumnTeam, cycleProgressColumnParticipants, cycleProgressColumnPerson
    case cycleProgressColumnPeers, cycleProgressTally, cycleProgressDone, cycleProgressDraft, cycleProgressNotStarted, cycleProgressMissingTitle, cycleProgressNoneMissing, cycleProgressBack, cycleProgressLink, cycleCloseExplained, cycleCloseConfirmLabel
    case cycleCloseConfirmShort, cycleProgressMissingFirst
    case digestSubjectManager, digestSubjectSeller, digestGreeting, digestIntroManager, digestIntroSeller, digestOverdueTitle
    case digestOverdueNote, digestOverdueDays, digestNeverCoached, digestStepsTitle, digestCommitmentsTitle, digestStepsNote
    case digestStepLine, digestOwnStepLine, digestOverdueMark, digestFocusTitle, digestFocusNote, digestFocusLine
    case digestTeamPracticeTitle, digestTeamPracticeLine, digestPracticeTitle, digestPracticeLine, digestOpenKeel, digestFooter
    case digestPageTitle, digestPageIntro, digestNotConfigured, digestSettingTitle, digestStatusOn, digestStatusOnByDefault
    case digestStatusOff, digestAddress, digestTurnOff, digestTurnOn, digestPreviewTitle, digestPreviewEmpty
    case digestPreviewSubject, digestNoneForRole, digestSavedOn, digestSavedOff, digestStartLink, navOutbox
    case outboxTitle, outboxIntro, outboxNotConfigured, outboxCounts, outboxEmpty, outboxColumnRecipient
    case outboxColumnWeek, outboxColumnState, outboxColumnAttempts, outboxColumnWhen, outboxColumnError, outboxSentAt
    case outboxNextAttempt, outboxGivenUp, outboxStateQueued, outboxStateFailing, outboxStateFailed, outboxStateSent
    case impactOutcomesTitle, impactOutcomesNote, impactOutcomeWinRate, impactOutcomeCounted
    case impactNoGroupsOnlyOwn
    case impactOutcomeWonValue, impactOutcomeCycleTime, impactOutcomeCountedWonValue, impactOutcomeCountedCycleTime
    case impactOutcomeStageConversion, impactOutcomeCountedStageConversion
    case impactEffectMoney, impactEffectDays, impactVerdictShorter, impactVerdictLonger
    // Goals and wins (SPEC §4)
    case navGoals, navWins, goalsTitle, goalsIntro, goalsAdd, goalsOpenWins, goalsEmpty
    case goalsEmptyWriter, goalsCount, goalsRuleTitle, goalsRule, goalLevelCompany, goalOwnerTeam, goalOwnerPerson
    case goalPeriod, goalWeight, goalProgressLabel, goalBasisWonDeals, goalBasisWonValue, goalBasisManual, goalBasisNoValue
    case goalBasisChildren, goalBasisNothing, goalValueLabel, goalSaveValue, goalEdit, goalSavedNotice, goalArchivedNotice
    case goalValueNotice, goalFormNewTitle, goalFormEditTitle, goalFormIntro, goalOwnerKept, goalFieldOwner, goalFieldTitle
    case goalFieldStart, goalFieldDue, goalFieldParent, goalFieldWeight, goalWeightHint, goalFieldMeasure, goalFieldTarget
    case goalTargetHint, goalFieldUnit, goalMeasureNone, goalMeasureManual, goalMeasureWonDeals, goalMeasureWonValue, goalParentNone
    case goalSave, goalBack, goalArchiveHint, goalArchive, winsTitle, winsIntro, winsOpenGoals
    case winsFeedTitle, winsFilterTeam, winsFilterAll, winsFilter, winsCount, winsCountLimited, winsEmpty
    case winFor, winPostedBy, winGoal, winsSuggestionsTitle, winsSuggestionsIntro, winSuggestionDeal, winSuggestionGoal
    case winSuggestionDealText, winSuggestionGoalText, winPost, winDismiss, winsPostTitle, winFieldSubject, winFieldText
    case winPostedNotice, winDismissedNotice, startGoalsTitle, startGoalsIntro, startOpenGoals, startOpenWins
    case exportGoals, exportWinsReceived, exportWinsPosted, exportColumnPostedBy
    // Deals
    case dealTitle, dealIntro, dealClosedNoNextStep, dealNextStep, dealPlanCoaching, dealOpenExecution, dealFactsTitle, dealAccount
    case dealProduct, dealOwner, dealValue, dealCreated, dealEngaged, dealClosed, dealOutcome, dealSalesCycle, dealSalesCycleFromEngagement, dealSalesCycleFromCreation
    case dealOutcomeOpen, dealOutcomeWon, dealOutcomeLost, dealStageNow, dealStageNowDays, dealStalled, dealNotStalled
    case dealUnjudged, dealNoHistory, dealClosedNotJudged, stallBasisTeam, stallBasisOrganization, dealStagesTitle, dealStagesIntro
    case dealColumnEntered, dealColumnLeft, dealColumnDays, dealStillHere, dealActivitiesTitle, dealActivitiesIntro, dealActivitiesShown
    case dealActivitiesNone, dealColumnType, dealColumnPlanned, dealColumnDone, dealColumnState, dealColumnMoved, dealStateDone
    case dealStatePostponed, dealStatePlanned, dealStateOverdue, columnDeal, columnAccount, listPrevious, listNext, stalledOpenDeal
    case dealNextStepOwn, dealOpenOwnExecution
    // Passwords, change history, import history
    case passwordSetLink, passwordChangeLink, passwordResetTitle, passwordChangeTitle, passwordResetIntro, passwordChangeIntro, passwordCurrent
    case passwordNew, passwordConfirm, passwordHint, passwordSave, passwordChangedNotice, passwordResetNotice, historyIntro
    case historyBy, historyByNobody, historyByNobodySignIn, historyMore, auditDeletedTeam, auditDeletedMarket, auditDeletedPerson, importImportedBy
    case importImportedAt, importByCommandLine, importByFormerPerson
}
