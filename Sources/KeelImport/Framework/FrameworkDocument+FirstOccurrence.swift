import SalesDomain

extension FrameworkDocument {
    /// For a key or level number that ``validate()`` reports as a duplicate, the path of the
    /// first one with the same value, so the message can give its line too.
    func firstOccurrence(ofDuplicateAt path: FrameworkPath) -> FrameworkPath? {
        let root = FrameworkPath.root
        if let index = Self.indexes(of: path, shape: ["areas", nil, "key"]), areas.indices.contains(index[0]) {
            let key = areas[index[0]].key
            return areas.firstIndex { $0.key == key }.map { root.appending("areas", $0).appending("key") }
        }
        if let index = Self.indexes(of: path, shape: ["areas", nil, "competencies", nil, "key"]),
           let competency = areas[safe: index[0]]?.competencies[safe: index[1]] {
            for (areaIndex, area) in areas.enumerated() {
                if let first = area.competencies.firstIndex(where: { $0.key == competency.key }) {
                    return root.appending("areas", areaIndex).appending("competencies", first).appending("key")
                }
            }
        }
        if let index = Self.indexes(of: path, shape: ["areas", nil, "competencies", nil, "levels", nil, "level"]),
           let levels = areas[safe: index[0]]?.competencies[safe: index[1]]?.levels, let level = levels[safe: index[2]] {
            return levels.firstIndex { $0.level == level.level }.map {
                root.appending("areas", index[0]).appending("competencies", index[1]).appending("levels", $0).appending("level")
            }
        }
        return nil
    }

    /// The indexes of `path` when it has the given shape: a key for each string, an index for each `nil`.
    private static func indexes(of path: FrameworkPath, shape: [String?]) -> [Int]? {
        guard path.components.count == shape.count else { return nil }
        var indexes: [Int] = []
        for (component, expected) in zip(path.components, shape) {
            switch (component, expected) {
            case (.key(let key), .some(let expectedKey)) where key == expectedKey: continue
            case (.index(let index), .none): indexes.append(index)
            default: return nil
            }
        }
        return indexes
    }
}

extension Array {
    fileprivate subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
