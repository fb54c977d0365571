extension OpenAPIDocument {
    /// `paths:` — authentication, the signed-in person, the organization, markets and people.
    static let peopleAndAuthPaths = #"""
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
"""#
}
