extension OpenAPIDocument {
    /// The competence paths (SPEC §1): frameworks, role profiles, cycles, ratings, results,
    /// heatmaps and calibration.
    static let competencePaths = #"""
  /api/v1/competence/frameworks:
    get:
      operationId: listFrameworkVersions
      summary: Every version of every competency framework (any signed-in person).
      responses:
        '200':
          description: Versions, by key then version.
          content:
            application/json:
              schema: { $ref: '#/components/schemas/FrameworkVersionList' }
        '401': { $ref: '#/components/responses/Error' }
    post:
      operationId: importFramework
      summary: Import a framework file (YAML or JSON) as a new draft version (leaders and admins).
      description: |
        The body is the file itself. A framework whose key exists gets its next version, keeping the
        ids of areas and competencies by key. A broken file is refused with every problem (422).
      requestBody:
        required: true
        content:
          application/yaml: { schema: { type: string } }
          application/json: { schema: { type: object } }
      responses:
        '201':
          description: The new draft.
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Framework' }
        '400': { $ref: '#/components/responses/Error' }
        '401': { $ref: '#/components/responses/Error' }
        '403': { $ref: '#/components/responses/Error' }
        '409': { $ref: '#/components/responses/Error' }
        '413': { $ref: '#/components/responses/Error' }
        '415': { $ref: '#/components/responses/Error' }
        '422':
          description: The file has problems; each is listed with its line, column and path.
          content:
            application/json:
              schema: { $ref: '#/components/schemas/FrameworkRejected' }
  /api/v1/competence/frameworks/{frameworkID}/versions:
    post:
      operationId: startFrameworkVersion
      summary: Start the next version as a draft copy of the newest published one (leaders and admins).
      parameters:
        - { name: frameworkID, in: path, required: true, schema: { type: string, format: uuid } }
      responses:
        '201':
          description: The new draft.
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Framework' }
        '401': { $ref: '#/components/responses/Error' }
        '403': { $ref: '#/components/responses/Error' }
        '404': { $ref: '#/components/responses/Error' }
        '409': { $ref: '#/components/responses/Error' }
  /api/v1/competence/frameworks/{frameworkID}/versions/{version}:
    get:
      operationId: getFrameworkVersion
      summary: A whole framework version, every text in en/sv/nb.
      parameters:
        - { $ref: '#/components/parameters/FrameworkID' }
        - { $ref: '#/components/parameters/FrameworkVersion' }
      responses:
        '200':
          description: The version.
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Framework' }
        '401': { $ref: '#/components/responses/Error' }
        '404': { $ref: '#/components/responses/Error' }
    put:
      operationId: editFrameworkDraft
      summary: Replace a draft's content with a file's (leaders and admins); a published version is 409.
      parameters:
        - { $ref: '#/components/parameters/FrameworkID' }
        - { $ref: '#/components/parameters/FrameworkVersion' }
      requestBody:
        required: true
        content:
          application/yaml: { schema: { type: string } }
          application/json: { schema: { type: object } }
      responses:
        '200':
          description: The edited draft.
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Framework' }
        '401': { $ref: '#/components/responses/Error' }
        '403': { $ref: '#/components/responses/Error' }
        '404': { $ref: '#/components/responses/Error' }
        '409': { $ref: '#/components/responses/Error' }
        '413': { $ref: '#/components/responses/Error' }
        '415': { $ref: '#/components/responses/Error' }
        '422':
          description: The file has problems; each is listed with its line, column and path.
          content:
            application/json:
              schema: { $ref: '#/components/schemas/FrameworkRejected' }
  /api/v1/competence/frameworks/{frameworkID}/versions/{version}/file:
    get:
      operationId: downloadFrameworkVersion
      summary: The version as a framework file to download.
      parameters:
        - { $ref: '#/components/parameters/FrameworkID' }
        - { $ref: '#/components/parameters/FrameworkVersion' }
        - { name: format, in: query, schema: { type: string, enum: [yaml, json] }, description: Default yaml. }
      responses:
        '200':
          description: The file, as an attachment.
          content:
            application/yaml: { schema: { type: string } }
            application/json: { schema: { type: object } }
        '401': { $ref: '#/components/responses/Error' }
        '404': { $ref: '#/components/responses/Error' }
        '422': { $ref: '#/components/responses/Error' }
  /api/v1/competence/frameworks/{frameworkID}/versions/{version}/publish:
    post:
      operationId: publishFrameworkVersion
      summary: Publish a complete draft; it never changes again (leaders and admins). Twice is 409.
      parameters:
        - { $ref: '#/components/parameters/FrameworkID' }
        - { $ref: '#/components/parameters/FrameworkVersion' }
      responses:
        '200':
          description: The published version.
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Framework' }
        '401': { $ref: '#/components/responses/Error' }
        '403': { $ref: '#/components/responses/Error' }
        '404': { $ref: '#/components/responses/Error' }
        '409': { $ref: '#/components/responses/Error' }
        '422': { $ref: '#/components/responses/Error' }
  /api/v1/competence/role-profiles:
    get:
      operationId: listRoleProfiles
      summary: Every role profile (any signed-in person).
      responses:
        '200':
          description: Profiles.
          content:
            application/json:
              schema:
                type: object
                additionalProperties: false
                required: [items, total]
                properties:
                  items: { type: array, items: { $ref: '#/components/schemas/RoleProfile' } }
                  total: { type: integer }
        '401': { $ref: '#/components/responses/Error' }
    put:
      operationId: saveRoleProfile
      summary: Create (201) or replace (200) the profile of a framework, job role and market (leaders and admins).
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: '#/components/schemas/RoleProfileRequest' }
      responses:
        '200':
          description: The replaced profile.
          content:
            application/json:
              schema: { $ref: '#/components/schemas/RoleProfile' }
        '201':
          description: The new profile.
          content:
            application/json:
              schema: { $ref: '#/components/schemas/RoleProfile' }
        '400': { $ref: '#/components/responses/Error' }
        '401': { $ref: '#/components/responses/Error' }
        '403': { $ref: '#/components/responses/Error' }
        '409': { $ref: '#/components/responses/Error' }
        '422': { $ref: '#/components/responses/Error' }
  /api/v1/competence/cycles:
    get:
      operationId: listCycles
      summary: Assessment cycles, most recently opened first (any signed-in person).
      responses:
        '200':
          description: Cycles.
          content:
            application/json:
              schema:
                type: object
                additionalProperties: false
                required: [items, total]
                properties:
                  items: { type: array, items: { $ref: '#/components/schemas/Cycle' } }
                  total: { type: integer }
        '401': { $ref: '#/components/responses/Error' }
    post:
      operationId: openCycle
      summary: Open a cycle on a published framework version (leaders and admins).
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: '#/components/schemas/CycleRequest' }
      responses:
        '201':
          description: The open cycle.
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Cycle' }
        '400': { $ref: '#/components/responses/Error' }
        '401': { $ref: '#/components/responses/Error' }
        '403': { $ref: '#/components/responses/Error' }
        '409': { $ref: '#/components/responses/Error' }
        '422': { $ref: '#/components/responses/Error' }
  /api/v1/competence/cycles/{cycleID}/close:
    post:
      operationId: closeCycle
      summary: Close a cycle; ratings stop and people see their results (leaders and admins). Twice is 409.
      parameters:
        - { $ref: '#/components/parameters/CycleID' }
      responses:
        '200':
          description: The closed cycle.
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Cycle' }
        '401': { $ref: '#/components/responses/Error' }
        '403': { $ref: '#/components/responses/Error' }
        '404': { $ref: '#/components/responses/Error' }
        '409': { $ref: '#/components/responses/Error' }
  /api/v1/competence/cycles/{cycleID}/ratings:
    get:
      operationId: listOwnRatings
      summary: The caller's own ratings in the cycle, drafts included.
      parameters:
        - { $ref: '#/components/parameters/CycleID' }
      responses:
        '200':
          description: Ratings.
          content:
            application/json:
              schema:
                type: object
                additionalProperties: false
                required: [items, total]
                properties:
                  items: { type: array, items: { $ref: '#/components/schemas/Rating' } }
                  total: { type: integer }
        '401': { $ref: '#/components/responses/Error' }
        '404': { $ref: '#/components/responses/Error' }
    put:
      operationId: saveRating
      summary: Save the caller's rating of a person on a competency as a draft, or submit it.
      description: |
        Refused, naming the field and changing nothing, for a level outside the scale, a
        competency not in the person's profile, a self-assessment of someone else, a manager
        rating from someone who is not the person's manager, or a rating already submitted.
      parameters:
        - { $ref: '#/components/parameters/CycleID' }
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: '#/components/schemas/RatingRequest' }
      responses:
        '200':
          description: The rating as stored.
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Rating' }
        '400': { $ref: '#/components/responses/Error' }
        '401': { $ref: '#/components/responses/Error' }
        '404': { $ref: '#/components/responses/Error' }
        '409': { $ref: '#/components/responses/Error' }
        '422': { $ref: '#/components/responses/Error' }
  /api/v1/competence/cycles/{cycleID}/ratings/{ratingID}/submit:
    post:
      operationId: submitRating
      summary: Submit one of the caller's drafts as it is. Submitting is final; twice is 409.
      parameters:
        - { $ref: '#/components/parameters/CycleID' }
        - { $ref: '#/components/parameters/RatingID' }
      responses:
        '200':
          description: The submitted rating.
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Rating' }
        '401': { $ref: '#/components/responses/Error' }
        '404': { $ref: '#/components/responses/Error' }
        '409': { $ref: '#/components/responses/Error' }
        '422': { $ref: '#/components/responses/Error' }
  /api/v1/competence/cycles/{cycleID}/ratings/{ratingID}/history:
    get:
      operationId: getRatingHistory
      summary: Who changed a rating when, from what to what (its rater, or leaders and admins).
      parameters:
        - { $ref: '#/components/parameters/CycleID' }
        - { $ref: '#/components/parameters/RatingID' }
      responses:
        '200':
          description: Audit entries, newest first.
          content:
            application/json:
              schema: { $ref: '#/components/schemas/RatingHistory' }
        '401': { $ref: '#/components/responses/Error' }
        '404': { $ref: '#/components/responses/Error' }
  /api/v1/competence/cycles/{cycleID}/results/{personID}:
    get:
      operationId: getPersonResults
      summary: A person's results in a cycle; their own only once the cycle has closed (409 before).
      parameters:
        - { $ref: '#/components/parameters/CycleID' }
        - { name: personID, in: path, required: true, schema: { type: string, format: uuid } }
      responses:
        '200':
          description: The results.
          content:
            application/json:
              schema: { $ref: '#/components/schemas/PersonResults' }
        '401': { $ref: '#/components/responses/Error' }
        '404': { $ref: '#/components/responses/Error' }
        '409': { $ref: '#/components/responses/Error' }
  /api/v1/competence/cycles/{cycleID}/results/{personID}/comment:
    put:
      operationId: commentOnResults
      summary: The person assessed writes or rewrites their comment, once the cycle has closed.
      parameters:
        - { $ref: '#/components/parameters/CycleID' }
        - { name: personID, in: path, required: true, schema: { type: string, format: uuid } }
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              additionalProperties: false
              required: [text]
              properties:
                text: { type: string, maxLength: 10000 }
      responses:
        '200':
          description: The comment.
          content:
            application/json:
              schema: { $ref: '#/components/schemas/ResultComment' }
        '400': { $ref: '#/components/responses/Error' }
        '401': { $ref: '#/components/responses/Error' }
        '403': { $ref: '#/components/responses/Error' }
        '404': { $ref: '#/components/responses/Error' }
        '409': { $ref: '#/components/responses/Error' }
        '422': { $ref: '#/components/responses/Error' }
  /api/v1/competence/people/{personID}/competence-trends:
    get:
      operationId: getCompetenceTrends
      summary: How a person's consolidated levels moved across the closed cycles.
      parameters:
        - { name: personID, in: path, required: true, schema: { type: string, format: uuid } }
      responses:
        '200':
          description: One trend per competency.
          content:
            application/json:
              schema: { $ref: '#/components/schemas/CompetenceTrends' }
        '401': { $ref: '#/components/responses/Error' }
        '404': { $ref: '#/components/responses/Error' }
  /api/v1/competence/cycles/{cycleID}/heatmap:
    get:
      operationId: getCompetenceHeatmap
      summary: Team × competency or market × competency for a cycle (managers and up, within reach).
      description: |
        `rows=teams` without `team` and `rows=markets` need the whole organization (a market leader
        gets their own markets' rows); a manager asks for `rows=teams&team=<their team or one below>`.
        `adjust=leniency` corrects ratings for rater leniency measured in the framework's most recently
        closed calibration exercise, and says which.
      parameters:
        - { $ref: '#/components/parameters/CycleID' }
        - { name: rows, in: query, schema: { type: string, enum: [teams, markets] }, description: Default teams. }
        - { name: team, in: query, schema: { type: string, format: uuid }, description: With rows=teams, the teams under this one. }
        - { name: jobRole, in: query, schema: { $ref: '#/components/schemas/JobRole' } }
        - { name: adjust, in: query, schema: { type: string, enum: [leniency] } }
      responses:
        '200':
          description: The heatmap.
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Heatmap' }
        '400': { $ref: '#/components/responses/Error' }
        '401': { $ref: '#/components/responses/Error' }
        '403': { $ref: '#/components/responses/Error' }
        '404': { $ref: '#/components/responses/Error' }
        '409': { $ref: '#/components/responses/Error' }
        '422': { $ref: '#/components/responses/Error' }
  /api/v1/competence/cycles/{cycleID}/heatmap/people:
    get:
      operationId: getCompetenceHeatmapPeople
      summary: The people behind a heatmap row, with levels and targets, as far as the caller may see them.
      parameters:
        - { $ref: '#/components/parameters/CycleID' }
        - { name: group, in: query, required: true, schema: { type: string }, description: 'team:<id>, market:<id> or organization' }
        - { name: jobRole, in: query, schema: { $ref: '#/components/schemas/JobRole' } }
        - { name: adjust, in: query, schema: { type: string, enum: [leniency] }, description: 'Levels as the heatmap with adjust=leniency counts them.' }
      responses:
        '200':
          description: The people.
          content:
            application/json:
              schema: { $ref: '#/components/schemas/HeatmapPeople' }
        '400': { $ref: '#/components/responses/Error' }
        '401': { $ref: '#/components/responses/Error' }
        '403': { $ref: '#/components/responses/Error' }
        '404': { $ref: '#/components/responses/Error' }
        '409': { $ref: '#/components/responses/Error' }
  /api/v1/competence/calibrations:
    get:
      operationId: listCalibrations
      summary: Calibration exercises — all for leaders and admins, a manager's own for managers.
      responses:
        '200':
          description: Exercises, newest first.
          content:
            application/json:
              schema:
                type: object
                additionalProperties: false
                required: [items, total]
                properties:
                  items: { type: array, items: { $ref: '#/components/schemas/CalibrationExercise' } }
                  total: { type: integer }
        '401': { $ref: '#/components/responses/Error' }
        '403': { $ref: '#/components/responses/Error' }
    post:
      operationId: createCalibration
      summary: Start a calibration exercise on a published framework version (leaders and admins).
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: '#/components/schemas/CalibrationRequest' }
      responses:
        '201':
          description: The exercise.
          content:
            application/json:
              schema: { $ref: '#/components/schemas/CalibrationExercise' }
        '400': { $ref: '#/components/responses/Error' }
        '401': { $ref: '#/components/responses/Error' }
        '403': { $ref: '#/components/responses/Error' }
        '409': { $ref: '#/components/responses/Error' }
        '422': { $ref: '#/components/responses/Error' }
  /api/v1/competence/calibrations/{exerciseID}:
    get:
      operationId: getCalibrationResults
      summary: An exercise's agreement (the six Shrout & Fleiss ICCs) and each rater's leniency (its raters, leaders, admins).
      parameters:
        - { $ref: '#/components/parameters/ExerciseID' }
      responses:
        '200':
          description: The results.
          content:
            application/json:
              schema: { $ref: '#/components/schemas/CalibrationResults' }
        '401': { $ref: '#/components/responses/Error' }
        '403': { $ref: '#/components/responses/Error' }
        '404': { $ref: '#/components/responses/Error' }
  /api/v1/competence/calibrations/{exerciseID}/scores:
    put:
      operationId: recordCalibrationScore
      summary: The caller's score of one target on one competency (the exercise's raters only).
      parameters:
        - { $ref: '#/components/parameters/ExerciseID' }
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              additionalProperties: false
              required: [targetID, competencyID, level]
              properties:
                targetID: { type: string, format: uuid }
                competencyID: { type: string, format: uuid }
                level: { type: integer }
      responses:
        '200':
          description: The score.
          content:
            application/json:
              schema: { $ref: '#/components/schemas/CalibrationScore' }
        '400': { $ref: '#/components/responses/Error' }
        '401': { $ref: '#/components/responses/Error' }
        '403': { $ref: '#/components/responses/Error' }
        '404': { $ref: '#/components/responses/Error' }
        '409': { $ref: '#/components/responses/Error' }
        '422': { $ref: '#/components/responses/Error' }
  /api/v1/competence/calibrations/{exerciseID}/close:
    post:
      operationId: closeCalibration
      summary: Close an exercise; its scores stop changing (leaders and admins). Twice is 409.
      parameters:
        - { $ref: '#/components/parameters/ExerciseID' }
      responses:
        '200':
          description: The closed exercise.
          content:
            application/json:
              schema: { $ref: '#/components/schemas/CalibrationExercise' }
        '401': { $ref: '#/components/responses/Error' }
        '403': { $ref: '#/components/responses/Error' }
        '404': { $ref: '#/components/responses/Error' }
        '409': { $ref: '#/components/responses/Error' }
"""#
}
