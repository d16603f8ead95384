import Testing

@Suite("wtc help and version (built binary)")
struct HelpAndVersionTests {
    @Test("--help lists the commands and the exit codes")
    func help() async throws {
        let result = try await CLI.run(["--help"])
        #expect(result.status == 0)
        for word in ["check", "fmt", "Exit codes", "64 usage error", "missing input"] {
            #expect(result.stdout.contains(word), "help lacks \(word)")
        }
    }

    @Test("each command has its own help")
    func commandHelp() async throws {
        let check = try await CLI.run(["check", "--help"])
        #expect(check.status == 0)
        #expect(check.stdout.contains("--output-schema"))
        #expect(check.stdout.contains("--diagnostics-format"))
        let fmt = try await CLI.run(["fmt", "--help"])
        #expect(fmt.status == 0)
        #expect(fmt.stdout.contains("--check"))
    }

    @Test("--version prints a semantic version")
    func version() async throws {
        let result = try await CLI.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil)
    }
}
