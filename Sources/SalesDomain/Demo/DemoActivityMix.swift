/// How often each ``DemoActivityKind`` turns up in one job role's week.
///
/// Weights are relative counts. They follow what each role is for: SDRs open doors
/// (prospecting, calls), inside sales runs short remote cycles (calls, demos), account
/// executives run deals (meetings, proposals) and key account managers farm a few large
/// customers (meetings, follow-ups, little prospecting).
struct DemoActivityMix: Sendable {
    private let kindIndices: [Int]
    private let cumulativeWeights: [Int]

    private init(_ weights: [ActivityType: Int]) {
        var indices: [Int] = []
        var cumulative: [Int] = []
        var total = 0
        for (index, kind) in DemoActivityKind.kinds.enumerated() {
            guard let weight = weights[kind.type], weight > 0 else { continue }
            total += weight
            indices.append(index)
            cumulative.append(total)
        }
        kindIndices = indices
        cumulativeWeights = cumulative
    }

    /// A ``DemoActivityKind/kinds`` index, drawn by weight.
    func drawKind(_ random: inout SeededGenerator) -> Int {
        let ticket = random.below(cumulativeWeights[cumulativeWeights.count - 1])
        var low = 0
        var high = cumulativeWeights.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulativeWeights[middle] > ticket { high = middle } else { low = middle + 1 }
        }
        return kindIndices[low]
    }

    static func forRole(_ role: JobRole) -> DemoActivityMix {
        switch role {
        case .salesDevelopmentRepresentative: salesDevelopment
        case .insideSales: insideSales
        case .keyAccountManager: keyAccounts
        case .accountExecutive, .salesManager, .headOfSales, .salesOperations: accountExecutive
        }
    }

    private static let salesDevelopment = DemoActivityMix([
        .prospecting: 22, .call: 20, .email: 14, .meeting: 5, .followUp: 8, .research: 8, .crmAdmin: 6,
        .meetingPreparation: 3, .internalMeeting: 3, .training: 3, .reporting: 3, .demo: 2,
    ])
    private static let insideSales = DemoActivityMix([
        .call: 18, .email: 12, .demo: 10, .prospecting: 12, .followUp: 12, .proposal: 4, .quotePreparation: 6,
        .crmAdmin: 6, .research: 4, .meeting: 4, .internalMeeting: 3, .training: 2, .reporting: 3,
    ])
    private static let accountExecutive = DemoActivityMix([
        .meeting: 14, .call: 10, .email: 6, .demo: 6, .proposal: 4, .prospecting: 10, .followUp: 8, .crmAdmin: 4,
        .quotePreparation: 4, .research: 5, .meetingPreparation: 8, .internalMeeting: 3, .training: 2,
        .travelAdmin: 3, .reporting: 3,
    ])
    private static let keyAccounts = DemoActivityMix([
        .meeting: 18, .followUp: 10, .call: 8, .email: 6, .proposal: 5, .demo: 3, .prospecting: 4,
        .quotePreparation: 6, .research: 6, .meetingPreparation: 10, .internalMeeting: 4, .travelAdmin: 5,
        .reporting: 4, .training: 2, .crmAdmin: 3,
    ])
}
