import Testing

@Suite("wtc help and version (built binary)")
struct HelpAndVersionTests {
    @Test("--help lists the commands and the exit codes")
    func help() throws {
        let result = try CLI.run(["--help"])
        #expect(result.status == 0)
        for word in ["check", "fmt", "Exit codes", "64 usage error", "missing input"] {
            #expect(result.stdout.contains(word), "help lacks \(word)")
        }
    }

    @Test("each command has its own help")
    func commandHelp() throws {
        let check = try CLI.run(["check", "--help"])
        #expect(check.status == 0)
        #expect(check.stdout.contains("--output-schema"))
        #expect(check.stdout.contains("--diagnostics-format"))
        let fmt = try CLI.run(["fmt", "--help"])
        #expect(fmt.status == 0)
        #expect(fmt.stdout.contains("--check"))
    }

    @Test("--version prints a semantic version")
    func version() throws {
        let result = try CLI.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil)
    }
}
