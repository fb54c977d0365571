/// The JSON API's contract, served at `/openapi.yaml`.
///
/// A test parses this document and proves it matches the app: every `/api/v1` route is in it
/// and every documented path is routed, and every JSON body the API tests receive validates
/// against the schema documented for that operation and status.
enum OpenAPIDocument {
    static let yaml = #"""
openapi: 3.1.0
info:
  title: Keel API
  version: 1.0.0
  description: |
    The JSON API of Keel. Authenticate with `POST /api/v1/auth/token` and send the token as
    `Authorization: Bearer TOKEN`. Errors are `{"error": {"code", "message", "field"?}}`.
    What a caller sees follows their access role: a seller their own records, a manager their
    team subtree, a leader the organization or their markets, an admin the organization.
servers:
  - url: /
security:
  - bearer: []
paths:
  /api/v1/auth/token:
    post:
      operationId: issueToken
      summary: Exchange an e-mail and password for a bearer token.
      security: []
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: '#/components/schemas/TokenRequest' }
      responses:
        '201':
          description: A new token.
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Token' }
        '400': { $ref: '#/components/responses/Error' }
        '401': { $ref: '#/components/responses/Error' }
        '429': { $ref: '#/components/responses/Error' }
    delete:
      operationId: revokeToken
      summary: Revoke the bearer token of this request.
      responses:
        '204': { description: Revoked. }
        '401': { $ref: '#/components/responses/Error' }
  /api/v1/me:
    get:
      operationId: getMe
      summary: The signed-in person, their organization, scope and capabilities.
      responses:
        '200':
          description: Me.
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Me' }
        '401': { $ref: '#/components/responses/Error' }
  /api/v1/organization:
    get:
      operationId: getOrganization
      summary: The organization overview (leaders and admins).
      responses:
        '200':
          description: Markets and the teams visible to the caller.
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Organization' }
        '401': { $ref: '#/components/responses/Error' }
        '403': { $ref: '#/components/responses/Error' }
  /api/v1/markets:
    get:
      operationId: listMarkets
      summary: The organization's markets.
      responses:
        '200':
          description: Markets.
          content:
            application/json:
              schema: { $ref: '#/components/schemas/MarketList' }
        '401': { $ref: '#/components/responses/Error' }
  /api/v1/people:
    get:
      operationId: listPeople
      summary: People within the caller's scope.
      parameters:
        - { name: teamID, in: query, schema: { type: string, format: uuid } }
        - { name: includeSubteams, in: query, schema: { type: boolean } }
        - { name: marketID, in: query, schema: { type: string, format: uuid } }
        - { name: accessRole, in: query, schema: { $ref: '#/components/schemas/AccessRole' } }
        - { name: includeInactive, in: query, schema: { type: boolean } }
        - { name: q, in: query, description: Part of a name or e-mail address., schema: { type: string } }
        - { name: limit, in: query, schema: { type: integer, minimum: 1, maximum: 1000, default: 100 } }
        - { name: offset, in: query, schema: { type: integer, minimum: 0, default: 0 } }
      responses:
        '200':
          description: A page of people.
          content:
            application/json:
              schema: { $ref: '#/components/schemas/PersonList' }
        '400': { $ref: '#/components/responses/Error' }
        '401': { $ref: '#/components/responses/Error' }
        '404': { $ref: '#/components/responses/Error' }
        '422': { $ref: '#/components/responses/Error' }
    post:
      operationId: createPerson
      summary: Add a person (admins).
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: '#/components/schemas/PersonCreate' }
      responses:
        '201':
          description: The new person.
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Person' }
        '400': { $ref: '#/components/responses/Error' }
        '401': { $ref: '#/components/responses/Error' }
        '403': { $ref: '#/components/responses/Error' }
        '409': { $ref: '#/components/responses/Error' }
        '422': { $ref: '#/components/responses/Error' }
  /api/v1/people/{personID}:
    parameters:
      - { name: personID, in: path, required: true, schema: { type: string, format: uuid } }
    get:
      operationId: getPerson
      summary: One person within the caller's scope.
      responses:
        '200':
          description: The person.
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Person' }
        '401': { $ref: '#/components/responses/Error' }
        '404': { $ref: '#/components/responses/Error' }
    patch:
      operationId: updatePerson
      summary: Edit, move (teamID) or (re)activate a person (admins). Absent fields stay; null clears.
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: '#/components/schemas/PersonPatch' }
      responses:
        '200':
          description: The person after the change.
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Person' }
        '400': { $ref: '#/components/responses/Error' }
        '401': { $ref: '#/components/responses/Error' }
        '403': { $ref: '#/components/responses/Error' }
        '404': { $ref: '#/components/responses/Error' }
        '409': { $ref: '#/components/responses/Error' }
        '422': { $ref: '#/components/responses/Error' }
    delete:
      operationId: deactivatePerson
      summary: Deactivate a person (admins). Their history is kept; they can no longer sign in.
      responses:
        '200':
          description: The deactivated person.
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Person' }
        '401': { $ref: '#/components/responses/Error' }
        '403': { $ref: '#/components/responses/Error' }
        '404': { $ref: '#/components/responses/Error' }
        '409': { $ref: '#/components/responses/Error' }
  /api/v1/people/{personID}/team-history:
    parameters:
      - { name: personID, in: path, required: true, schema: { type: string, format: uuid } }
    get:
      operationId: getPersonTeamHistory
      summary: The teams a person has been in, oldest first.
      responses:
        '200':
          description: Team memberships.
          content:
            application/json:
              schema: { $ref: '#/components/schemas/TeamMembershipList' }
        '401': { $ref: '#/components/responses/Error' }
        '404': { $ref: '#/components/responses/Error' }
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
components:
  securitySchemes:
    bearer:
      type: http
      scheme: bearer
  responses:
    Error:
      description: An error, naming the field when one is at fault.
      content:
        application/json:
          schema: { $ref: '#/components/schemas/Error' }
  schemas:
    Error:
      type: object
      additionalProperties: false
      required: [error]
      properties:
        error:
          type: object
          additionalProperties: false
          required: [code, message]
          properties:
            code: { type: string }
            message: { type: string }
            field: { type: string }
    Status:
      type: object
      additionalProperties: false
      required: [status]
      properties:
        status: { type: string }
        database: { type: string }
    TokenRequest:
      type: object
      additionalProperties: false
      required: [email, password]
      properties:
        email: { type: string }
        password: { type: string }
        label: { type: string }
    Token:
      type: object
      additionalProperties: false
      required: [token, expiresAt]
      properties:
        token: { type: string }
        expiresAt: { type: string, format: date-time }
    AccessRole:
      type: string
      enum: [seller, manager, leader, admin]
    JobRole:
      type: string
      enum: [sdr, inside_sales, account_executive, key_account_manager, sales_manager, head_of_sales, sales_operations]
    Person:
      type: object
      additionalProperties: false
      required: [id, name, email, jobRole, accessRole, leaderMarketIDs, active]
      properties:
        id: { type: string, format: uuid }
        name: { type: string }
        email: { type: string }
        jobRole: { $ref: '#/components/schemas/JobRole' }
        accessRole: { $ref: '#/components/schemas/AccessRole' }
        teamID: { type: string, format: uuid }
        marketID: { type: string, format: uuid }
        leaderMarketIDs: { type: array, items: { type: string, format: uuid } }
        language: { type: string, enum: [en, sv, nb] }
        active: { type: boolean }
        deactivatedAt: { type: string, format: date-time }
    PersonCreate:
      type: object
      additionalProperties: false
      required: [name, email, jobRole, accessRole]
      properties:
        name: { type: string, minLength: 1, maxLength: 200 }
        email: { type: string }
        jobRole: { $ref: '#/components/schemas/JobRole' }
        accessRole: { $ref: '#/components/schemas/AccessRole' }
        teamID: { type: string, format: uuid }
        marketID: { type: string, format: uuid }
        leaderMarketIDs: { type: array, items: { type: string, format: uuid } }
        password: { type: string, minLength: 12, maxLength: 128 }
    PersonPatch:
      type: object
      additionalProperties: false
      properties:
        name: { type: string, minLength: 1, maxLength: 200 }
        email: { type: string }
        jobRole: { $ref: '#/components/schemas/JobRole' }
        accessRole: { $ref: '#/components/schemas/AccessRole' }
        teamID: { type: [string, 'null'], format: uuid }
        marketID: { type: [string, 'null'], format: uuid }
        leaderMarketIDs: { type: array, items: { type: string, format: uuid } }
        active: { type: boolean }
    PersonList:
      type: object
      additionalProperties: false
      required: [items, total]
      properties:
        items: { type: array, items: { $ref: '#/components/schemas/Person' } }
        total: { type: integer }
        limit: { type: integer }
        offset: { type: integer }
    Team:
      type: object
      additionalProperties: false
      required: [id, name, active, headcount]
      properties:
        id: { type: string, format: uuid }
        name: { type: string }
        parentID: { type: string, format: uuid }
        marketID: { type: string, format: uuid }
        active: { type: boolean }
        deactivatedAt: { type: string, format: date-time }
        headcount: { type: integer, description: Active people directly in the team. }
    TeamCreate:
      type: object
      additionalProperties: false
      required: [name]
      properties:
        name: { type: string, minLength: 1, maxLength: 120 }
        parentID: { type: string, format: uuid }
        marketID: { type: string, format: uuid }
    TeamPatch:
      type: object
      additionalProperties: false
      properties:
        name: { type: string, minLength: 1, maxLength: 120 }
        parentID: { type: [string, 'null'], format: uuid }
        marketID: { type: [string, 'null'], format: uuid }
        active: { type: boolean }
    TeamList:
      type: object
      additionalProperties: false
      required: [items, total]
      properties:
        items: { type: array, items: { $ref: '#/components/schemas/Team' } }
        total: { type: integer }
        limit: { type: integer }
        offset: { type: integer }
    Market:
      type: object
      additionalProperties: false
      required: [id, code, name]
      properties:
        id: { type: string, format: uuid }
        code: { type: string }
        name: { type: string }
    MarketList:
      type: object
      additionalProperties: false
      required: [items, total]
      properties:
        items: { type: array, items: { $ref: '#/components/schemas/Market' } }
        total: { type: integer }
        limit: { type: integer }
        offset: { type: integer }
    TeamMembership:
      type: object
      additionalProperties: false
      required: [teamID, teamName, from]
      properties:
        teamID: { type: string, format: uuid }
        teamName: { type: string }
        from: { type: string, format: date-time }
        until: { type: string, format: date-time }
    TeamMembershipList:
      type: object
      additionalProperties: false
      required: [items, total]
      properties:
        items: { type: array, items: { $ref: '#/components/schemas/TeamMembership' } }
        total: { type: integer }
        limit: { type: integer }
        offset: { type: integer }
    Me:
      type: object
      additionalProperties: false
      required: [person, organization, scope, capabilities]
      properties:
        person: { $ref: '#/components/schemas/Person' }
        organization:
          type: object
          additionalProperties: false
          required: [id, name, slug]
          properties:
            id: { type: string, format: uuid }
            name: { type: string }
            slug: { type: string }
        team: { $ref: '#/components/schemas/Team' }
        scope: { type: string, enum: [organization, markets, team_subtree, own_records] }
        capabilities:
          type: array
          items: { type: string, enum: [read_own_records, read_others, read_organization, import_data, administer_directory] }
    ImportProblem:
      type: object
      additionalProperties: false
      required: [line, reason]
      properties:
        line: { type: integer }
        column: { type: string }
        value: { type: string }
        reason: { type: string }
        suggestion: { type: string }
    ImportResult:
      type: object
      additionalProperties: false
      required: [kind, dryRun, rejected, rows, inserted, updated, unchanged, stageTransitions, problems, problemCount, notes]
      properties:
        kind: { type: string }
        dryRun: { type: boolean }
        rejected: { type: boolean }
        rows: { type: integer }
        inserted: { type: integer }
        updated: { type: integer }
        unchanged: { type: integer }
        stageTransitions: { type: integer }
        problems: { type: array, items: { $ref: '#/components/schemas/ImportProblem' } }
        problemCount: { type: integer }
        notes: { type: array, items: { type: string } }
    ImportRejected:
      type: object
      additionalProperties: false
      required: [error]
      properties:
        error:
          type: object
          additionalProperties: false
          required: [code, message]
          properties:
            code: { type: string }
            message: { type: string }
            field: { type: string }
        report: { $ref: '#/components/schemas/ImportResult' }
    ImportRun:
      type: object
      additionalProperties: false
      required: [kind, mapping, fileName, asOf, rows, inserted, updated, unchanged]
      properties:
        kind: { type: string }
        mapping: { type: string }
        fileName: { type: string }
        asOf: { type: string, format: date-time }
        rows: { type: integer }
        inserted: { type: integer }
        updated: { type: integer }
        unchanged: { type: integer }
    ImportRunList:
      type: object
      additionalProperties: false
      required: [items, total]
      properties:
        items: { type: array, items: { $ref: '#/components/schemas/ImportRun' } }
        total: { type: integer }
        limit: { type: integer }
        offset: { type: integer }
    Organization:
      type: object
      additionalProperties: false
      required: [id, name, slug, markets, teams, activePeople]
      properties:
        id: { type: string, format: uuid }
        name: { type: string }
        slug: { type: string }
        markets: { type: array, items: { $ref: '#/components/schemas/Market' } }
        teams: { type: array, items: { $ref: '#/components/schemas/Team' } }
        activePeople: { type: integer }
"""#
}
