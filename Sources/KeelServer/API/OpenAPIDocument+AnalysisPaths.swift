extension OpenAPIDocument {
    /// The execution analyses' paths (SPEC §2), all read-only and scoped.
    static let analysisPaths = #"""
  /api/v1/analyses/time-allocation:
    get:
      operationId: getTimeAllocation
      summary: Share of hours in selling, supporting and internal work, week by week (SPEC §2.1).
      parameters:
        - { $ref: '#/components/parameters/AnalysisScope' }
        - { name: from, in: query, schema: { type: string, pattern: '^[0-9]{4}-W[0-9]{2}$' }, description: First ISO week; default 12 weeks before `to`. }
        - { name: to, in: query, schema: { type: string, pattern: '^[0-9]{4}-W[0-9]{2}$' }, description: Last ISO week; default this week. }
      responses:
        '200':
          description: The analysis.
          content:
            application/json:
              schema: { $ref: '#/components/schemas/TimeAllocation' }
        '400': { $ref: '#/components/responses/Error' }
        '401': { $ref: '#/components/responses/Error' }
        '403': { $ref: '#/components/responses/Error' }
        '404': { $ref: '#/components/responses/Error' }
  /api/v1/analyses/execution-rate:
    get:
      operationId: getExecutionRate
      summary: Planned activities done within their planned week, overall and by activity type (SPEC §2.2).
      parameters:
        - { $ref: '#/components/parameters/AnalysisScope' }
        - { name: from, in: query, schema: { type: string, pattern: '^[0-9]{4}-W[0-9]{2}$' }, description: First ISO week; default 12 weeks before `to`. }
        - { name: to, in: query, schema: { type: string, pattern: '^[0-9]{4}-W[0-9]{2}$' }, description: Last ISO week; default this week. }
      responses:
        '200':
          description: The analysis.
          content:
            application/json:
              schema: { $ref: '#/components/schemas/ExecutionRate' }
        '400': { $ref: '#/components/responses/Error' }
        '401': { $ref: '#/components/responses/Error' }
        '403': { $ref: '#/components/responses/Error' }
        '404': { $ref: '#/components/responses/Error' }
  /api/v1/analyses/pressure:
    get:
      operationId: getPressure
      summary: Postponement rate per activity type in high-load versus normal weeks (SPEC §2.3).
      parameters:
        - { $ref: '#/components/parameters/AnalysisScope' }
        - { name: from, in: query, schema: { type: string, pattern: '^[0-9]{4}-W[0-9]{2}$' }, description: First ISO week; default 12 weeks before `to`. }
        - { name: to, in: query, schema: { type: string, pattern: '^[0-9]{4}-W[0-9]{2}$' }, description: Last ISO week; default this week. }
      responses:
        '200':
          description: The analysis.
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Pressure' }
        '400': { $ref: '#/components/responses/Error' }
        '401': { $ref: '#/components/responses/Error' }
        '403': { $ref: '#/components/responses/Error' }
        '404': { $ref: '#/components/responses/Error' }
  /api/v1/analyses/stage-velocity:
    get:
      operationId: getStageVelocity
      summary: Time in each stage and stage-to-stage conversion, for deals entering stages in the months given (SPEC §2.4).
      parameters:
        - { $ref: '#/components/parameters/AnalysisScope' }
        - { name: from, in: query, schema: { type: string, pattern: '^[0-9]{4}-[0-9]{2}$' }, description: First month; default 11 months before `to`. }
        - { name: to, in: query, schema: { type: string, pattern: '^[0-9]{4}-[0-9]{2}$' }, description: Last month; default this month. }
      responses:
        '200':
          description: The analysis.
          content:
            application/json:
              schema: { $ref: '#/components/schemas/StageVelocity' }
        '400': { $ref: '#/components/responses/Error' }
        '401': { $ref: '#/components/responses/Error' }
        '403': { $ref: '#/components/responses/Error' }
        '404': { $ref: '#/components/responses/Error' }
  /api/v1/analyses/stalled-deals:
    get:
      operationId: getStalledDeals
      summary: Open deals whose time in their current stage exceeds the 75th percentile of won deals (SPEC §2.4).
      description: The counts cover every stalled deal of the group; `stalled` is one page of them, most days over the bar first.
      parameters:
        - { $ref: '#/components/parameters/AnalysisScope' }
        - { name: limit, in: query, schema: { type: integer, minimum: 1, maximum: 1000, default: 100 }, description: Stalled deals on the page. }
        - { name: offset, in: query, schema: { type: integer, minimum: 0, default: 0 }, description: Position of the page's first deal in the full list. }
      responses:
        '200':
          description: The analysis.
          content:
            application/json:
              schema: { $ref: '#/components/schemas/StalledDeals' }
        '400': { $ref: '#/components/responses/Error' }
        '401': { $ref: '#/components/responses/Error' }
        '403': { $ref: '#/components/responses/Error' }
        '404': { $ref: '#/components/responses/Error' }
        '422': { $ref: '#/components/responses/Error' }
  /api/v1/analyses/deal-results:
    get:
      operationId: getDealResults
      summary: Win rate and median won cycle for deals closed in the months given (SPEC §2.5).
      parameters:
        - { $ref: '#/components/parameters/AnalysisScope' }
        - { name: from, in: query, schema: { type: string, pattern: '^[0-9]{4}-[0-9]{2}$' }, description: First month; default 11 months before `to`. }
        - { name: to, in: query, schema: { type: string, pattern: '^[0-9]{4}-[0-9]{2}$' }, description: Last month; default this month. }
      responses:
        '200':
          description: The analysis.
          content:
            application/json:
              schema: { $ref: '#/components/schemas/DealResults' }
        '400': { $ref: '#/components/responses/Error' }
        '401': { $ref: '#/components/responses/Error' }
        '403': { $ref: '#/components/responses/Error' }
        '404': { $ref: '#/components/responses/Error' }
  /api/v1/analyses/reasons:
    get:
      operationId: getReasons
      summary: Postponement reasons over time and how reviews came out (SPEC §2.6).
      parameters:
        - { $ref: '#/components/parameters/AnalysisScope' }
        - { name: granularity, in: query, schema: { type: string, enum: [week, month] }, description: Default month. }
        - { name: from, in: query, schema: { type: string }, description: First week (2026-W01) or month (2026-01), as granularity says. }
        - { name: to, in: query, schema: { type: string }, description: Last week or month. }
      responses:
        '200':
          description: The analysis.
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Reasons' }
        '400': { $ref: '#/components/responses/Error' }
        '401': { $ref: '#/components/responses/Error' }
        '403': { $ref: '#/components/responses/Error' }
        '404': { $ref: '#/components/responses/Error' }
"""#

    /// The analyses' schemas, appended to `components.schemas`.
    static let analysisSchemas = #"""
    Allocation:
      type: object
      additionalProperties: false
      required: [sellingMinutes, supportingMinutes, internalMinutes]
      properties:
        sellingMinutes: { type: integer }
        supportingMinutes: { type: integer }
        internalMinutes: { type: integer }
        sellingShare: { type: number, minimum: 0, maximum: 1 }
        supportingShare: { type: number, minimum: 0, maximum: 1 }
        internalShare: { type: number, minimum: 0, maximum: 1 }
    TimeAllocation:
      type: object
      additionalProperties: false
      required: [scope, from, to, total, weeks]
      properties:
        scope: { type: string }
        from: { type: string }
        to: { type: string }
        total: { $ref: '#/components/schemas/Allocation' }
        weeks:
          type: array
          items:
            type: object
            additionalProperties: false
            required: [week, allocation]
            properties:
              week: { type: string }
              allocation: { $ref: '#/components/schemas/Allocation' }
    Rate:
      type: object
      additionalProperties: false
      required: [planned, doneOnTime]
      properties:
        planned: { type: integer }
        doneOnTime: { type: integer }
        rate: { type: number, minimum: 0, maximum: 1 }
    ExecutionRate:
      type: object
      additionalProperties: false
      required: [scope, from, to, overall, byType]
      properties:
        scope: { type: string }
        from: { type: string }
        to: { type: string }
        overall: { $ref: '#/components/schemas/Rate' }
        byType:
          type: array
          items:
            type: object
            additionalProperties: false
            required: [activityType, rate]
            properties:
              activityType: { type: string }
              rate: { $ref: '#/components/schemas/Rate' }
    PostponementRate:
      type: object
      additionalProperties: false
      required: [scheduled, pushedOut]
      properties:
        scheduled: { type: integer }
        pushedOut: { type: integer }
        rate: { type: number, minimum: 0, maximum: 1 }
    Pressure:
      type: object
      additionalProperties: false
      required: [scope, from, to, highLoadThreshold, highLoadWeeks, normalWeeks, zeroCapacityWeeks, comparisons]
      properties:
        scope: { type: string }
        from: { type: string }
        to: { type: string }
        highLoadThreshold: { type: number }
        highLoadWeeks: { type: integer, description: Person-weeks above the threshold. }
        normalWeeks: { type: integer }
        zeroCapacityWeeks: { type: integer }
        comparisons:
          type: array
          description: Largest rise under load first.
          items:
            type: object
            additionalProperties: false
            required: [activityType, highLoad, normal]
            properties:
              activityType: { type: string }
              highLoad: { $ref: '#/components/schemas/PostponementRate' }
              normal: { $ref: '#/components/schemas/PostponementRate' }
              difference: { type: number, description: High-load rate minus normal rate. }
    StageVelocity:
      type: object
      additionalProperties: false
      required: [scope, from, to, stages]
      properties:
        scope: { type: string }
        from: { type: string }
        to: { type: string }
        stages:
          type: array
          items:
            type: object
            additionalProperties: false
            required: [stage, completedDeals, currentDeals, entered, advanced, lostHere, openHere]
            properties:
              stage: { type: string }
              completedDeals: { type: integer }
              currentDeals: { type: integer }
              medianDays: { type: number }
              percentile75Days: { type: number }
              meanDays: { type: number }
              entered: { type: integer }
              advanced: { type: integer }
              lostHere: { type: integer }
              openHere: { type: integer }
              conversionRate: { type: number, minimum: 0, maximum: 1 }
    StalledDeals:
      type: object
      additionalProperties: false
      required: [scope, asOf, total, limit, offset, byStage, stalled, unjudged]
      properties:
        scope: { type: string }
        asOf: { type: string, format: date-time }
        total: { type: integer, description: Stalled deals of the group in all stages. }
        limit: { type: integer }
        offset: { type: integer }
        byStage:
          type: array
          description: Stalled deals per stage, in pipeline order; stages without any are left out.
          items:
            type: object
            additionalProperties: false
            required: [stage, stalled]
            properties:
              stage: { type: string }
              stalled: { type: integer }
        unjudged: { type: integer, description: Open deals without stage history or without a won reference. }
        stalled:
          type: array
          items:
            type: object
            additionalProperties: false
            required: [dealID, ownerID, stage, value, enteredStageAt, daysInStage, thresholdDays, basis, daysOver]
            properties:
              dealID: { type: string, format: uuid }
              ownerID: { type: string, format: uuid }
              teamID: { type: string, format: uuid }
              stage: { type: string }
              value: { type: number }
              enteredStageAt: { type: string, format: date-time }
              daysInStage: { type: integer }
              thresholdDays: { type: number }
              basis: { type: string, enum: [team, organization] }
              daysOver: { type: number }
    DealResults:
      type: object
      additionalProperties: false
      required: [scope, from, to, won, lost, wonWithCycle]
      properties:
        scope: { type: string }
        from: { type: string }
        to: { type: string }
        won: { type: integer }
        lost: { type: integer }
        winRate: { type: number, minimum: 0, maximum: 1 }
        wonWithCycle: { type: integer }
        medianCycleDays: { type: number }
    Reasons:
      type: object
      additionalProperties: false
      required: [scope, from, to, reasons, review]
      properties:
        scope: { type: string }
        from: { type: string }
        to: { type: string }
        reasons:
          type: array
          description: Recurring reasons first.
          items:
            type: object
            additionalProperties: false
            required: [reasonCode, name, total, recurring, counts]
            properties:
              reasonCode: { type: string }
              name: { type: string }
              reasonClass: { type: string, enum: [obstacle, excuse_prone] }
              total: { type: integer }
              people: { type: integer, description: Distinct people who gave it (person and team scopes). }
              recurring: { type: boolean }
              counts:
                type: array
                items:
                  type: object
                  additionalProperties: false
                  required: [period, count]
                  properties:
                    period: { type: string }
                    count: { type: integer }
        review:
          type: object
          additionalProperties: false
          required: [postponements, verifiedObstacles, acceptedExcuses, unreviewed]
          properties:
            postponements: { type: integer }
            verifiedObstacles: { type: integer }
            acceptedExcuses: { type: integer }
            unreviewed: { type: integer }
            verifiedObstacleShare: { type: number, minimum: 0, maximum: 1 }
            acceptedExcuseShare: { type: number, minimum: 0, maximum: 1 }
"""#

    /// The `scope` parameter every analysis takes, appended to `components`.
    static let analysisParameters = #"""
  parameters:
    AnalysisScope:
      name: scope
      in: query
      description: |
        person:<id>, team:<id> (with its sub-teams), market:<id> or organization. Default: a seller's own
        figures, a manager's team, a leader's or admin's organization (a market leader's first market).
      schema: { type: string }
"""#
}
