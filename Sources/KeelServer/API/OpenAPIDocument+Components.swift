extension OpenAPIDocument {
    /// `components:` — security scheme, the error response and every schema.
    static let components = #"""
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
    ErrorDetail:
      type: object
      additionalProperties: false
      required: [code, message]
      properties:
        code: { type: string }
        message: { type: string }
        field: { type: string, description: The input field at fault, when there is one. }
    Error:
      type: object
      additionalProperties: false
      required: [error]
      properties:
        error: { $ref: '#/components/schemas/ErrorDetail' }
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
          items: { type: string, enum: [read_own_records, read_others, read_organization, import_data, configure_rules, administer_directory] }
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
        error: { $ref: '#/components/schemas/ErrorDetail' }
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
