import WTDiagnostics
import WTRuntime
import WTSema

/// `mode auto` keeps the browser as the fallback: a program the compiler lowered to plain HTTP (every step
/// worked over HTTP when it was recorded) that fails over HTTP runs again, from the start, in Chromium —
/// a site that began to need scripts still gets its task done, and the failure says why HTTP was not enough.
extension Engine {
    /// Runs `body` in the mode the program and the request resolve to; returns its result and the mode that
    /// produced it. The HTTP run of an `auto` program is retried in the browser when it failed at a step,
    /// an `expect` or its outputs — not when the network is down or a parameter is wrong, not while a trace
    /// is recorded (a trace is one run), and not after the HTTP run sent a request that may have changed
    /// something on the server (a form posted): running again would send it twice, so the failure stands
    /// with a note saying so. `onFallback` hears the HTTP failure before the browser run starts.
    public static func run<T: Sendable>(
        _ program: CheckedProgram, requested: ExecutionMode?, options: Options,
        onFallback: (RunFailure) -> Void = { _ in }, _ body: (any PageDriver) async throws -> T
    ) async throws -> (result: T, mode: ExecutionMode) {
        let mode = resolveMode(program, requested: requested)
        guard mode == .http, isAuto(program, requested: requested), options.recorder == nil else {
            return (try await withDriver(mode: mode, options: options, body), mode)
        }
        let ledger = RequestLedger()
        do {
            return (try await withDriver(mode: .http, options: options, ledger: ledger, body), .http)
        } catch var failure as RunFailure where browserMayFix(failure) {
            if let request = ledger.firstUnsafe {
                failure.diagnostic.notes.append(
                    .init(
                        "mode auto did not run it again in the browser: the HTTP run sent \(request), which a "
                            + "second run would send again; run with --mode browser if that is safe", span: nil))
                throw failure
            }
            onFallback(failure)
            return (try await withDriver(mode: .browser, options: options, body), .browser)
        }
    }

    /// Failures a browser may not have: a step that found nothing or was refused, an `expect`, the outputs.
    /// Not the program's own errors (`StepError.Kind.programError`: an invalid selector, an XPath that
    /// yields a value where elements are needed, a column the table does not have), which a browser run
    /// would meet again after loading every page once more.
    static func browserMayFix(_ failure: RunFailure) -> Bool {
        retriable.contains(failure.kind) && !failure.isProgramError
    }

    static let retriable: Set<RunFailure.Kind> = [.stepFailed, .expectationFailed, .outputInvalid]
}
