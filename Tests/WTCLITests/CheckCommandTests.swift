import Foundation
import Testing
import WTTestSupport

@Suite("wtc check (built binary)")
struct CheckCommandTests {
    @Test("valid samples exit 0 with nothing on stdout")
    func validSamples() async throws {
        let result = try await CLI.run(["check"] + Paths.samplePrograms().map(\.path))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test("an invalid program exits 65 with file:line:col diagnostics on stderr and nothing on stdout")
    func invalidProgram() async throws {
        let dir = try CLI.temporaryDirectory()
        let file = dir.appendingPathComponent("bad.wt")
        try "program \"bad\"\n\nfill \"#email\" with usr\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try await CLI.run(["check", file.path])
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("\(file.path):3:20: error: unknown name 'usr' [sema.undefined-name]"))
        #expect(result.stderr.contains(" 3 | fill \"#email\" with usr"))
        #expect(result.stderr.contains("   |                    ^~~"))
    }

    @Test("a missing file exits 66")
    func missingFile() async throws {
        let result = try await CLI.run(["check", "/nonexistent/program.wt"])
        #expect(result.status == 66)
        #expect(result.stderr.contains("no such file: /nonexistent/program.wt [input.missing]"))
        #expect(result.stdout.isEmpty)
    }

    @Test("a directory exits 65 and says so")
    func directory() async throws {
        let dir = try CLI.temporaryDirectory()
        let result = try await CLI.run(["check", dir.path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("is a directory, not a file [input.directory]"))
    }

    @Test("a binary file exits 65")
    func binaryFile() async throws {
        let dir = try CLI.temporaryDirectory()
        let file = dir.appendingPathComponent("blob.wt")
        try Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x00, 0x00, 0x01]).write(to: file)
        let result = try await CLI.run(["check", file.path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("[input.binary]"))
    }

    @Test("an empty file exits 65 with a missing-header diagnostic at 1:1")
    func emptyFile() async throws {
        let dir = try CLI.temporaryDirectory()
        let file = dir.appendingPathComponent("empty.wt")
        try Data().write(to: file)
        let result = try await CLI.run(["check", file.path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("\(file.path):1:1: error:"))
    }

    @Test("a file over the size limit exits 65 without being parsed")
    func hugeFile() async throws {
        let dir = try CLI.temporaryDirectory()
        let file = dir.appendingPathComponent("huge.wt")
        let line = Data("click \"a.next\"\n".utf8)
        var data = Data("program \"huge\"\n\n".utf8)
        data.reserveCapacity(50 * 1_048_576 + line.count)
        while data.count < 50 * 1_048_576 { data.append(line) }
        try data.write(to: file)
        let result = try await CLI.run(["check", file.path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("[input.too-large]"))
        try? FileManager.default.removeItem(at: dir)
    }

    @Test("--diagnostics-format json prints the same diagnostics as JSON on stderr")
    func jsonDiagnostics() async throws {
        let dir = try CLI.temporaryDirectory()
        let file = dir.appendingPathComponent("bad.wt")
        try "program \"bad\"\n\nfill \"#email\" with usr\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try await CLI.run(["check", "--diagnostics-format", "json", file.path])
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        let json = try JSONSerialization.jsonObject(with: Data(result.stderr.utf8)) as? [String: Any]
        let first = (json?["diagnostics"] as? [[String: Any]])?.first
        #expect(first?["id"] as? String == "sema.undefined-name")
        #expect((first?["start"] as? [String: Int])?["line"] == 3)
        #expect((first?["start"] as? [String: Int])?["column"] == 20)
    }

    @Test("--output-schema mismatches exit 65 and name the output")
    func outputSchema() async throws {
        let dir = try CLI.temporaryDirectory()
        let schema = dir.appendingPathComponent("schema.json")
        try #"{"type": "object", "properties": {"quotes": {"type": "string"}}, "required": ["quotes"]}"#
            .write(to: schema, atomically: true, encoding: .utf8)
        let quotes = Paths.samples.appendingPathComponent("quotes/program.wt").path
        let result = try await CLI.run(["check", quotes, "--output-schema", schema.path])
        #expect(result.status == 65, "\(result.stderr)")
        #expect(result.stderr.contains("quotes"))
    }

    @Test("outputs that satisfy the schema exit 0")
    func outputSchemaSatisfied() async throws {
        let quotes = Paths.samples.appendingPathComponent("quotes")
        let result = try await CLI.run([
            "check", quotes.appendingPathComponent("program.wt").path,
            "--output-schema", quotes.appendingPathComponent("output.schema.json").path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
    }

    @Test("a schema file that is not JSON exits 65 with its line and column")
    func schemaNotJSON() async throws {
        let dir = try CLI.temporaryDirectory()
        let schema = dir.appendingPathComponent("schema.json")
        try "{\n  \"type\": \"object\",\n  \"properties\": {,}\n}\n".write(
            to: schema, atomically: true, encoding: .utf8)
        let quotes = Paths.samples.appendingPathComponent("quotes/program.wt").path
        let result = try await CLI.run(["check", quotes, "--output-schema", schema.path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("\(schema.path):3:18: error:"), "\(result.stderr)")
    }

    @Test("usage errors exit 64")
    func usage() async throws {
        #expect(try await CLI.run(["check"]).status == 64)
        #expect(try await CLI.run(["frobnicate"]).status == 64)
        #expect(try await CLI.run(["check", "--diagnostics-format", "xml", "a.wt"]).status == 64)
    }
}
