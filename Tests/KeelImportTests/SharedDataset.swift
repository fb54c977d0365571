import Foundation

/// The public CRM sample beside the project (`../shared/datasets/crm-sales-opportunities/`).
enum SharedDataset {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/datasets/crm-sales-opportunities").standardizedFileURL

    static func url(_ file: String) -> URL { folder.appendingPathComponent(file) }
}
