import Foundation
import Logging
import WTServer
import WTServerFakes

// wtc-fake-api [--port N]: WTServer over the scripted fake backend on 127.0.0.1, for the compatibility
// check with the hosted product's Python client (bench/compat/intuned_client.sh). Keys come from
// WTC_API_KEYS (default `ws_compat:key_compat`). Prints `listening <port>` once bound; stops on SIGTERM.

func portArgument() -> Int? {
    let arguments = CommandLine.arguments
    guard let index = arguments.firstIndex(of: "--port") else { return 0 }
    guard index + 1 < arguments.count, let port = Int(arguments[index + 1]), (0...65535).contains(port) else {
        return nil
    }
    return port
}

guard let port = portArgument() else {
    FileHandle.standardError.write(Data("usage: wtc-fake-api [--port N]\n".utf8))
    exit(64)
}
let keys: StaticAPIKeys
do {
    keys = try StaticAPIKeys(
        environmentValue: ProcessInfo.processInfo.environment["WTC_API_KEYS"] ?? "ws_compat:key_compat")
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(64)
}
let logger = {
    var logger = Logger(label: "wtc.fake-api")
    logger.logLevel = .warning
    return logger
}()
let server = WebTasksServer(backend: FakeWebTasksBackend(), verifier: keys, logger: logger)
do {
    try await server.application(port: port) { bound in
        FileHandle.standardOutput.write(Data("listening \(bound)\n".utf8))
    }.runService()
} catch {
    FileHandle.standardError.write(Data("wtc-fake-api: \(error)\n".utf8))
    exit(69)
}
