import ArgumentParser
import Foundation
import Logging
import WTAgent
import WTConsole
import WTEngine
import WTServer
import WTService
import WTStore

/// `wtc serve`: the Web Tasks API over HTTP and a pool of workers running its tasks, on the embedded store
/// or PostgreSQL. Several servers on one PostgreSQL share the queue and the one-writer-per-key rule.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the Web Tasks API and run its tasks.",
        discussion: """
            API keys: WTC_API_KEYS=<workspaceId>:<key>,… or --keys-file (one <workspaceId>:<key> a line); they are \
            kept hashed in the store, so keys added earlier keep working. Signed result-file URLs use \
            WTC_FILE_URL_SECRET (at least 16 bytes; give every server of a cluster the same one), else a random \
            secret whose URLs die with the process. The model is configured as for `wtc run` (ANTHROPIC_API_KEY, \
            WTC_OPENAI_BASE_URL, --transcript for a recorded conversation). SIGTERM or SIGINT stops it gracefully: \
            requests finish, running tasks get --shutdown-grace seconds, then go back to the queue. The workers share \
            one browser (launched, or --browser's), a fresh browser context per run, started again after a crash; \
            --browser-per-run gives each run its own. Exit 0 after a \
            graceful stop, 64 usage, 69 the store, the port or a browser unavailable.
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var modelOptions: ModelOptions
    @OptionGroup var navigation: ServeNavigationOptions

    @Option(name: .long, help: "The address to listen on.") var host = "127.0.0.1"
    @Option(name: .long, help: "The port (0 picks a free one, printed on stderr).") var port = 8080
    @Option(name: .long, help: "Tasks run at once by this server.") var workers = 2
    @Option(name: .long, help: "A browser to attach to (ws://… or wss://…) instead of launching Chromium.")
    var browser: String?
    @Flag(
        name: .long,
        help: """
            Give every run a browser of its own instead of one browser shared by the workers (a fresh context \
            per run): slower, but a browser crash or leak never reaches another run.
            """)
    var browserPerRun = false
    @Option(name: .long, help: "A file of API keys, one <workspaceId>:<key> a line.") var keysFile: String?
    @Option(name: .long, help: "Seconds a running task may take to finish when the server stops.")
    var shutdownGrace = 30
    @Option(
        name: .long,
        help: "Seconds without a heartbeat after which a started task counts as abandoned by a dead server.")
    var abandonAfter = 60
    @Option(name: .long, help: "The largest downloaded file a result may hold, in MiB; a larger one fails the run.")
    var maxFileMb = 100
    @Flag(
        name: .long, inversion: .prefixedNo,
        help: """
            Keep a picture of the page after every browser action in each task's run report (the console shows \
            them). Without, reports keep the steps and their times, and read-only runs may skip images.
            """)
    var stepPictures = true

    func validate() throws {
        // Both stores keep a file as one value of at most 1 GB.
        guard (1...1000).contains(maxFileMb) else { throw ValidationError("--max-file-mb must be 1 to 1000") }
        try validateBrowser()
    }

    func run() async throws {
        let dataStore = try await store.open()
        try await addKeys(to: dataStore)
        let catalog = try modelOptions.catalog()
        var engine = Engine.Options(runDirectory: store.dataDirectory.appendingPathComponent("runs"))
        engine.browserURL = browser
        engine.navigationGuard = navigation.navigationGuard
        let options = modelOptions
        var configuration = WebTaskService.Configuration(
            catalog: catalog, client: { input throws(ModelError) in try options.makeClient(for: input) },
            engine: engine, runsDirectory: store.dataDirectory.appendingPathComponent("runs"))
        configuration.fileLimit = maxFileMb << 20
        configuration.stepPictures = stepPictures
        let service = WebTaskService(store: dataStore, configuration: configuration)
        let metrics = ServerMetrics()
        var pool = WorkerPool(service: service, workers: workers)
        pool.sharesBrowser = !browserPerRun
        pool.shutdownGrace = .seconds(shutdownGrace)
        pool.abandonAfter = .seconds(max(abandonAfter, 1))
        pool.onFinished = { _, completion, duration in ServeMetrics.record(completion, duration, into: metrics) }
        let backend = ServiceBackend(service: service)
        let verifier = RememberingKeyVerifier(StoreKeyVerifier(store: dataStore))
        let console = WebConsole(
            backend: backend, verifier: verifier, secret: try secret() ?? Self.randomSecret(),
            reports: BackendTaskReports(backend: backend))
        let server = WebTasksServer(
            backend: backend, verifier: verifier, signer: try signer(), metrics: metrics,
            extraRoutes: { console.addRoutes(to: $0) }, pageNotFound: { await console.notFoundPage(for: $0) })
        // No `BrowserProcess.terminateAllOnSignal()` here: SIGTERM and SIGINT start the graceful shutdown, the pool
        // closes the shared browser (or runs their own) once drained, and a browser whose parent dies exits on
        // its pipe's end of file.
        try await server.run(
            host: host, port: port, onRunning: { Console.error("wtc: serving on http://\(host):\($0)\n") },
            workers: { [pool] in await ServeMetrics.watchQueue(dataStore, metrics) { await pool.run() } })
        await dataStore.close()
    }

    /// The configured keys, added to the store (hashed) so the store alone answers who a key belongs to.
    private func addKeys(to dataStore: any DataStore) async throws {
        var configured: [StaticAPIKeys] = []
        do {
            if let value = ProcessInfo.processInfo.environment["WTC_API_KEYS"], !value.isEmpty {
                configured.append(try StaticAPIKeys(environmentValue: value))
            }
            if let keysFile { configured.append(try StaticAPIKeys(contentsOfFile: keysFile)) }
        } catch {
            Console.error("wtc: error: \(error)\n")
            throw Exit.usage
        }
        for keys in configured {
            for entry in keys.entries { try await dataStore.addAPIKey(entry.key, workspace: entry.workspace) }
        }
        if configured.isEmpty {
            Console.error(
                "wtc: warning: no API keys configured (WTC_API_KEYS or --keys-file); only keys already in the "
                    + "store are accepted\n")
        }
    }

    private func signer() throws -> FileURLSigner {
        guard let secret = try secret(), let signer = FileURLSigner(secret: secret) else { return .random() }
        return signer
    }

    /// WTC_FILE_URL_SECRET's bytes (signed file URLs, and the console's session cookies and CSRF tokens, each
    /// with a key of its own derived from it), or nil when unset.
    private func secret() throws -> [UInt8]? {
        guard let secret = ProcessInfo.processInfo.environment["WTC_FILE_URL_SECRET"], !secret.isEmpty else {
            return nil
        }
        guard secret.utf8.count >= 16 else {
            Console.error("wtc: error: WTC_FILE_URL_SECRET must be at least 16 bytes\n")
            throw Exit.usage
        }
        return Array(secret.utf8)
    }

    /// Without a configured secret, console sessions die with the process, like signed file URLs.
    private static func randomSecret() -> [UInt8] {
        (0..<32).map { _ in UInt8.random(in: .min ... .max) }
    }
}
