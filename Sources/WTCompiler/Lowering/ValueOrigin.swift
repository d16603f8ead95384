import WTSyntax

/// Where a value the run typed, chose or opened came from, as the lowering writes it: a later run with
/// another page or other parameters must use its own value, never the recorded one (issue 11, "values
/// that come from the page must stay bound to the page").
enum ValueOrigin: Sendable, Hashable {
    /// A parameter's value: `fill "#q" with query`.
    case parameter(String)
    /// The whole value of an earlier read, by its path: `fill "#answer" with word`, `… with item.name`.
    case read(String)
    /// A part of an earlier read, taken by a regex capture: `fill "#order" with title then match "#([0-9]+)"`.
    case readPart(String, pattern: String)
    /// An earlier read in other letter case: `fill "#code" with word then lower` (`transform` is `.lower`
    /// or `.upper`).
    case recased(String, transform: Transform.Kind)
    /// Literal text around parameters and reads: `"Dear {word}"`, `"{base_url}/search?q={word}"`.
    case interpolated([TemplatePart])
    /// The page offers the value itself (an option of the select): a literal is the same on every run.
    case pageLiteral
    /// The page before the step showed it but the run never read it (an agent read it with its eyes): the
    /// lowering reads it from the page into a variable of that name, or else makes it that parameter.
    case shownOnPage(String)
    /// Nothing the run saw explains it: a new parameter of that name, the recorded value its default.
    case unexplained(String)
    /// Not a value that can vary (empty text): written as the literal.
    case literal

    /// The expression node for the value; `recorded` is the value the run used.
    func expression(_ recorded: String) -> Expr {
        switch self {
        case .parameter(let name), .read(let name), .shownOnPage(let name), .unexplained(let name):
            Syntax.reference(name)
        case .readPart(let path, let pattern): Syntax.matching(Syntax.reference(path), pattern)
        case .recased(let path, let transform): Expr(.transformed(Syntax.reference(path), [Transform(transform)]))
        case .interpolated(let parts): Expr(.string(Syntax.template(parts)))
        case .pageLiteral, .literal: Syntax.string(recorded)
        }
    }

    /// The names the expression refers to.
    var references: [String] {
        switch self {
        case .parameter(let name), .read(let name), .shownOnPage(let name), .unexplained(let name): [name]
        case .readPart(let path, _), .recased(let path, _): [path]
        case .interpolated(let parts):
            parts.compactMap { part in
                if case .reference(let name) = part { return name }
                return nil
            }
        case .pageLiteral, .literal: []
        }
    }

    /// One line for `--explain`, or nil for a plain parameter or literal (nothing to say).
    func explanation(step: Int, _ recorded: String) -> String? {
        let value = Printer.print(Syntax.string(recorded))
        switch self {
        case .read(let path): return "step \(step): \(value) is the value read into '\(path)'"
        case .readPart(let path, let pattern):
            return "step \(step): \(value) is part of the value read into '\(path)' (pattern \(pattern))"
        case .recased(let path, let transform):
            return "step \(step): \(value) is the value read into '\(path)', \(Transform(transform).name)-cased"
        case .interpolated:
            let names = references.map { "'\($0)'" }.joined(separator: ", ")
            return "step \(step): \(value) is written around the values of \(names)"
        case .pageLiteral: return "step \(step): \(value) is offered by the page itself: kept as written"
        case .shownOnPage(let name):
            return "step \(step): \(value) is on the page, but no read of it reproduces it: it is parameter '\(name)'"
        case .unexplained(let name):
            return "step \(step): nothing the run read or was given explains \(value): it is parameter '\(name)'"
        case .parameter, .literal: return nil
        }
    }
}
