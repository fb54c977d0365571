@testable import KeelServer
import Testing

/// Stored token and session hashes must keep their form: lowercase hex SHA-256.
struct SecretTests {
    @Test func theHashIsLowercaseHexSHA256() {
        #expect(Secret.hash("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(Secret.hash("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }
}
