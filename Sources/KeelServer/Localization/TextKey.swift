/// Every user-visible string of the web interface. Each catalog must translate every key;
/// a test walks `allCases` over the catalogs.
public enum TextKey: String, CaseIterable, Sendable {
    case appTagline
    case skipToContent
    case navOrganization, navMyTeam, navMyProfile, navAddPerson, navAddTeam, navSignOut
    case languageLabel, languageSubmit
    case signedInAs

    case loginTitle, loginIntro, loginEmail, loginPassword, loginSubmit, loginFailed, loginThrottled

    case organizationTitle, organizationMarkets, organizationNoMarket, organizationHeadcount, organizationHeadcountOne
    case organizationManagers, organizationSearchLabel, organizationSearchSubmit, organizationSearchResults
    case organizationSearchNone, organizationPeopleCount

    case teamParent, teamMarket, teamSubteams, teamPeople, teamNoPeople, teamDeactivated, teamManagers
    case teamEdit, teamDeactivate, teamReactivate, teamIncludesSubteams, teamShowingFirst

    case personEmail, personJobRole, personAccessRole, personTeam, personMarket, personStatus
    case personActive, personDeactivated, personTeamHistory, personFrom, personUntil, personPresent
    case personEdit, personDeactivate, personReactivate, personLeaderMarkets, personWholeOrganization
    case personNoTeam, personProfile, personHistory, personHistoryEmpty

    case formName, formSave, formCancel, formNone, formPassword, formPasswordHint, formParentTeam
    case formErrorSummary, formNewPerson, formEditPerson, formNewTeam, formEditTeam, formOptional

    case columnName, columnRole, columnJobRole, columnTeam, columnMarket, columnStatus

    case roleSeller, roleManager, roleLeader, roleAdmin
    case jobSDR, jobInsideSales, jobAccountExecutive, jobKeyAccountManager, jobSalesManager, jobHeadOfSales, jobSalesOperations

    case errorNotFoundTitle, errorNotFoundBody, errorForbiddenTitle, errorForbiddenBody
    case errorBadRequestTitle, errorGenericTitle, errorGenericBody, errorBackHome, errorCSRF

    case auditCreated, auditUpdated, auditMoved, auditDeactivated, auditReactivated

    case navImport, importTitle, importIntro, importKind, importMapping, importFile, importAsOf, importAsOfHint
    case importDryRun, importSubmit, importRecent, importNone, importRows, importRejected, importDone, importDryRunDone

    case navExecution, navMyActivities, executionTitle, executionIntro, executionScope, executionFrom, executionTo, executionShow
    case executionPeriod, scopeOrganization, scopeMarket, allocationTitle, allocationSummary, categorySelling, categorySupporting, categoryInternal
    case rateTitle, rateIntro, columnActivityType, columnPlanned, columnOnTime, columnRate, rateOverall, pressureTitle
    case pressureIntro, pressureNormal, pressureHigh, pressureRise, funnelTitle, funnelReached, funnelConversion, funnelMedian
    case funnelStalled, stalledTitle, stalledIntro, stalledNone, stalledMore, columnOwner, columnStage, columnDaysInStage
    case columnBar, columnDaysOver, columnValue, resultsTitle, resultsSummary, resultsCycle, resultsNone, reasonsTitle
    case reasonsReview, reasonsNone, columnReason, columnKind, columnTimes, columnPeople, reasonRecurring, classObstacle
    case classExcuseProne, chartNoData, chartMissing, activitiesTitle, activitiesIntro, activitiesOverdue, activitiesWeek, activitiesNone
    case activityDone, activityDoneOn, activityMove, activityDrop, activityNewDate, activityReason, activityDropped, activityMovedFrom
    case activityLogTitle, activityType, activityDate, activityMinutes, activitySubject, activityAlreadyDone, activityLogSubmit, activitySaved
    case teamPostponements, teamPostponementsIntro, teamPostponementsNone, columnPerson, columnPlannedFor, columnChange, columnReview, reviewVerified
    case reviewExcuse, reviewPending, executionLink
    case navReasons, reasonsSettingsTitle, reasonsSettingsIntro, columnCode, columnEnglish, columnSwedish, columnNorwegian, columnActive, reasonsNewRow, reasonsSaved
    case navWorkCategories, workCategoriesTitle, workCategoriesIntro, workCategoriesFallback, workCategoriesUnmapped, columnCategory, workCategoriesSaved
}
