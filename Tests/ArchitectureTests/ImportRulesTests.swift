import Foundation
import Testing
import WTTestSupport

/// Enforces the import table of ARCHITECTURE.md (SwiftPM on Linux does not): every `import` under
/// Sources/<Target>/ must be allowed for that target.
///
/// `WTSelector` is our addition to the table: the pure-Swift CSS/XPath parser that both the checker
/// (selector literals) and the extraction engine (CSS → XPath) use, so neither has to import the other.
enum ImportRules {
    static let system: Set<String> = ["Foundation", "Glibc", "Darwin", "Dispatch", "Synchronization"]

    static let allowed: [String: Set<String>] = [
        "WTDiagnostics": [],
        "WTSelector": [],
        "WTSyntax": ["WTDiagnostics"],
        "WTSema": ["WTSyntax", "WTDiagnostics", "WTSelector"],
        "WTTrace": ["WTDiagnostics"],
        "WTCompiler": ["WTTrace", "WTSyntax", "WTSema", "WTExtract", "WTDiagnostics"],
        // Compile-and-verify: the compiler, then the replay on the snapshots (the interpreter, via WTEngine).
        "WTCompile": ["WTCompiler", "WTEngine", "WTTrace", "WTDiagnostics"],
        "WTRuntime": ["WTSema", "WTSyntax", "WTDiagnostics"],
        "CDP": [],
        "CDPWebSocket": ["CDP"],
        // Remote browsers over wss://: swift-websocket's client with NIOSSL; only WTEngine's BrowserAddress uses it.
        "CDPRemote": ["CDP", "WSClient", "NIOCore", "NIOPosix", "NIOSSL", "Logging"],
        "CLibXML2": [],
        "CCurl": [],
        "WTExtract": ["CLibXML2", "WTSelector", "WTDiagnostics"],
        "WTHTTP": ["CCurl"],
        "WTEngine": [
            "WTRuntime", "CDP", "CDPWebSocket", "CDPRemote", "WTExtract", "WTHTTP", "WTSema", "WTSyntax",
            "WTDiagnostics", "WTTrace", "WTReport",
        ],
        // The agent's extract tool runs a one-statement program through the checker and the interpreter.
        "WTAgent": ["WTEngine", "WTRuntime", "WTSema", "WTSyntax", "WTTrace", "WTHTTP", "WTDiagnostics"],
        // The run report: plain data in, escaped HTML out.
        "WTReport": ["WTTrace", "WTDiagnostics"],
        "WTStore": ["WTDiagnostics", "GRDB", "PostgresNIO", "NIOSSL", "Logging", "Crypto"],
        // Exploration compiles and verifies through WTCompile and replays through the interpreter.
        "WTService": [
            "WTCompiler", "WTCompile", "WTEngine", "WTAgent", "WTStore", "WTRuntime", "WTSema", "WTSyntax", "WTTrace",
            "WTDiagnostics", "WTReport", "Logging",
        ],
        // The HTTP API: generated OpenAPI handlers on Hummingbird; talks to WTService through its own port.
        "WTServer": [
            "WTService", "WTStore", "WTAgent", "WTTrace", "WTDiagnostics", "WTReport", "Hummingbird", "HTTPTypes",
            "OpenAPIRuntime",
            "OpenAPIHummingbird", "Prometheus", "Logging", "Crypto", "ServiceLifecycle",
        ],
        // The console at `/`: pages over WTServer's backend port, Mustache templates, sealed session cookies.
        "WTConsole": ["WTServer", "WTReport", "WTTrace", "Hummingbird", "HTTPTypes", "Mustache", "Crypto", "Logging"],
        "wtc": [
            "ArgumentParser", "WTDiagnostics", "WTSelector", "WTSyntax", "WTSema", "WTTrace", "WTCompiler",
            "WTCompile", "WTRuntime", "WTExtract", "WTHTTP", "CDP", "CDPWebSocket", "WTEngine", "WTAgent", "WTStore",
            "WTService", "WTServer", "WTReport", "WTConsole", "Logging",
        ],
        "WTTestSupport": ["WTDiagnostics", "WTSyntax", "WTSema", "WTRuntime", "Testing"],
    ]

    /// `import X`, `@testable import X`, `import struct X.Y`, `@preconcurrency import X`.
    static func imports(in source: String) -> [String] {
        source.split(separator: "\n").compactMap { line in
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            guard let i = words.firstIndex(of: "import"), words[..<i].allSatisfy({ $0.hasPrefix("@") }),
                i + 1 < words.count
            else { return nil }
            let kinds: Set<String> = ["struct", "class", "enum", "protocol", "func", "var", "let", "typealias"]
            let name = kinds.contains(words[i + 1]) && i + 2 < words.count ? words[i + 2] : words[i + 1]
            return name.split(separator: ".").first.map(String.init)
        }
    }
}

@Suite("Import rules")
struct ImportRulesTests {
    static var targets: [String] {
        let sources = Paths.repositoryRoot().appendingPathComponent("Sources")
        return ((try? FileManager.default.contentsOfDirectory(atPath: sources.path)) ?? []).sorted()
    }

    @Test("every target under Sources has a row in the import table")
    func everyTargetHasARow() {
        #expect(!Self.targets.isEmpty)
        for target in Self.targets {
            #expect(ImportRules.allowed[target] != nil, "Sources/\(target) has no row in ImportRules.allowed")
        }
    }

    @Test("every import is allowed by the table", arguments: targets)
    func importsAreAllowed(target: String) throws {
        let dir = Paths.repositoryRoot().appendingPathComponent("Sources").appendingPathComponent(target)
        let allowed = (ImportRules.allowed[target] ?? []).union(ImportRules.system)
        let files = FileManager.default.enumerator(atPath: dir.path)?.compactMap { $0 as? String } ?? []
        for file in files where file.hasSuffix(".swift") || file.hasSuffix(".h") || file.hasSuffix(".c") {
            let text = try String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8)
            for module in ImportRules.imports(in: text) where !allowed.contains(module) {
                Issue.record("Sources/\(target)/\(file) imports \(module), which ARCHITECTURE.md does not allow")
            }
        }
    }

    @Test("the import scanner finds every form of import")
    func scannerFindsImports() {
        let text = "import Foundation\n@testable import WTSema\nimport struct WTSyntax.Program\n// import Nope\n"
        #expect(ImportRules.imports(in: text) == ["Foundation", "WTSema", "WTSyntax"])
    }

    @Test("a forbidden edge is reported")
    func forbiddenEdgeIsCaught() {
        let allowed = ImportRules.allowed["WTSyntax"] ?? []
        #expect(!allowed.contains("WTSema"))
        #expect(ImportRules.imports(in: "import WTSema\n").allSatisfy { !allowed.contains($0) })
    }
}
