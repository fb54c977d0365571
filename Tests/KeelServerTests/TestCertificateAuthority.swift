import Foundation
import NIOSSL

/// A private certificate authority and a relay certificate for the name `localhost` that it
/// signed, made with the `openssl` command once per test run into a folder under `$TMPDIR`:
/// the TLS tests' relay presents the certificate, and Keel trusts it only through the CA file.
/// The relay certificate names `localhost` alone, so connecting to 127.0.0.1 is a wrong name.
struct TestCertificateAuthority: Sendable {
    let caFile: String
    let certificateFile: String
    let keyFile: String
    /// A file that is not PEM, for the configuration's refusal.
    let notPEMFile: String

    static let shared: Result<TestCertificateAuthority, Failure> = Result { () throws(Failure) in try make() }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The relay's side: the certificate and its key.
    func serverContext() throws -> NIOSSLContext {
        let chain = try NIOSSLCertificate.fromPEMFile(certificateFile).map { NIOSSLCertificateSource.certificate($0) }
        let key = try NIOSSLPrivateKey(file: keyFile, format: .pem)
        return try NIOSSLContext(configuration: .makeServerConfiguration(certificateChain: chain, privateKey: .privateKey(key)))
    }

    private static func make() throws(Failure) -> TestCertificateAuthority {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("keel-tls-\(UUID().uuidString)")
        do { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) } catch {
            throw Failure(description: "cannot create \(folder.path): \(error)")
        }
        func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
        let extensions = "subjectAltName=DNS:localhost\nbasicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n"
        do {
            try extensions.write(toFile: path("server.ext"), atomically: true, encoding: .utf8)
            try "not a certificate\n".write(toFile: path("not.pem"), atomically: true, encoding: .utf8)
        } catch {
            throw Failure(description: "cannot write into \(folder.path): \(error)")
        }
        let curve = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
        try openssl(["req", "-x509"] + curve + [
            "-keyout", path("ca.key"), "-out", path("ca.pem"), "-days", "2", "-subj", "/CN=Keel Test Private CA",
            "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign",
        ])
        try openssl(["req"] + curve + ["-keyout", path("server.key"), "-out", path("server.csr"), "-subj", "/CN=localhost"])
        try openssl([
            "x509", "-req", "-in", path("server.csr"), "-CA", path("ca.pem"), "-CAkey", path("ca.key"), "-set_serial", "2",
            "-days", "2", "-extfile", path("server.ext"), "-out", path("server.pem"),
        ])
        return TestCertificateAuthority(caFile: path("ca.pem"), certificateFile: path("server.pem"), keyFile: path("server.key"), notPEMFile: path("not.pem"))
    }

    private static func openssl(_ arguments: [String]) throws(Failure) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["openssl"] + arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        do { try process.run() } catch { throw Failure(description: "the TLS tests need the openssl command: \(error)") }
        let output = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "openssl \(arguments.joined(separator: " ")) failed: \(String(decoding: output, as: UTF8.self))")
        }
    }
}
