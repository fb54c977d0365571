/// A record read from an import file, which knows the line it came from.
public protocol LocatedRecord: Sendable {
    var line: Int { get }
}

extension DealRecord: LocatedRecord {}
extension ActivityRecord: LocatedRecord {}
extension PersonRecord: LocatedRecord {}
extension AccountRecord: LocatedRecord {}
extension ProductRecord: LocatedRecord {}
