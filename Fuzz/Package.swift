// swift-tools-version: 6.1
// libFuzzer targets for the parsers that read uploaded files (see scripts/fuzz, which builds
// them with `-sanitize=fuzzer,address` and runs each against its corpus in Corpus/<target>/).
import PackageDescription

let targets = ["FuzzCSV", "FuzzMapping", "FuzzFramework", "FuzzPractice"]

let package = Package(
    name: "keel-fuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "keel", path: "..")],
    targets: targets.map { name in
        .executableTarget(
            name: name,
            dependencies: [.product(name: "KeelImport", package: "keel")],
            swiftSettings: [.swiftLanguageMode(.v6)]
        )
    }
)
