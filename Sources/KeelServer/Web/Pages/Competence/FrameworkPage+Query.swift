import SalesDomain

extension FrameworkPage.Model {
    /// The page from one version's screen alone (``CompetenceStore/frameworkVersion(_:for:)``);
    /// `linkingNewerVersion` for a refusal that the newer version answers.
    init(screen: FrameworkVersionScreen, errors: [FieldError] = [], linkingNewerVersion: Bool = false, notice: String? = nil) {
        self.init(framework: screen.framework, mayChange: screen.mayChange, errors: errors,
                  newest: linkingNewerVersion ? screen.newerVersion : nil, notice: notice)
    }
}
