import Foundation
import Testing

/// Inputs from the "bad input" list, through the real binary: a clear diagnostic, the right exit
/// code, no crash (a crash would show as a signal exit status, not 65).
@Suite("wtc bad input (built binary)")
struct BadInputTests {
    static func write(_ text: String, _ name: String = "p.wt") throws -> URL {
        let file = try CLI.temporaryDirectory().appendingPathComponent(name)
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    @Test("10,000 nested blocks get a nesting diagnostic, not a stack overflow")
    func deepBlocks() async throws {
        let depth = 10_000
        let text =
            "program \"deep\"\n\n" + String(repeating: "repeat 1 {\n", count: depth)
            + "back\n" + String(repeating: "}\n", count: depth)
        let result = try await CLI.run(["check", try Self.write(text).path])
        #expect(result.status == 65, "\(result.stderr.prefix(500))")
        #expect(result.stderr.contains("[syntax.nesting-too-deep]"))
    }

    @Test("10,000 nested parentheses get a nesting diagnostic")
    func deepParens() async throws {
        let text =
            "program \"deep\"\n\nexpect " + String(repeating: "(", count: 10_000) + "true"
            + String(repeating: ")", count: 10_000) + "\n"
        let result = try await CLI.run(["check", try Self.write(text).path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("[syntax.nesting-too-deep]"))
    }

    @Test("10,000 chained 'not' get a nesting diagnostic")
    func deepNot() async throws {
        let text = "program \"deep\"\n\nexpect " + String(repeating: "not ", count: 10_000) + "true\n"
        let result = try await CLI.run(["check", try Self.write(text).path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("[syntax.nesting-too-deep]"))
    }

    @Test("invalid UTF-8 is reported with its line and column")
    func invalidUTF8() async throws {
        let file = try CLI.temporaryDirectory().appendingPathComponent("p.wt")
        var bytes = [UInt8]("program \"p\"\n\nclick \"ab".utf8)
        bytes.append(0xFF)
        bytes += [UInt8]("\"\n".utf8)
        try Data(bytes).write(to: file)
        let result = try await CLI.run(["check", file.path])
        #expect(result.status == 65)
        #expect(
            result.stderr.contains("\(file.path):3:10: error: invalid UTF-8 at byte offset 22 [input.invalid-utf8]"))
    }

    @Test("every syntax error in a file is reported in one run")
    func everySyntaxError() async throws {
        let text = """
            program "many"

            click
            fill "#a" "b"
            open
            repeat 3 {
              select "#s" option
            }
            wait "x"

            """
        let result = try await CLI.run(["check", try Self.write(text).path])
        #expect(result.status == 65)
        for line in [3, 4, 5, 7, 9] {
            #expect(result.stderr.contains("p.wt:\(line):"), "no diagnostic on line \(line):\n\(result.stderr)")
        }
    }
}

@Suite("wtc bad input: long chains (built binary)")
struct LongChainTests {
    @Test("a 100,000-operand 'or' chain gets a nesting diagnostic with a short excerpt")
    func longChain() async throws {
        let text =
            "program \"chain\"\n\nexpect " + Array(repeating: "true", count: 100_000).joined(separator: " or ") + "\n"
        let result = try await CLI.run(["check", try BadInputTests.write(text).path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("[syntax.nesting-too-deep]"))
        #expect(result.stderr.count < 2_000)
    }

    @Test("a 100,000-branch 'else if' chain gets a nesting diagnostic")
    func longElseIf() async throws {
        let text =
            "program \"chain\"\n\nif true {\n  back\n}"
            + String(repeating: " else if true {\n  back\n}", count: 100_000) + "\n"
        let result = try await CLI.run(["check", try BadInputTests.write(text).path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("[syntax.nesting-too-deep]"))
    }
}
