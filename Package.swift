// swift-tools-version: 6.1
import PackageDescription

// Layers, one way only:
//   marquee → MarqueeCLI → Runtime → {TerminalUI → ViewModel → Recommender, CatalogStore} → Catalog
// Runtime holds the loop, the effect runner and the query worker, generic over
// TerminalUI's TerminalBackend; MarqueeCLI holds commands and wiring only.
// Only TerminalUI/Backend/CursesTerminal.swift imports CNcursesw.
let package = Package(
    name: "Marquee",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "marquee", targets: ["marquee"]),
        .executable(name: "marquee-bench", targets: ["MarqueeBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        .target(name: "Catalog"),
        .target(
            name: "EmbeddedCatalog",
            path: "catalog",
            exclude: ["README.md"],
            resources: [
                .copy("titles.tsv"), .copy("moods.tsv"), .copy("ai-use.tsv"), .copy("cues.tsv"), .copy("aliases.tsv"), .copy("topics.tsv"),
                .copy("panel"),
            ]
        ),
        .target(
            name: "CatalogStore",
            dependencies: [
                "Catalog", .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C interface, for the index build's row binding (RowInsert).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // Dense kernels for EASE; optimised even in debug builds, where the
        // evaluation on real data would otherwise take minutes.
        .target(name: "CLinearAlgebra", cSettings: [.unsafeFlags(["-O3"])]),
        .target(name: "Recommender", dependencies: ["Catalog", "CLinearAlgebra"]),
        .target(name: "ViewModel", dependencies: ["Catalog", "Recommender"]),
        .target(
            name: "TerminalUI",
            dependencies: ["ViewModel", "Recommender", "Catalog", "CNcursesw"],
            // Linux distributions ship wide-character curses as ncursesw;
            // macOS ships one ncurses that has the wide API built in.
            linkerSettings: [
                .linkedLibrary("ncursesw", .when(platforms: [.linux])),
                .linkedLibrary("ncurses", .when(platforms: [.macOS])),
            ]
        ),
        .target(name: "Runtime", dependencies: ["Catalog", "CatalogStore", "Recommender", "ViewModel", "TerminalUI"]),
        .target(
            name: "MarqueeCLI",
            dependencies: [
                "Catalog", "CatalogStore", "Recommender", "ViewModel", "TerminalUI", "Runtime", "EmbeddedCatalog",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        .executableTarget(name: "marquee", dependencies: ["MarqueeCLI"]),
        .executableTarget(
            name: "MarqueeBench",
            dependencies: ["Catalog", "CatalogStore", "Recommender", "ViewModel", "TerminalUI", "Runtime", "EmbeddedCatalog"]
        ),

        .target(name: "TestSupport", dependencies: ["Catalog", "CatalogStore", "Recommender"], path: "Tests/TestSupport"),
        .testTarget(name: "CatalogTests", dependencies: ["Catalog", "TestSupport"]),
        .testTarget(name: "CatalogStoreTests", dependencies: ["CatalogStore", "TestSupport", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .testTarget(name: "RecommenderTests", dependencies: ["Recommender", "CatalogStore", "TestSupport"]),
        .testTarget(name: "ViewModelTests", dependencies: ["ViewModel", "TestSupport"]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI", "ViewModel", "TestSupport"], exclude: ["Snapshots"]),
        .testTarget(name: "RuntimeTests", dependencies: ["Runtime", "MarqueeCLI", "Catalog", "CatalogStore", "ViewModel", "TerminalUI", "TestSupport", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        .testTarget(name: "MarqueeCLITests", dependencies: ["MarqueeCLI", "Runtime", "Catalog", "ViewModel", "TerminalUI", "TestSupport", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        .testTarget(name: "EndToEndTests", dependencies: ["marquee", "TestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
    ]
)
