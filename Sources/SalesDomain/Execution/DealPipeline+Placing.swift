extension DealPipeline {
    /// The pipeline with the stages of `seen` it does not list placed where `order` puts them:
    /// right after the nearest stage before it in `order` that the pipeline lists, else right
    /// before the nearest one after it; stages `order` does not name, and those with no listed
    /// neighbour, go last in code order. `order` is an import mapping's stage order, so a CRM's
    /// "Engaging" lands after its "Prospecting" instead of after every stage Keel knew.
    ///
    /// Unchanged when every seen stage is listed; stages already listed never move.
    public func placing(_ seen: some Sequence<DealStage>, by order: [DealStage]) -> DealPipeline {
        let missing = Set(seen).filter { position(of: $0) == nil && !$0.rawValue.isEmpty }
        guard !missing.isEmpty else { return self }
        var stages = self.stages
        var unplaced: [DealStage] = []
        // Stages in `order`'s order, so a run of new stages keeps its order among itself.
        let ordered = order.filter(missing.contains) + missing.filter { !order.contains($0) }.sorted()
        for stage in ordered {
            guard let index = order.firstIndex(of: stage) else { unplaced.append(stage); continue }
            if let before = order[..<index].last(where: stages.contains), let at = stages.firstIndex(of: before) {
                stages.insert(stage, at: at + 1)
            } else if let after = order[(index + 1)...].first(where: stages.contains), let at = stages.firstIndex(of: after) {
                stages.insert(stage, at: at)
            } else {
                unplaced.append(stage)
            }
        }
        // Every stage was checked unique and non-empty above, so the pipeline is valid.
        return try! DealPipeline(stages + unplaced)
    }
}
