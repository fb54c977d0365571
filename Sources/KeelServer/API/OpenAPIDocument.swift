/// The JSON API's contract, served at `/openapi.yaml`.
///
/// A test parses this document and proves it matches the app: every `/api/v1` route is in it
/// and every documented path is routed, and every JSON body the API tests receive validates
/// against the schema documented for that operation and status.
enum OpenAPIDocument {
    /// The whole document: its header, the paths, and the shared components, kept in one file each.
    static let yaml = header + "\n" + peopleAndAuthPaths + "\n" + teamsImportsAndOperationsPaths + "\n" + analysisPaths + "\n"
        + competencePaths + "\n" + components + "\n" + analysisSchemas + "\n" + competenceSchemas + "\n" + analysisParameters
        + "\n" + competenceParameters

    static let header = #"""
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
"""#
}
