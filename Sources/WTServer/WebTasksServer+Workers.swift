import Hummingbird
import Logging
import ServiceLifecycle

extension WebTasksServer {
    /// Serves the API beside `workers` (the worker pool) until SIGTERM or SIGINT; then requests in flight
    /// finish and the workers' task is cancelled, which lets running tasks end or go back to the queue.
    public func run(
        host: String, port: Int, onRunning: @escaping @Sendable (Int) async -> Void = { _ in },
        workers: @escaping @Sendable () async -> Void
    ) async throws {
        let application = try application(host: host, port: port, onRunning: onRunning)
        let group = ServiceGroup(
            configuration: .init(
                services: [.init(service: application), .init(service: WorkerService(work: workers))],
                gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await group.run()
    }
}

/// The worker pool as a service of the group: cancelled when a graceful shutdown starts.
private struct WorkerService: Service {
    let work: @Sendable () async -> Void

    func run() async throws {
        await cancelWhenGracefulShutdown { await work() }
    }
}
