// swift-tools-version: 6.0
import PackageDescription

// Targets and the imports each may use are listed in ARCHITECTURE.md; Tests/ArchitectureTests enforces it.
let package = Package(
    name: "wtc",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "wtc", targets: ["wtc"]),
        .executable(name: "wtc-sample-site", targets: ["wtc-sample-site"]),
        .library(name: "WTSyntax", targets: ["WTSyntax"]),
        .library(name: "WTSema", targets: ["WTSema"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        // Already built for postgres-nio; the store configures PostgreSQL's TLS with it, CDPRemote wss://.
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-openapi-generator", from: "1.14.3"),
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.13.4"),
        .package(url: "https://github.com/hummingbird-project/swift-openapi-hummingbird", from: "2.1.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        // Remote browsers over wss:// (CDPRemote only).
        .package(url: "https://github.com/hummingbird-project/swift-websocket", from: "1.6.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.3"),
        // The console's server-side templates (WTConsole only).
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        .target(name: "WTDiagnostics"),
        .target(name: "WTSelector"),
        .target(name: "WTSyntax", dependencies: ["WTDiagnostics"]),
        .target(name: "WTSema", dependencies: ["WTSyntax", "WTDiagnostics", "WTSelector"]),
        .executableTarget(
            name: "wtc",
            dependencies: [
                "WTDiagnostics", "WTSyntax", "WTSema", "WTSelector", "WTRuntime", "WTExtract", "WTHTTP", "WTEngine",
                "CDP",
                "WTTrace", "WTCompiler", "WTCompile", "WTAgent", "WTService", "WTStore", "WTServer", "WTReport",
                "WTConsole",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CCurl", pkgConfig: "libcurl", providers: [.apt(["libcurl4-openssl-dev"])]),
        .target(name: "WTRuntime", dependencies: ["WTSema", "WTSyntax", "WTDiagnostics"]),
        .target(name: "WTTrace", dependencies: ["WTDiagnostics"]),
        .target(name: "WTCompiler", dependencies: ["WTTrace", "WTSyntax", "WTSema", "WTExtract", "WTDiagnostics"]),
        .target(name: "WTCompile", dependencies: ["WTCompiler", "WTEngine", "WTTrace", "WTDiagnostics"]),
        .target(name: "CDP"),
        // The run report: plain data in, escaped HTML out (also the console's stylesheet).
        .target(name: "WTReport", dependencies: ["WTTrace", "WTDiagnostics"]),
        .target(name: "CDPWebSocket", dependencies: ["CDP"]),
        // A DevTools transport over swift-websocket, for remote browsers behind TLS (wss://).
        .target(
            name: "CDPRemote",
            dependencies: [
                "CDP", .product(name: "WSClient", package: "swift-websocket"),
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"), .product(name: "Logging", package: "swift-log"),
            ]),
        .target(name: "WTExtract", dependencies: ["CLibXML2", "WTSelector", "WTDiagnostics"]),
        .target(name: "WTHTTP", dependencies: ["CCurl"]),
        .target(
            name: "WTEngine",
            dependencies: [
                "WTRuntime", "WTExtract", "WTHTTP", "CDP", "CDPWebSocket", "CDPRemote", "WTSema", "WTSyntax",
                "WTDiagnostics", "WTTrace", "WTReport",
            ]),
        .target(
            name: "WTAgent",
            dependencies: ["WTEngine", "WTRuntime", "WTSema", "WTSyntax", "WTTrace", "WTHTTP", "WTDiagnostics"]),
        .target(
            name: "WTService",
            dependencies: [
                "WTAgent", "WTCompile", "WTEngine", "WTRuntime", "WTSema", "WTSyntax", "WTTrace", "WTDiagnostics",
                "WTStore", "WTReport", .product(name: "Logging", package: "swift-log"),
            ]),
        .target(
            name: "WTStore",
            dependencies: [
                "WTDiagnostics", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        // The HTTP API: handlers generated from Sources/WTServer/openapi.json by the OpenAPI build plugin.
        .target(
            name: "WTServer",
            dependencies: [
                "WTTrace", "WTService", "WTStore", "WTAgent", "WTDiagnostics", "WTReport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "OpenAPIHummingbird", package: "swift-openapi-hummingbird"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            resources: [.copy("openapi.json")],
            plugins: [.plugin(name: "OpenAPIGenerator", package: "swift-openapi-generator")]),
        // The console at `/` of `wtc serve`: server-rendered pages over WTServer's backend port.
        .target(
            name: "WTConsole",
            dependencies: [
                "WTServer", "WTReport", "WTTrace", .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ],
            resources: [.copy("Templates"), .copy("Static")]),
        // The scripted fake behind WTServer, shared by its tests and the client-compatibility server.
        .target(name: "WTServerFakes", dependencies: ["WTServer", "WTTrace"], path: "bench/compat/FakeBackend"),
        .executableTarget(
            name: "wtc-fake-api",
            dependencies: ["WTServer", "WTServerFakes", .product(name: "Logging", package: "swift-log")],
            path: "bench/compat/FakeAPI"),
        .target(name: "WTTestSupport", dependencies: ["WTDiagnostics", "WTSyntax", "WTRuntime"]),
        .executableTarget(name: "wtc-sample-site", dependencies: ["WTTestSupport"], path: "scripts/SampleSite"),
        .executableTarget(
            name: "wtc-bench-soak", dependencies: ["WTEngine", "WTRuntime", "WTSema", "WTTestSupport"],
            path: "bench/SoakBench"),
        .executableTarget(
            name: "wtc-bench-pool", dependencies: ["WTService", "WTStore", "WTEngine", "WTAgent", "WTTestSupport"],
            path: "bench/PoolBench"),
        .executableTarget(name: "wtc-bench-cdp", dependencies: ["CDP"], path: "bench/CDPBench"),
        .executableTarget(name: "wtc-bench-extract", dependencies: ["WTExtract"], path: "bench/ExtractBench"),
        .executableTarget(
            name: "wtc-bench-frontend", dependencies: ["WTDiagnostics", "WTSyntax", "WTSema"],
            path: "bench/FrontEndBench"),
        .executableTarget(
            name: "wtc-bench-compile",
            dependencies: ["WTCompiler", "WTTrace", "WTDiagnostics", "WTExtract", "WTEngine"],
            path: "bench/CompileBench"),

        .testTarget(name: "WTReportTests", dependencies: ["WTReport", "WTTrace"]),
        .testTarget(name: "WTDiagnosticsTests", dependencies: ["WTDiagnostics", "WTTestSupport"]),
        .testTarget(name: "WTSelectorTests", dependencies: ["WTSelector", "WTTestSupport"]),
        .testTarget(name: "WTSyntaxTests", dependencies: ["WTSyntax", "WTTestSupport"], exclude: ["Corpus"]),
        .testTarget(
            name: "WTSemaTests", dependencies: ["WTSema", "WTSyntax", "WTDiagnostics", "WTTestSupport"],
            exclude: ["Corpus"]),
        .testTarget(
            name: "WTCLITests", dependencies: ["wtc", "WTTestSupport", "WTStore", "WTSema", "WTDiagnostics"],
            exclude: ["Console"]),
        .testTarget(name: "WTRuntimeTests", dependencies: ["WTRuntime", "WTSema", "WTSyntax", "WTTestSupport"]),
        .testTarget(
            name: "WTEngineTests",
            dependencies: [
                "WTEngine", "WTRuntime", "WTSema", "WTSyntax", "WTDiagnostics", "WTTestSupport", "CDP", "WTExtract",
                "WTTrace",
            ]),
        .testTarget(name: "CDPTests", dependencies: ["CDP"]),
        .testTarget(name: "CDPWebSocketTests", dependencies: ["CDPWebSocket", "CDP", "WTTestSupport"]),
        .testTarget(
            name: "CDPRemoteTests",
            dependencies: [
                "CDPRemote", "CDP", "WTEngine", "WTTestSupport", "wtc",
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ]),
        .testTarget(name: "WTExtractTests", dependencies: ["WTExtract", "WTSelector", "WTTestSupport"]),
        .testTarget(
            name: "SelectorDifferentialTests", dependencies: ["WTExtract", "WTSelector", "CDP", "WTTestSupport"],
            exclude: ["Cases", "DEVIATIONS.md"]),
        .testTarget(name: "WTHTTPTests", dependencies: ["WTHTTP", "WTTestSupport"]),
        .testTarget(name: "WTTraceTests", dependencies: ["WTTrace", "WTDiagnostics", "WTTestSupport"]),
        .testTarget(
            name: "WTCompilerTests",
            dependencies: [
                "WTCompiler", "WTCompile", "WTTrace", "WTSyntax", "WTSema", "WTExtract", "WTDiagnostics",
                "WTEngine", "WTTestSupport",
            ],
            exclude: ["Golden"]),
        .testTarget(name: "WTAgentTests", dependencies: ["WTAgent", "WTTrace", "WTTestSupport"]),
        .testTarget(
            name: "WTServiceTests",
            dependencies: [
                "WTService", "WTAgent", "WTCompile", "WTEngine", "WTRuntime", "WTTrace", "WTDiagnostics",
                "WTTestSupport", "WTReport",
                "CDP",
            ]),
        .testTarget(
            name: "WTStoreTests",
            dependencies: [
                "WTStore", "WTTestSupport", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"), .product(name: "Logging", package: "swift-log"),
            ]),
        .testTarget(
            name: "WTServerTests",
            dependencies: [
                "WTServer", "WTServerFakes", "WTTrace", "WTTestSupport", "wtc-fake-api",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        .testTarget(
            name: "WTConsoleTests",
            dependencies: [
                "WTConsole", "WTServer", "WTServerFakes", "WTTrace", "WTReport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        .testTarget(name: "ArchitectureTests", dependencies: ["WTTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
