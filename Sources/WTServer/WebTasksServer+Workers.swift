import Hummingbird
import ServiceLifecycle

extension WebTasksServer {
    /// Serves the API beside `workers` (the worker pool) until SIGTERM or SIGINT; then requests in flight
    /// finish and the workers' task is cancelled, which lets running tasks end or go back to the queue.
    public func run(
        host: String, port: Int, onRunning: @escaping @Sendable (Int) async -> Void,
        workers: @escaping @Sendable () async -> Void
    ) async throws {
        try await application(host: host, port: port, services: [WorkerService(work: workers)], onRunning: onRunning)
            .runService()
    }
}

/// The worker pool as a service beside the server: cancelled when a graceful shutdown starts.
private struct WorkerService: Service {
    let work: @Sendable () async -> Void

    func run() async throws {
        await cancelWhenGracefulShutdown { await work() }
    }
}
