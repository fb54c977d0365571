// swift-tools-version: 6.1
import PackageDescription

let strictSwift6: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "keel",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "keel", targets: ["keel"]),
        // For the fuzz targets in Fuzz/ (scripts/fuzz), which build the import parsers alone.
        .library(name: "KeelImport", targets: ["KeelImport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.122.3"),
        .package(url: "https://github.com/vapor/fluent-kit.git", from: "1.57.0"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.13.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/vapor/sql-kit.git", from: "3.36.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        // Already resolved through Vapor; named here for the mail client's TLS (KEEL_SMTP_URL).
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
    ],
    targets: [
        .target(
            name: "SalesDomain",
            swiftSettings: strictSwift6
        ),
        .target(
            name: "KeelCharts",
            swiftSettings: strictSwift6
        ),
        .target(
            name: "KeelImport",
            dependencies: [
                "SalesDomain",
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: strictSwift6
        ),
        .target(
            name: "KeelStore",
            dependencies: [
                "SalesDomain",
                "KeelImport",
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "FluentSQL", package: "fluent-kit"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            swiftSettings: strictSwift6
        ),
        .target(
            name: "KeelServer",
            dependencies: [
                "SalesDomain",
                "KeelCharts",
                "KeelStore",
                "KeelImport",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ],
            resources: [.embedInCode("openapi.yaml")],
            swiftSettings: strictSwift6
        ),
        .executableTarget(
            name: "keel",
            dependencies: [
                "KeelServer",
                "KeelStore",
                "SalesDomain",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSwift6
        ),
        .executableTarget(
            name: "keel-bench",
            dependencies: [
                "KeelServer",
                "KeelStore",
                "KeelImport",
                "SalesDomain",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "Vapor", package: "vapor"),
            ],
            swiftSettings: strictSwift6
        ),
        .testTarget(
            name: "SalesDomainTests",
            dependencies: ["SalesDomain"],
            swiftSettings: strictSwift6
        ),
        .testTarget(
            name: "KeelChartsTests",
            dependencies: ["KeelCharts"],
            swiftSettings: strictSwift6
        ),
        .testTarget(
            name: "KeelImportTests",
            dependencies: ["KeelImport", "SalesDomain"],
            swiftSettings: strictSwift6
        ),
        .testTarget(
            name: "KeelStoreTests",
            dependencies: [
                "KeelStore",
                "KeelImport",
                "SalesDomain",
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "SQLKit", package: "sql-kit"),
            ],
            swiftSettings: strictSwift6
        ),
        .testTarget(
            name: "KeelServerTests",
            dependencies: [
                "KeelServer",
                "KeelStore",
                "KeelImport",
                "KeelCharts",
                "SalesDomain",
                .product(name: "VaporTesting", package: "vapor"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ],
            // Page snapshots are read from the source tree by path (HTMLSnapshot), not bundled.
            exclude: ["__Snapshots__"],
            swiftSettings: strictSwift6
        ),
    ]
)
