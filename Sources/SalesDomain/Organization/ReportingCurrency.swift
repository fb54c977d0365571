import Foundation

/// The one currency an organization's deal values are in: Keel stores no currency per deal,
/// the importer converts, and every page and answer names this code next to an amount.
///
/// An ISO 4217 code of a currency in circulation (`SEK`, `NOK`, `DKK`, `EUR`, `USD` …). SEK until
/// an organization sets one, as its time zone is Europe/Stockholm until set: Keel's first users
/// are Nordic.
public struct ReportingCurrency: Hashable, Sendable, CustomStringConvertible {
    /// Three capital letters.
    public let code: String

    /// `nil` unless `code`, in any case and with spaces around it, is a currency in circulation.
    public init?(code: String) {
        let code = code.trimmingCharacters(in: .whitespaces).uppercased()
        guard Self.circulating.contains(code) else { return nil }
        self.code = code
    }

    /// The currency `typed` names, or the problem at `field` quoting what was typed.
    public static func validated(_ typed: String, field: String) throws(FieldError) -> ReportingCurrency {
        guard let currency = ReportingCurrency(code: typed) else {
            throw FieldError(field: field, code: .invalidValue, .notACurrency, ["value": typed])
        }
        return currency
    }

    /// Keel's currency until an organization sets its own.
    public static let standard = ReportingCurrency(code: "SEK")!

    /// Every currency an organization may choose, by code.
    public static let choices: [ReportingCurrency] = circulating.sorted().map { ReportingCurrency(known: $0) }

    /// Foundation's codes of the currencies in use today: a withdrawn one (`FIM`, `DEM`) or a
    /// fund or metal code (`XAU`) is nothing a CRM exports deal values in.
    private static let circulating: Set<String> = Set(Locale.commonISOCurrencyCodes)

    private init(known code: String) {
        self.code = code
    }

    public var description: String { code }
}

/// Stored and sent as its code alone; a stored code no longer in circulation fails to decode
/// rather than turning into another currency.
extension ReportingCurrency: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let code = try container.decode(String.self)
        guard let currency = ReportingCurrency(code: code) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(code)' is not a currency in circulation")
        }
        self = currency
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(code)
    }
}
