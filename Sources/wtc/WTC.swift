import ArgumentParser

/// The `wtc` command line. Commands are thin: each reads input, calls a library stage, and maps the
/// outcome to an exit code (CONVENTIONS.md #13).
@main
struct WTC: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wtc",
        abstract: "Compile, check and run web tasks written in the .wt language.",
        discussion: """
            Exit codes: 0 ok, 1 'fmt --check' found files to reformat, 64 usage error, \
            65 invalid program or input, 66 missing input, 69 browser or network unavailable (for 'doctor': \
            something is missing), 70 run failed, 73 a --report file could not be written. 'query' exits 1 when \
            nothing matches, like grep.
            """,
        version: WTCVersion.current,
        subcommands: [
            CheckCommand.self, FmtCommand.self, ExecCommand.self, QueryCommand.self, CompileCommand.self,
            DoctorCommand.self, ExploreCommand.self, RunCommand.self, ServeCommand.self, KeysCommand.self,
        ]
    )
}

enum WTCVersion {
    static let current = "0.1.0"
}
