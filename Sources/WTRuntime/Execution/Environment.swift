import WTSema

/// A name's value during a run, with the type it was declared with (or first bound with), which decides
/// conversions on assignment and whether an extracted field may be missing.
struct Binding: Sendable {
    var value: Value
    var type: WTType
}

/// A change to a name declared outside a concurrent loop's body, recorded by an iteration and replayed
/// onto the loop's own environment in list order.
enum Write: Sendable {
    case assign(String, Value)
    /// Elements to append, already converted to the list's element type.
    case append(String, [Value])
}

/// The names of a run: parameters and outputs in the outermost frame, variables in the frame of the block
/// that first bound them (the checker's scoping, so a name bound in a loop body is fresh each iteration),
/// loop variables in their loop's frame.
struct Environment: Sendable {
    private var frames: [[String: Binding]] = [[:]]

    var depth: Int { frames.count }

    /// The names bound in the outermost frame and their values.
    var outermost: [String: Value] { frames[0].mapValues(\.value) }

    mutating func push() { frames.append([:]) }

    mutating func pop() {
        if frames.count > 1 { frames.removeLast() }
    }

    func lookup(_ name: String) -> Binding? {
        for frame in frames.reversed() {
            if let binding = frame[name] { return binding }
        }
        return nil
    }

    /// Declares `name` in the innermost frame.
    mutating func declare(_ name: String, _ binding: Binding) {
        frames[frames.count - 1][name] = binding
    }

    /// Applies a write to the frame that holds the name; returns that frame's index, or nil when the name
    /// is unknown (the checker rules that out).
    @discardableResult
    mutating func apply(_ write: Write) -> Int? {
        switch write {
        case .assign(let name, let value):
            guard let index = frameIndex(of: name) else { return nil }
            frames[index][name]?.value = value
            return index
        case .append(let name, let items):
            guard let index = frameIndex(of: name), var binding = frames[index][name] else { return nil }
            // Taking the binding out first leaves the list uniquely referenced, so appending does not copy it.
            frames[index][name] = nil
            var list: [Value] = []
            if case .list(let existing) = binding.value { list = existing }
            binding.value = .null
            list.append(contentsOf: items)
            binding.value = .list(list)
            frames[index][name] = binding
            return index
        }
    }

    private func frameIndex(of name: String) -> Int? {
        frames.indices.reversed().first { frames[$0][name] != nil }
    }
}
