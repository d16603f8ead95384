import WTTrace

/// The values of a queued task's secret parameters, held only in this process's memory from `start` until
/// its run begins: the store keeps the task with those values masked, so they are never written anywhere.
/// The price: a task with secrets runs only in the process that accepted it, and not after a restart; such a
/// task fails with `secrets-unavailable` and the client starts it again.
public actor SecretVault {
    private var values: [String: [String: JSONValue]] = [:]

    public init() {}

    /// Keeps `secrets` (parameter name → value) for task `id`.
    public func keep(_ secrets: [String: JSONValue], for id: String) {
        guard !secrets.isEmpty else { return }
        values[id] = secrets
    }

    /// The secrets of task `id`, forgotten as they are handed out (a run takes them once).
    public func take(for id: String) -> [String: JSONValue]? {
        values.removeValue(forKey: id)
    }
}
