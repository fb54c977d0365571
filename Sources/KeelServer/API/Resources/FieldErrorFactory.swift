import SalesDomain

enum FieldErrorFactory {
    static func invalid(field: String, raw: String, allowed: [String]) -> FieldError {
        FieldError(field: field, code: .invalidValue, .notOneOf, ["value": raw, "choices": allowed.joined(separator: ", ")])
    }
}
