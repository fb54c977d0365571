import SalesDomain

enum FieldErrorFactory {
    static func invalid(field: String, raw: String, allowed: [String]) -> FieldError {
        FieldError(field: field, code: .invalidValue,
                   message: "'\(raw)' is not one of \(allowed.joined(separator: ", "))")
    }
}
