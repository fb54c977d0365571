/// The JSON API's contract: `Sources/KeelServer/openapi.yaml`, compiled into the binary and
/// served as it is at `/openapi.yaml`.
///
/// The file is the contract, not a copy of it: `scripts/test` validates it with
/// `openapi-spec-validator` and validates every JSON body the API tests received against the
/// schema it documents for that operation and status (`scripts/check-contract`); a Swift test
/// proves every `/api/v1` route is documented and every documented operation is routed.
enum OpenAPIDocument {
    static let yaml = String(decoding: PackageResources.openapi_yaml, as: UTF8.self)
}
