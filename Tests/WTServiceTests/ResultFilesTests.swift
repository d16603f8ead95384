import Foundation
import Testing
import WTService
import WTStore
import WTTrace

/// `ResultFiles` on files written by hand into a run's folder and the real SQLite store: which values are
/// files, the checks before a program is saved, and what the store keeps.
@Suite("Result files")
struct ResultFilesTests {
    /// A run folder holding `files` (name → bytes), a store beside it, and the JSON a `file` value prints as.
    struct Run {
        let folder: URL
        let files: ResultFiles
        let store: SQLiteStore

        func value(_ name: String, mediaType: String? = nil, path: String? = nil) -> JSONValue {
            .object([
                .init("name", .string(name)),
                .init("path", .string(path ?? folder.appendingPathComponent("run/\(name)").path)),
                .init("mediaType", mediaType.map(JSONValue.string) ?? .null), .init("size", .number(0)),
            ])
        }
    }

    func withRun<T>(_ files: [String: String], limit: Int = 1 << 20, _ body: (Run) async throws -> T) async throws -> T
    {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wtc-result-files-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        let runFolder = folder.appendingPathComponent("run")
        try FileManager.default.createDirectory(at: runFolder, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: runFolder.appendingPathComponent(name)) }
        let store = try SQLiteStore(directory: folder.appendingPathComponent("store"))
        return try await body(
            Run(folder: folder, files: ResultFiles(runDirectory: runFolder, sizeLimit: limit), store: store))
    }

    @Test("every file value, at any depth, is stored once and replaced by a reference with its type and size")
    func storesAndReplaces() async throws {
        try await withRun(["a.csv": "x,y\n1,2\n", "b": "plain"]) { run in
            let result = JSONValue.object([
                .init("report", run.value("a.csv", mediaType: "text/csv")), .init("count", .number(2)),
                .init(
                    "more",
                    .array([.object([.init("file", run.value("b"))]), run.value("a.csv", mediaType: "text/csv")])),
            ])
            #expect(run.files.check(result) == nil)
            let kept = try await run.files.store(result, workspace: "ws", in: run.store).get()
            let report = try #require(StoredFileReference(kept["report"] ?? .null))
            #expect(report.name == "a.csv" && report.contentType == "text/csv" && report.sizeBytes == 8)
            guard case .array(let more)? = kept["more"] else { throw Failure("no list: \(kept.jsonText)") }
            let plain = try #require(StoredFileReference(more[0]["file"] ?? .null))
            #expect(plain.contentType == "application/octet-stream")
            #expect(StoredFileReference(more[1])?.fileId == report.fileId)
            #expect(kept["count"] == .number(2))
            let bytes = try await run.store.file(workspace: "ws", id: report.fileId)
            #expect(bytes?.bytes == Data("x,y\n1,2\n".utf8) && bytes?.contentType == "text/csv")
            let elsewhere = try await run.store.file(workspace: "other", id: report.fileId)
            #expect(elsewhere == nil)
        }
    }

    @Test("a type the site did not send is guessed from the name's extension")
    func guessedType() async throws {
        try await withRun(["r.pdf": "%PDF"]) { run in
            let kept = try await run.files.store(run.value("r.pdf"), workspace: "ws", in: run.store).get()
            #expect(StoredFileReference(kept)?.contentType == "application/pdf")
        }
    }

    @Test("a file gone from the run's folder fails with file-missing and stores nothing")
    func missing() async throws {
        try await withRun(["here.txt": "here"]) { run in
            let result = JSONValue.array([run.value("here.txt"), run.value("gone.txt")])
            #expect(run.files.check(result)?.reason == "file-missing")
            #expect(run.files.check(result)?.message.contains("gone.txt") == true)
            let stored = await run.files.store(result, workspace: "ws", in: run.store)
            #expect(throws: RunError.self) { try stored.get() }
        }
    }

    @Test("a file over the limit fails with file-too-large, naming its size and the limit")
    func tooLarge() async throws {
        try await withRun(["big.bin": String(repeating: "x", count: 11)], limit: 10) { run in
            let problem = run.files.check(.object([.init("big", run.value("big.bin"))]))
            #expect(problem?.code == "internal-error" && problem?.reason == "file-too-large")
            #expect(problem?.message.contains("11 bytes") == true && problem?.message.contains("10-byte") == true)
        }
    }

    @Test("a record shaped like a file whose path is outside the run's folder is data, kept as it is")
    func outsideIsData() async throws {
        try await withRun([:]) { run in
            let outside = run.value("passwd", path: "/etc/passwd")
            let escaping = run.value("x", path: run.folder.appendingPathComponent("run/../store/x").path)
            let relative = run.value("x", path: "run/x")
            let result = JSONValue.array([outside, escaping, relative])
            #expect(run.files.check(result) == nil)
            let kept = try await run.files.store(result, workspace: "ws", in: run.store).get()
            #expect(kept == result)
        }
    }

    @Test("references round-trip through their stored form and only an exact one is recognised")
    func referenceForm() {
        let reference = StoredFileReference(fileId: "file_1", name: "r.csv", contentType: "text/csv", sizeBytes: 3)
        #expect(StoredFileReference(reference.json) == reference)
        var extra = reference.json
        if case .object(var members) = extra { members.append(.init("other", .null)); extra = .object(members) }
        #expect(StoredFileReference(extra) == nil)
        #expect(StoredFileReference(.object([.init(StoredFileReference.marker, .string("file_1"))])) == nil)
        let replaced = StoredFileReference.replacing(in: .array([reference.json, .number(1)])) { .string($0.fileId) }
        #expect(replaced == .array([.string("file_1"), .number(1)]))
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}
