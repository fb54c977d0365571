import SalesDomain

/// Where each part of a framework was written in its file, by ``FrameworkPath``, so that a
/// problem ``FrameworkDocument/validate()`` finds in the document can be shown at its line.
struct FrameworkNodeLocations {
    private var positions: [FrameworkPath: TextPosition] = [:]

    mutating func record(_ path: FrameworkPath, at position: TextPosition) {
        positions[path] = position
    }

    /// Where `path` is written or, when it is missing from the file (a key left out), where
    /// the nearest enclosing part is: that is where the missing key has to be added.
    func position(of path: FrameworkPath) -> TextPosition {
        var components = path.components
        while !components.isEmpty {
            if let position = positions[FrameworkPath(components)] { return position }
            components.removeLast()
        }
        return positions[.root] ?? .start
    }
}
