import WTSema
import WTSyntax

/// `repeat` and `for each`. Each iteration runs in a fresh frame holding the loop variable, so names first
/// bound in the body start over every time, as the checker scopes them.
extension Executor {
    /// `repeat N [as i]`: `i` = 1…N; a count below 1 (from a parameter) runs the body zero times.
    mutating func repeatLoop(_ count: Expr?, counter: Identifier?, _ body: Block) async throws(Interrupt) -> Flow {
        guard let count else { return .next }
        let times = try await intValue(count)
        guard times >= 1 else { return .next }
        for i in 1...times {
            let bindings = counter.map { [($0.name, Binding(value: .int(i), type: .int))] } ?? []
            switch try await run(body.statements, with: bindings) {
            case .next: continue
            case .breakLoop: return .next
            case .returnProgram: return .returnProgram
            }
        }
        return .next
    }

    /// `for each x in list [concurrency K]`: a null list has no elements; K above 1 runs iterations on
    /// forked pages (see `ConcurrentLoop`).
    mutating func forEach(_ variable: Identifier, in list: Expr, concurrency: Expr?, _ body: Block)
        async throws(Interrupt) -> Flow
    {
        var items: [Value] = []
        if case .list(let values) = try await evaluate(list) { items = values }
        let element = StaticTypes.type(of: list, in: env).elementType ?? .error
        var width = 1
        if let concurrency { width = try await intValue(concurrency) }
        let loop = LoopShape(variable: variable.name, element: element, body: body)
        guard width > 1, items.count > 1 else { return try await forEachInOrder(items, loop) }
        let granted = context.reserveForks(min(width, items.count))
        defer { context.releaseForks(granted) }
        // Fewer than two pages gains nothing over running here, on the loop's own page.
        guard granted > 1 else { return try await forEachInOrder(items, loop) }
        var concurrent = ConcurrentLoop(parent: self, items: items, shape: loop, width: granted)
        let end = await concurrent.run()
        self = concurrent.parent
        switch end {
        case .completed, .broke: return .next
        case .abandoned: throw .abandoned
        case .returned: return .returnProgram
        case .failed(let failure): throw .failed(failure)
        }
    }

    mutating func forEachInOrder(_ items: [Value], _ loop: LoopShape) async throws(Interrupt) -> Flow {
        for item in items {
            switch try await run(loop.body.statements, with: [loop.binding(item)]) {
            case .next: continue
            case .breakLoop: return .next
            case .returnProgram: return .returnProgram
            }
        }
        return .next
    }
}

/// What every iteration of one `for each` shares.
struct LoopShape: Sendable {
    var variable: String
    var element: WTType
    var body: Block

    func binding(_ item: Value) -> (String, Binding) {
        (variable, Binding(value: item, type: element))
    }
}
