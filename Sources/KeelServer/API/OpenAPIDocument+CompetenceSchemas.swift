extension OpenAPIDocument {
    /// The competence schemas, appended to `components.schemas`.
    static let competenceSchemas = #"""
    LocalizedText:
      type: object
      additionalProperties: false
      properties:
        en: { type: string }
        sv: { type: string }
        nb: { type: string }
    Scale:
      type: object
      additionalProperties: false
      required: [min, max]
      properties:
        min: { type: integer }
        max: { type: integer }
    FrameworkVersionList:
      type: object
      additionalProperties: false
      required: [items, total]
      properties:
        total: { type: integer }
        items:
          type: array
          items:
            type: object
            additionalProperties: false
            required: [id, key, version, name, status, scale, competencyCount]
            properties:
              id: { type: string, format: uuid }
              key: { type: string }
              version: { type: integer }
              name: { $ref: '#/components/schemas/LocalizedText' }
              status: { type: string, enum: [draft, published] }
              publishedAt: { type: string, format: date-time }
              scale: { $ref: '#/components/schemas/Scale' }
              competencyCount: { type: integer }
    Framework:
      type: object
      additionalProperties: false
      required: [id, key, version, name, status, scale, areas]
      properties:
        id: { type: string, format: uuid }
        key: { type: string }
        version: { type: integer }
        name: { $ref: '#/components/schemas/LocalizedText' }
        status: { type: string, enum: [draft, published] }
        publishedAt: { type: string, format: date-time }
        scale: { $ref: '#/components/schemas/Scale' }
        areas:
          type: array
          items:
            type: object
            additionalProperties: false
            required: [id, key, name, competencies]
            properties:
              id: { type: string, format: uuid }
              key: { type: string }
              name: { $ref: '#/components/schemas/LocalizedText' }
              competencies:
                type: array
                items:
                  type: object
                  additionalProperties: false
                  required: [id, key, name, levels]
                  properties:
                    id: { type: string, format: uuid }
                    key: { type: string }
                    name: { $ref: '#/components/schemas/LocalizedText' }
                    description: { $ref: '#/components/schemas/LocalizedText' }
                    levels:
                      type: array
                      items:
                        type: object
                        additionalProperties: false
                        required: [level, behavior, effective, ineffective]
                        properties:
                          level: { type: integer }
                          behavior: { $ref: '#/components/schemas/LocalizedText' }
                          effective: { type: array, items: { $ref: '#/components/schemas/LocalizedText' } }
                          ineffective: { type: array, items: { $ref: '#/components/schemas/LocalizedText' } }
    FrameworkRejected:
      type: object
      additionalProperties: false
      required: [error, problems]
      properties:
        error: { $ref: '#/components/schemas/ErrorDetail' }
        problems:
          type: array
          items:
            type: object
            additionalProperties: false
            required: [kind, message]
            properties:
              line: { type: integer, description: 1-based; absent for problems found after reading the file. }
              column: { type: integer }
              path: { type: string, description: 'e.g. areas[0].competencies[2].levels' }
              kind: { type: string }
              message: { type: string }
    RoleProfileEntry:
      type: object
      additionalProperties: false
      required: [competencyID, targetLevel, weight]
      properties:
        competencyID: { type: string, format: uuid }
        targetLevel: { type: integer }
        weight: { type: number }
    RoleProfile:
      type: object
      additionalProperties: false
      required: [id, frameworkID, jobRole, entries]
      properties:
        id: { type: string, format: uuid }
        frameworkID: { type: string, format: uuid }
        jobRole: { $ref: '#/components/schemas/JobRole' }
        marketID: { type: string, format: uuid }
        entries: { type: array, items: { $ref: '#/components/schemas/RoleProfileEntry' } }
    RoleProfileRequest:
      type: object
      additionalProperties: false
      required: [frameworkID, jobRole, entries]
      properties:
        frameworkID: { type: string, format: uuid }
        jobRole: { $ref: '#/components/schemas/JobRole' }
        marketID: { type: string, format: uuid }
        entries:
          type: array
          items:
            type: object
            additionalProperties: false
            required: [competencyID, targetLevel]
            properties:
              competencyID: { type: string, format: uuid }
              targetLevel: { type: integer }
              weight: { type: number, description: Default 1. }
    ConsolidationPolicy:
      type: object
      additionalProperties: false
      properties:
        managerWeight: { type: number, minimum: 0 }
        selfWeight: { type: number, minimum: 0 }
        peerWeight: { type: number, minimum: 0 }
    Cycle:
      type: object
      additionalProperties: false
      required: [id, name, frameworkID, version, policy, participantCount, status, openedAt]
      properties:
        id: { type: string, format: uuid }
        name: { type: string }
        frameworkID: { type: string, format: uuid }
        version: { type: integer }
        policy: { $ref: '#/components/schemas/ConsolidationPolicy' }
        participantCount: { type: integer }
        status: { type: string, enum: [open, closed] }
        openedAt: { type: string, format: date-time }
        closedAt: { type: string, format: date-time }
    CycleRequest:
      type: object
      additionalProperties: false
      required: [name, frameworkID, version, participantIDs]
      properties:
        name: { type: string }
        frameworkID: { type: string, format: uuid }
        version: { type: integer }
        participantIDs: { type: array, items: { type: string, format: uuid } }
        policy: { $ref: '#/components/schemas/ConsolidationPolicy' }
    Rating:
      type: object
      additionalProperties: false
      required: [id, cycleID, raterID, rateeID, competencyID, source, level, evidence, status, updatedAt]
      properties:
        id: { type: string, format: uuid }
        cycleID: { type: string, format: uuid }
        raterID: { type: string, format: uuid }
        rateeID: { type: string, format: uuid }
        competencyID: { type: string, format: uuid }
        source: { type: string, enum: [self, manager, peer] }
        level: { type: integer }
        evidence: { type: string }
        status: { type: string, enum: [draft, submitted] }
        updatedAt: { type: string, format: date-time }
        submittedAt: { type: string, format: date-time }
    RatingRequest:
      type: object
      additionalProperties: false
      required: [rateeID, competencyID, source, level]
      properties:
        rateeID: { type: string, format: uuid }
        competencyID: { type: string, format: uuid }
        source: { type: string, enum: [self, manager, peer] }
        level: { type: integer }
        evidence: { type: string }
        submit: { type: boolean, description: Submit at once; submitting is final. }
    RatingHistory:
      type: object
      additionalProperties: false
      required: [ratingID, entries]
      properties:
        ratingID: { type: string, format: uuid }
        entries:
          type: array
          items:
            type: object
            additionalProperties: false
            required: [action, occurredAt, changes]
            properties:
              actorID: { type: string, format: uuid }
              action: { type: string }
              occurredAt: { type: string, format: date-time }
              changes:
                type: object
                description: Field name → its old and new value.
                additionalProperties:
                  type: object
                  properties:
                    old: { type: string }
                    new: { type: string }
    ResultComment:
      type: object
      additionalProperties: false
      required: [text, createdAt, updatedAt]
      properties:
        text: { type: string }
        createdAt: { type: string, format: date-time }
        updatedAt: { type: string, format: date-time }
    PersonResults:
      type: object
      additionalProperties: false
      required: [cycleID, personID, competencies, blindSpots]
      properties:
        cycleID: { type: string, format: uuid }
        personID: { type: string, format: uuid }
        roleProfileID: { type: string, format: uuid }
        competencies:
          type: array
          items:
            type: object
            additionalProperties: false
            required: [competencyID, sources]
            properties:
              competencyID: { type: string, format: uuid }
              level: { type: number, description: Consolidated by the cycle's policy. }
              sources: { type: array, items: { type: string, enum: [self, manager, peer] } }
              selfLevel: { type: number }
              managerLevel: { type: number }
              peers:
                type: object
                description: Only with at least three peers, never one by one.
                additionalProperties: false
                required: [raterCount, meanLevel]
                properties:
                  raterCount: { type: integer, minimum: 3 }
                  meanLevel: { type: number }
              targetLevel: { type: integer }
              weight: { type: number }
              gap: { type: number, description: Level minus target; negative below target. }
        fit:
          type: object
          additionalProperties: false
          required: [ratedWeightShare]
          properties:
            fitPercent: { type: number }
            ratedWeightShare: { type: number }
        blindSpots:
          type: array
          items:
            type: object
            additionalProperties: false
            required: [competencyID, selfLevel, managerLevel, difference, direction]
            properties:
              competencyID: { type: string, format: uuid }
              selfLevel: { type: number }
              managerLevel: { type: number }
              difference: { type: number }
              direction: { type: string, enum: [over_estimation, under_estimation] }
        comment: { $ref: '#/components/schemas/ResultComment' }
    CompetenceTrends:
      type: object
      additionalProperties: false
      required: [personID, trends]
      properties:
        personID: { type: string, format: uuid }
        trends:
          type: array
          items:
            type: object
            additionalProperties: false
            required: [competencyID, points]
            properties:
              competencyID: { type: string, format: uuid }
              latestChange: { type: number }
              points:
                type: array
                items:
                  type: object
                  additionalProperties: false
                  required: [cycleID, level]
                  properties:
                    cycleID: { type: string, format: uuid }
                    level: { type: number }
                    change: { type: number }
    HeatmapTotal:
      type: object
      additionalProperties: false
      required: [competencyID, ratedCount]
      properties:
        competencyID: { type: string, format: uuid }
        meanLevel: { type: number }
        belowTargetShare: { type: number, minimum: 0, maximum: 1 }
        ratedCount: { type: integer }
    Heatmap:
      type: object
      additionalProperties: false
      required: [cycleID, rows, adjusted, cells]
      properties:
        cycleID: { type: string, format: uuid }
        rows: { type: string, enum: [teams, markets] }
        team: { type: string, format: uuid }
        jobRole: { $ref: '#/components/schemas/JobRole' }
        adjusted: { type: boolean, description: Whether ratings were corrected for rater leniency. }
        adjustment: { $ref: '#/components/schemas/LeniencyAdjustment' }
        cells:
          type: array
          items:
            type: object
            additionalProperties: false
            required: [group, competencyID, ratedCount]
            properties:
              group:
                type: object
                additionalProperties: false
                required: [kind]
                properties:
                  kind: { type: string, enum: [team, market, unassigned] }
                  id: { type: string, format: uuid }
              competencyID: { type: string, format: uuid }
              meanLevel: { type: number }
              belowTargetShare: { type: number, minimum: 0, maximum: 1 }
              ratedCount: { type: integer }
        organization:
          type: array
          description: The organization's total row; only for callers who see the whole organization.
          items: { $ref: '#/components/schemas/HeatmapTotal' }
    LeniencyAdjustment:
      type: object
      description: The calibration exercise whose measured rater leniencies corrected the levels.
      additionalProperties: false
      required: [exerciseID, exerciseName, raterCount]
      properties:
        exerciseID: { type: string, format: uuid }
        exerciseName: { type: string }
        closedAt: { type: string, format: date-time }
        raterCount: { type: integer, description: Raters with a measured leniency. }
    HeatmapPeople:
      type: object
      additionalProperties: false
      required: [cycleID, group, adjusted, people]
      properties:
        cycleID: { type: string, format: uuid }
        group: { type: string }
        jobRole: { $ref: '#/components/schemas/JobRole' }
        adjusted:
          type: boolean
          description: |
            Whether the levels of people rated by a calibrated rater were corrected for leniency, as
            the heatmap with `adjust=leniency` counts them; everyone else's levels are as rated.
        adjustment: { $ref: '#/components/schemas/LeniencyAdjustment' }
        people:
          type: array
          items:
            type: object
            additionalProperties: false
            required: [personID, jobRole, levels]
            properties:
              personID: { type: string, format: uuid }
              jobRole: { $ref: '#/components/schemas/JobRole' }
              teamID: { type: string, format: uuid }
              marketID: { type: string, format: uuid }
              levels:
                type: array
                items:
                  type: object
                  additionalProperties: false
                  required: [competencyID]
                  properties:
                    competencyID: { type: string, format: uuid }
                    level: { type: number }
                    targetLevel: { type: integer }
    CalibrationExercise:
      type: object
      additionalProperties: false
      required: [id, name, frameworkID, version, competencyIDs, raterIDs, targets, status, openedAt]
      properties:
        id: { type: string, format: uuid }
        name: { type: string }
        frameworkID: { type: string, format: uuid }
        version: { type: integer }
        competencyIDs: { type: array, items: { type: string, format: uuid } }
        raterIDs: { type: array, items: { type: string, format: uuid } }
        targets:
          type: array
          items:
            type: object
            additionalProperties: false
            required: [id, title, material]
            properties:
              id: { type: string, format: uuid }
              title: { type: string }
              personID: { type: string, format: uuid }
              material: { type: string }
        status: { type: string, enum: [open, closed] }
        openedAt: { type: string, format: date-time }
        closedAt: { type: string, format: date-time }
    CalibrationRequest:
      type: object
      additionalProperties: false
      required: [name, frameworkID, version, competencyIDs, raterIDs, targets]
      properties:
        name: { type: string }
        frameworkID: { type: string, format: uuid }
        version: { type: integer }
        competencyIDs: { type: array, items: { type: string, format: uuid } }
        raterIDs: { type: array, items: { type: string, format: uuid } }
        targets:
          type: array
          items:
            type: object
            additionalProperties: false
            required: [title]
            properties:
              title: { type: string }
              personID: { type: string, format: uuid }
              material: { type: string }
    CalibrationScore:
      type: object
      additionalProperties: false
      required: [exerciseID, targetID, raterID, competencyID, level]
      properties:
        exerciseID: { type: string, format: uuid }
        targetID: { type: string, format: uuid }
        raterID: { type: string, format: uuid }
        competencyID: { type: string, format: uuid }
        level: { type: integer }
    Agreement:
      type: object
      additionalProperties: false
      required: [targetCount, raterCount, meanSquares, coefficients]
      properties:
        targetCount: { type: integer }
        raterCount: { type: integer }
        meanSquares:
          type: object
          additionalProperties: false
          required: [betweenTargets, withinTargets, betweenRaters, residual]
          properties:
            betweenTargets: { type: number, description: BMS }
            withinTargets: { type: number, description: WMS }
            betweenRaters: { type: number, description: JMS }
            residual: { type: number, description: EMS }
        coefficients:
          type: array
          description: ICC(1,1), ICC(2,1), ICC(3,1), ICC(1,k), ICC(2,k), ICC(3,k) (Shrout & Fleiss 1979).
          items:
            type: object
            additionalProperties: false
            required: [name, model, averageOfRaters]
            properties:
              name: { type: string }
              model: { type: integer, enum: [1, 2, 3] }
              averageOfRaters: { type: boolean }
              value: { type: number }
    CalibrationResults:
      type: object
      additionalProperties: false
      required: [exercise, scoreCount, byCompetency, leniency]
      properties:
        exercise: { $ref: '#/components/schemas/CalibrationExercise' }
        scoreCount: { type: integer }
        agreement: { $ref: '#/components/schemas/Agreement' }
        agreementProblem: { type: string, description: Why there is no agreement yet. }
        byCompetency:
          type: array
          items:
            type: object
            additionalProperties: false
            required: [competencyID, agreement]
            properties:
              competencyID: { type: string, format: uuid }
              agreement: { $ref: '#/components/schemas/Agreement' }
        leniency:
          type: array
          items:
            type: object
            additionalProperties: false
            required: [raterID, leniency, comparedTargetCount]
            properties:
              raterID: { type: string, format: uuid }
              leniency: { type: number, description: Mean deviation from the other raters; positive is lenient. }
              comparedTargetCount: { type: integer }
"""#

    /// The competence path parameters, appended to `components.parameters`.
    static let competenceParameters = #"""
    FrameworkID: { name: frameworkID, in: path, required: true, schema: { type: string, format: uuid } }
    FrameworkVersion: { name: version, in: path, required: true, schema: { type: integer, minimum: 1 } }
    CycleID: { name: cycleID, in: path, required: true, schema: { type: string, format: uuid } }
    RatingID: { name: ratingID, in: path, required: true, schema: { type: string, format: uuid } }
    ExerciseID: { name: exerciseID, in: path, required: true, schema: { type: string, format: uuid } }
"""#
}
