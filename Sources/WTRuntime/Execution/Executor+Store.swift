import WTSema
import WTSyntax

/// The writes of one iteration of a concurrent loop to names declared outside it, replayed onto the
/// loop's environment in list order so the result does not depend on timing.
struct Journal: Sendable {
    /// Frames below this depth belong to the environment the loop started from.
    let baseDepth: Int
    var writes: [Write] = []
}

/// Assignment: `=` replaces, `+=` appends; values are converted to the name's type on the way in, so an
/// `int` stored in a `number` field is a number from then on.
extension Executor {
    mutating func store(_ name: String, _ op: AssignOp, _ value: Value, type valueType: WTType) throws(Interrupt) {
        guard let binding = env.lookup(name) else {
            // The first binding declares the name in the innermost block, as the checker scoped it.
            env.declare(name, Binding(value: value, type: valueType))
            return
        }
        switch op {
        case .assign:
            commit(.assign(name, try fit(value, to: binding.type, name)))
        case .append:
            let element = binding.type.elementType ?? .error
            var items = [value]
            if case .list(let values) = value, concatenates(valueType, into: binding.type) { items = values }
            var converted: [Value] = []
            converted.reserveCapacity(items.count)
            for item in items { converted.append(try fit(item, to: element, "\(name)[]")) }
            commit(.append(name, converted))
        }
    }

    /// Applies a write, and journals it when it changes a name from outside the current concurrent iteration.
    mutating func commit(_ write: Write) {
        guard let frame = env.apply(write), let base = journal?.baseDepth, frame < base else { return }
        journal?.writes.append(write)
    }

    /// `+=` with a list value concatenates and with an element appends. When the elements are not lists
    /// themselves a list value can only be concatenated; for lists of lists the value's type decides, as
    /// in the checker.
    private func concatenates(_ valueType: WTType, into list: WTType) -> Bool {
        guard let element = list.elementType, element.unwrapped.elementType != nil else { return true }
        return StaticTypes.isAssignable(valueType, to: list.unwrapped)
    }

    private func fit(_ value: Value, to type: WTType, _ path: String) throws(Interrupt) -> Value {
        do {
            return try Coercion.convert(value, to: type, path: path)
        } catch {
            throw failure(RunMessages.coercion("cannot store the value: \(error.message)"))
        }
    }
}
