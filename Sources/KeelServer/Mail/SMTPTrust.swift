import Foundation
import NIOSSL

/// Which certificates a relay's certificate may chain to: the system's trust store, and the
/// certificates of `KEEL_SMTP_CA_FILE` for a company relay signed by a private CA. Verification
/// (chain, expiry and the relay's name) is always on; there is deliberately no setting that turns
/// it off — a development relay's self-signed certificate can be named as the CA file instead.
public struct SMTPTrust: Hashable, Sendable {
    /// The PEM file the extra certificates were read from, for messages.
    public var caFile: String?
    var additionalCertificates: [NIOSSLCertificate]

    /// The system's trust store alone.
    public static let system = SMTPTrust(caFile: nil, additionalCertificates: [])

    private init(caFile: String?, additionalCertificates: [NIOSSLCertificate]) {
        self.caFile = caFile
        self.additionalCertificates = additionalCertificates
    }

    /// The system's trust store and every certificate in a PEM file, read now so that a wrong
    /// path stops the server at start rather than the first Monday's delivery.
    public init(caFile path: String) throws(SMTPRelay.ConfigurationProblem) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw SMTPRelay.ConfigurationProblem("KEEL_SMTP_CA_FILE '\(path)': no such file")
        }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw SMTPRelay.ConfigurationProblem("KEEL_SMTP_CA_FILE '\(path)': the file cannot be read by this process")
        }
        let certificates: [NIOSSLCertificate]
        do { certificates = try NIOSSLCertificate.fromPEMFile(path) } catch {
            certificates = []
        }
        guard !certificates.isEmpty else {
            throw SMTPRelay.ConfigurationProblem(
                "KEEL_SMTP_CA_FILE '\(path)' is not a PEM file of certificates (text blocks from -----BEGIN CERTIFICATE----- to -----END CERTIFICATE-----)")
        }
        self.init(caFile: path, additionalCertificates: certificates)
    }

    /// A client configuration that verifies the relay's certificate and name against this trust.
    func clientConfiguration() -> TLSConfiguration {
        var configuration = TLSConfiguration.makeClientConfiguration()
        configuration.certificateVerification = .fullVerification
        configuration.trustRoots = .default
        if !additionalCertificates.isEmpty {
            configuration.additionalTrustRoots = [.certificates(additionalCertificates)]
        }
        return configuration
    }
}
