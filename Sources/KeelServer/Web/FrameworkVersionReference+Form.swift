import Foundation
import SalesDomain

extension FrameworkVersionReference {
    /// `<framework id>/<version>`: a framework version in one form field.
    var formValue: String { "\(frameworkID)/\(version)" }

    init?(formValue: String) {
        let parts = formValue.split(separator: "/")
        guard parts.count == 2, let id = CompetencyFramework.ID(uuidString: String(parts[0])), let version = Int(parts[1]) else { return nil }
        self.init(frameworkID: id, version: version)
    }
}
