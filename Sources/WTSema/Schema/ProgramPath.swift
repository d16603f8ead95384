/// Where in the program's result a schema node is being compared: which output, and the fields and list
/// items on the way down. Its description starts every message ("output 'quotes': field 'author'").
struct ProgramPath {
    enum Step: Hashable {
        case field(String)
        case item
    }

    /// All outputs, so a field of the root (the result object) can find its declaration.
    let outputs: [OutputDeclaration]
    /// The output this path is inside; nil at the root, which is the result object itself.
    private(set) var output: OutputDeclaration?
    private(set) var steps: [Step] = []

    init(outputs: [OutputDeclaration]) {
        self.outputs = outputs
    }

    var isRoot: Bool { output == nil }

    func appending(field name: String) -> ProgramPath {
        var path = self
        if output == nil {
            path.output = outputs.first { $0.name == name }
        } else {
            path.steps.append(.field(name))
        }
        return path
    }

    func appendingItem() -> ProgramPath {
        var path = self
        path.steps.append(.item)
        return path
    }

    /// "output 'quotes': field 'tags[].name'", "output 'tags': each item". Items before the first field
    /// are implied by it and not written; items between fields are written `[]`.
    var description: String {
        guard let output else { return "the run's result" }
        var fields = ""
        var trailingItem = false
        for step in steps {
            switch step {
            case .field(let name):
                fields += fields.isEmpty ? name : (trailingItem ? "[]." : ".") + name
                trailingItem = false
            case .item:
                trailingItem = true
            }
        }
        var text = "output '\(output.name)'"
        if !fields.isEmpty { text += ": field '\(fields)'" }
        if trailingItem { text += ": each item" }
        return text
    }
}
