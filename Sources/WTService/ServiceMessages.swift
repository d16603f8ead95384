/// The execution model's message catalog: why a run kept no program, and what the ledger says.
enum ServiceMessages {
    static let agentDidNotFinish = "the agent did not finish the task"
    static let inputUnreadable =
        "the task's stored input could not be read back (the database was changed by hand?); start the task again"
    static let secretsUnavailable =
        "this task's secret values are not stored anywhere, and the server holding them restarted or another "
        + "server took the task; start the task again"

    static func replayFailed(_ why: Why) -> String {
        "the compiled program failed when replayed from a clean start: \(why)"
    }

    static func replayDiffers(_ replayed: String, _ agent: String) -> String {
        "the compiled program's result differs from the agent's when replayed from a clean start (replay: "
            + "\(replayed.prefix(400)); agent: \(agent.prefix(400)))"
    }

    static func traceNotWritten(_ why: String) -> String { "the trace could not be written: \(why)" }
    static func traceNotRead(_ why: String) -> String { "the trace could not be read back: \(why)" }
    static func notCompiled(_ why: String) -> String { "the trace did not compile to a verified program: \(why)" }
}

extension ServiceMessages {
    static let noProgram = "no program saved under this key"

    static func programFailed(_ revision: Int, _ why: String) -> String {
        "the saved program (revision \(revision)) failed: \(why)"
    }

    static func contractFailed(_ problems: [String]) -> String {
        "the saved program's result does not match the output schema: " + problems.prefix(3).joined(separator: "; ")
    }

    static func superseded(_ revision: Int, _ by: String) -> String {
        "superseded: another run (\(by)) saved revision \(revision) while this one explored; its save was dropped"
    }
}

extension ServiceMessages {
    static func prefixFailed(_ why: String) -> String {
        "the saved program's steps before the failing one failed again, so the repair could not start: \(why)"
    }
}

extension ServiceMessages {
    static func cannotResume(_ why: String) -> String {
        "the remaining steps cannot run on their own (\(why)); do the rest of the task with the tools"
    }
}

extension ServiceMessages {
    static func fileMissing(_ name: String) -> String {
        "the downloaded file '\(name)' is no longer in the run's folder, so the result cannot hold it"
    }

    static func fileTooLarge(_ name: String, size: Int, limit: Int) -> String {
        "the downloaded file '\(name)' is \(size) bytes, more than the \(limit)-byte limit for a result file "
            + "(wtc serve --max-file-mb)"
    }

    static func fileNotStored(_ why: String) -> String { "a result file could not be stored: \(why)" }
}
