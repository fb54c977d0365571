import SalesDomain

extension FrameworkDocument {
    /// Keel's default competency framework for Nordic B2B selling: 8 areas from prospecting to
    /// planning, 23 competencies, each level written as behavior a sales manager can see in a
    /// meeting or in the CRM, in English, Swedish and Norwegian (bokmål). The demo organization
    /// uses it, and a new organization can start from it and make it its own.
    ///
    /// Parsed from ``nordicB2BYAML`` on first use. A problem in that text is a bug in Keel, not
    /// something a user can fix, so it stops the program; `DefaultFrameworkTests` parse the text
    /// with every check and name the line long before a release could.
    public static let nordicB2B: FrameworkDocument = {
        do {
            return try FrameworkFile.parse(nordicB2BYAML)
        } catch {
            preconditionFailure("The default framework does not parse:\n\(error)")
        }
    }()

    /// The default framework as a YAML framework file (the format ``FrameworkFile`` reads).
    ///
    /// Kept as Swift source rather than a bundled resource so that the `keel` binary can be
    /// copied to a server on its own. Levels: 1 = not yet shown, 2 = shown with support or
    /// inconsistently, 3 = solid and independent, 4 = adapts to complex deals, 5 = a role model
    /// who raises others. Every competency has an ineffective example at level 1 or 2 and an
    /// effective one at level 4 or 5.
    public static let nordicB2BYAML = [
        nordicB2BHeader, nordicB2BProspecting, nordicB2BNeedsAnalysis, nordicB2BValuePresentation, nordicB2BNegotiation,
        nordicB2BClosing, nordicB2BAccountDevelopment, nordicB2BPipelineDiscipline, nordicB2BPlanningAndPrioritization,
    ].joined(separator: "\n\n") + "\n"

    /// The file's key, names and scale; the areas follow, one file each.
    static let nordicB2BHeader = #"""
    format: 1
    key: nordic-b2b
    name:
      en: Nordic B2B selling
      sv: Nordisk B2B-försäljning
      nb: Nordisk B2B-salg
    scale:
      min: 1
      max: 5
    areas:
    """#
}
