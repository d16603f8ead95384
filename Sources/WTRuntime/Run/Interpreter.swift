import WTDiagnostics
import WTSema
import WTSyntax

/// Stage 3 of a run: `CheckedProgram → RunResult`, over the `PageDriver` port.
///
/// 1. parameters: the given values converted to their declared types, defaults applied
/// 2. statements, in order, against the driver (see grammar/README.md, "Semantics in one page")
/// 3. outputs: each converted to its declared type; a non-optional output still null fails the run,
///    also after `return`
///
/// Rules the grammar's one-page semantics leaves open, decided here:
/// - The page is read (`PageDriver.snapshot()`) once and reused until a step that may change it
///   (`open`, `back`, `click`, `fill`, `select`, `check`, `uncheck`, `press`, `scroll`, `download`);
///   every poll of `wait for` and `scroll until` reads afresh.
/// - Null: interpolating it, typing it, opening it or using it in `+`/`-` fails the step
///   (`run.null-value`); comparisons with null are false except `null == null`; `count` of a null list
///   is 0; a null condition is false; `for each` over null runs zero times.
/// - `repeat N` with N below 1 (from a parameter) runs zero times.
/// - `scroll until … max N` reaching N is not a failure (the bound is a safety net; `expect` states
///   what must hold). After each scroll it waits up to `RunOptions.scrollSettleTimeout` for growth.
/// - `for each … concurrency K`: see `ConcurrentLoop` (same result as a sequential run).
/// - Secret parameter values are removed from every message, help, note and step summary.
public enum Interpreter {
    /// Runs `program` with `driver`; the driver is closed at the end on every path.
    public static func run(
        _ program: CheckedProgram, file: SourceFile, driver: any PageDriver, options: RunOptions
    ) async throws(RunFailure) -> RunResult {
        let outcome: Result<RunResult, RunFailure>
        do {
            outcome = .success(try await execute(program, file: file, driver: driver, options: options))
        } catch {
            outcome = .failure(error)
        }
        await (driver as? any RunEnding)?.runEnded(failed: (try? outcome.get()) == nil)
        await driver.close()
        return try outcome.get()
    }

    private static func execute(
        _ program: CheckedProgram, file: SourceFile, driver: any PageDriver, options: RunOptions
    ) async throws(RunFailure) -> RunResult {
        let parameters: [String: Value]
        do {
            parameters = try ParameterResolver(program: program).resolve(given: options.parameters)
        } catch {
            let span = error.parameter.flatMap { name in program.parameters.first { $0.name == name }?.span }
            throw RunFailure(
                kind: .invalidParameters,
                diagnostic: Diagnostic(RunMessages.invalidParameters(error.message), span: span))
        }
        let context = RunContext(program: program, file: file, options: options, parameters: parameters)
        var executor = Executor(
            context: context, driver: driver, env: environment(program, parameters, outputs: options.initialOutputs))
        do {
            _ = try await executor.run(program.program.statements)
        } catch {
            switch error {
            case .failed(let failure): throw failure
            case .abandoned: break  // only iterations of concurrent loops are abandoned, never the run itself
            }
        }
        let outputs = try finalOutputs(program, executor.env)
        let declared = Set(program.parameters.map(\.name) + program.outputs.map(\.name))
        return RunResult(
            outputs: outputs, stepsRun: context.stepsRun, duration: context.clock.now(),
            variables: executor.env.outermost.filter { !declared.contains($0.key) })
    }

    /// Parameters (read-only by the checker's rules) and outputs in the outermost frame. Outputs start with
    /// their `initial` value, or empty: non-optional lists as `[]`, everything else as null.
    private static func environment(
        _ program: CheckedProgram, _ parameters: [String: Value], outputs initial: [String: Value]
    ) -> Environment {
        var env = Environment()
        for parameter in program.parameters {
            env.declare(parameter.name, Binding(value: parameters[parameter.name] ?? .null, type: parameter.type))
        }
        for output in program.outputs {
            let empty: Value = output.type.isOptional || output.type.elementType == nil ? .null : .list([])
            env.declare(output.name, Binding(value: initial[output.name] ?? empty, type: output.type))
        }
        return env
    }

    private static func finalOutputs(_ program: CheckedProgram, _ env: Environment) throws(RunFailure)
        -> [Value.Field]
    {
        var fields: [Value.Field] = []
        for output in program.outputs {
            let value = env.lookup(output.name)?.value ?? .null
            if value == .null, !output.type.isOptional {
                throw RunFailure(
                    kind: .outputInvalid,
                    diagnostic: Diagnostic(RunMessages.outputNeverAssigned(output.name), span: output.span))
            }
            do {
                fields.append(.init(output.name, try Coercion.convert(value, to: output.type, path: output.name)))
            } catch {
                throw RunFailure(
                    kind: .outputInvalid,
                    diagnostic: Diagnostic(RunMessages.outputInvalid(error.message), span: output.span))
            }
        }
        return fields
    }
}
