import Foundation
@testable import KeelServer
import Testing
import Vapor

/// A multipart body whose part header holds a byte above 127 stopped the server (found by the
/// API fuzzer on `POST /api/v1/imports`); any form can be sent so, signed in or not.
@Suite struct MultipartBodiesTests {
    static let boundary = "c582e63a006edb9d032b5b64dc740eb8"
    static let hostile = Data("--\(boundary)\r\n".utf8) + Data([0xFF, 0xB9, 0xD1, 0x5A]) + Data("--\(boundary)--\r\n".utf8)

    @Test func aPartHeaderNameMustBeASCII() {
        #expect(!CheckedFormDataDecoder.partHeaderNamesAreASCII(Array(Self.hostile), boundary: Self.boundary))
        let readable = "--b\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nÿdeals\r\n--b--\r\n"
        #expect(CheckedFormDataDecoder.partHeaderNamesAreASCII(Array(readable.utf8), boundary: "b"))
        #expect(CheckedFormDataDecoder.partHeaderNamesAreASCII(Array("not multipart at all".utf8), boundary: "b"))
    }

    @Test func aHostilePartHeaderIsRefusedAndTheServerKeepsAnswering() async throws {
        try await withServer { server in
            var headers = HTTPHeaders()
            headers.contentType = HTTPMediaType(type: "multipart", subType: "form-data", parameters: ["boundary": Self.boundary])
            let login = try await server.send(.POST, "/login", headers: headers, body: Self.hostile)
            #expect(login.status.code >= 400 && login.status.code < 500)
            let token = try await server.token(for: server.demo.logins.admin)
            headers.bearerAuthorization = .init(token: token)
            let upload = try await server.send(.POST, "/api/v1/imports?kind=deals", headers: headers, body: Self.hostile)
            #expect(upload.status == .badRequest)
            #expect(try await server.send(.GET, "/healthz").status == .ok)
        }
    }
}
