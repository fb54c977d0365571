import SalesDomain

extension PracticeLibraryDocument {
    /// Keel's default practice library for the default framework (``FrameworkDocument/nordicB2B``):
    /// drills, role-plays and micro-lessons for every competency, in English, Swedish and
    /// Norwegian. Parsed from ``nordicB2BYAML`` on first use; a problem in that text is a bug in
    /// Keel, caught by its tests, so it stops the program rather than shipping a partial library.
    public static let nordicB2B: PracticeLibraryDocument = {
        do {
            return try PracticeLibraryFile.parse(nordicB2BYAML)
        } catch {
            fatalError("The default practice library does not parse: \(error)")
        }
    }()

    /// The library as one practice file, area by area in the framework's order.
    public static let nordicB2BYAML = (["format: 1\nitems:\n"] + [nordicB2BProspecting, nordicB2BNeedsAnalysis, nordicB2BValuePresentation, nordicB2BNegotiation, nordicB2BClosing, nordicB2BAccountDevelopment, nordicB2BPipelineDiscipline, nordicB2BPlanningAndPrioritization]).joined(separator: "\n")
}
