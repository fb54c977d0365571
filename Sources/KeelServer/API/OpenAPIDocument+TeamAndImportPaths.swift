extension OpenAPIDocument {
    /// The rest of `paths:` — teams, imports, and the operational endpoints.
    static let teamsImportsAndOperationsPaths = #"""
  /api/v1/teams:
    get:
      operationId: listTeams
      summary: Teams within the caller's scope (managers and up).
      parameters:
        - { name: includeInactive, in: query, schema: { type: boolean } }
      responses:
        '200':
          description: Teams.
          content:
            application/json:
              schema: { $ref: '#/components/schemas/TeamList' }
        '401': { $ref: '#/components/responses/Error' }
        '403': { $ref: '#/components/responses/Error' }
    post:
      operationId: createTeam
      summary: Add a team (admins).
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: '#/components/schemas/TeamCreate' }
      responses:
        '201':
          description: The new team.
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Team' }
        '400': { $ref: '#/components/responses/Error' }
        '401': { $ref: '#/components/responses/Error' }
        '403': { $ref: '#/components/responses/Error' }
        '422': { $ref: '#/components/responses/Error' }
  /api/v1/teams/{teamID}:
    parameters:
      - { name: teamID, in: path, required: true, schema: { type: string, format: uuid } }
    get:
      operationId: getTeam
      summary: One team within the caller's scope.
      responses:
        '200':
          description: The team.
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Team' }
        '401': { $ref: '#/components/responses/Error' }
        '403': { $ref: '#/components/responses/Error' }
        '404': { $ref: '#/components/responses/Error' }
    patch:
      operationId: updateTeam
      summary: Rename, move (parentID), change market or (re)activate a team (admins).
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: '#/components/schemas/TeamPatch' }
      responses:
        '200':
          description: The team after the change.
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Team' }
        '400': { $ref: '#/components/responses/Error' }
        '401': { $ref: '#/components/responses/Error' }
        '403': { $ref: '#/components/responses/Error' }
        '404': { $ref: '#/components/responses/Error' }
        '409': { $ref: '#/components/responses/Error' }
        '422': { $ref: '#/components/responses/Error' }
    delete:
      operationId: deactivateTeam
      summary: Deactivate a team without active people or sub-teams (admins).
      responses:
        '200':
          description: The deactivated team.
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Team' }
        '401': { $ref: '#/components/responses/Error' }
        '403': { $ref: '#/components/responses/Error' }
        '404': { $ref: '#/components/responses/Error' }
        '409': { $ref: '#/components/responses/Error' }
  /api/v1/imports:
    get:
      operationId: listImports
      summary: The latest imports that were kept (leaders and admins).
      responses:
        '200':
          description: Recent imports, newest first.
          content:
            application/json:
              schema: { $ref: '#/components/schemas/ImportRunList' }
        '401': { $ref: '#/components/responses/Error' }
        '403': { $ref: '#/components/responses/Error' }
    post:
      operationId: createImport
      summary: Import a CRM export (leaders and admins). The whole file is imported or nothing is.
      description: |
        The body is the CSV file itself. Rows are matched by external id, e-mail or name, so the
        same file twice changes nothing; a later export with other stages records stage changes
        dated `asOf`. A file with any bad row is rejected with a row-level report (422).
      parameters:
        - { name: kind, in: query, required: true, schema: { type: string, enum: [deals, activities, people, accounts, products] } }
        - { name: mapping, in: query, required: true, description: A built-in mapping name., schema: { type: string } }
        - { name: asOf, in: query, description: The date the export was taken (YYYY-MM-DD)., schema: { type: string, format: date } }
        - { name: dryRun, in: query, schema: { type: boolean } }
      requestBody:
        required: true
        content:
          text/csv:
            schema: { type: string }
      responses:
        '200':
          description: What the import did (or, for a dry run, would do).
          content:
            application/json:
              schema: { $ref: '#/components/schemas/ImportResult' }
        '400': { $ref: '#/components/responses/Error' }
        '401': { $ref: '#/components/responses/Error' }
        '403': { $ref: '#/components/responses/Error' }
        '413': { $ref: '#/components/responses/Error' }
        '422':
          description: Bad parameters, a file that is not CSV, or rows with problems (then `report` lists them).
          content:
            application/json:
              schema: { $ref: '#/components/schemas/ImportRejected' }
  /healthz:
    get:
      operationId: health
      summary: The process is up.
      security: []
      responses:
        '200':
          description: Up.
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Status' }
  /readyz:
    get:
      operationId: readiness
      summary: The database is reachable.
      security: []
      responses:
        '200':
          description: Ready.
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Status' }
        '503':
          description: Not ready.
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Status' }
  /metrics:
    get:
      operationId: metrics
      summary: Prometheus metrics in the text exposition format.
      security: []
      responses:
        '200':
          description: Metrics.
          content:
            text/plain:
              schema: { type: string }
  /openapi.yaml:
    get:
      operationId: openAPIDocument
      summary: This document.
      security: []
      responses:
        '200':
          description: The OpenAPI document.
          content:
            application/yaml:
              schema: { type: string }
"""#
}
