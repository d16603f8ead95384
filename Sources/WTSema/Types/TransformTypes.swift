import WTSyntax

/// What `then …` transforms produce, shared by the checker (which also reports bad inputs) and the
/// interpreter (which re-derives the types of expressions it stores).
public enum TransformTypes {
    /// The type after `transforms`, or `.error` where a transform does not accept its input.
    public static func type(after transforms: [Transform], from input: WTType) -> WTType {
        transforms.reduce(input) { type, transform in self.type(after: transform, from: type) }
    }

    /// The type one transform yields from `input`: a string or list of strings in, per element for lists;
    /// optional in, optional out.
    public static func type(after transform: Transform, from input: WTType) -> WTType {
        guard input != .error, let isList = stringShape(input)?.isList else { return .error }
        let output: WTType
        switch transform.kind {
        case .matches, .split:
            guard !isList else { return .error }
            output = .list(.string)
        case .match, .replace, .trim, .lower, .upper: output = isList ? .list(.string) : .string
        case .int: output = isList ? .list(.int) : .int
        case .number: output = isList ? .list(.number) : .number
        }
        return input.isOptional ? .optional(output) : output
    }

    /// The element type and whether the input is a list, when it is text or a list of text.
    public static func stringShape(_ input: WTType) -> (element: WTType, isList: Bool)? {
        var element = input.unwrapped
        var isList = false
        if case .list(let inner) = element {
            element = inner.unwrapped
            isList = true
        }
        return element == .string || element == .url ? (element, isList) : nil
    }
}
