import Foundation
import KeelCharts
import SalesDomain

extension ChartNumberFormat {
    /// A deal value or a sum of them, whole, with the organization's currency code after a
    /// no-break space: "12,300 SEK", "12 300 SEK". The code, never "kr": Swedish, Norwegian and
    /// Danish crowns all write "kr", and Keel converts none of them.
    func amount(_ value: Decimal, in currency: ReportingCurrency) -> String {
        amount(NSDecimalNumber(decimal: value).doubleValue, in: currency)
    }

    func amount(_ value: Double, in currency: ReportingCurrency) -> String {
        number(value, maximumFractionDigits: 0) + "\u{00A0}" + currency.code
    }

    /// A difference of amounts, always signed so a rise and a fall read apart: "+12,000 SEK".
    func signedAmount(_ difference: Double, in currency: ReportingCurrency) -> String {
        signed(difference, maximumFractionDigits: 0) + "\u{00A0}" + currency.code
    }
}
