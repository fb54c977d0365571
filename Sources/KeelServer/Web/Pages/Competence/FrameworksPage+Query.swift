import SalesDomain

extension FrameworksPage.Model {
    /// The page from the frameworks screen's answer alone (``CompetenceStore/frameworkList(for:)``).
    init(list: FrameworkList, fileProblems: [String] = [], errors: [FieldError] = []) {
        self.init(versions: list.versions, mayImport: list.mayChange, fileProblems: fileProblems, errors: errors)
    }
}
