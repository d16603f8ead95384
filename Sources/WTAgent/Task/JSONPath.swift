import WTDiagnostics

/// A location inside a JSON value, written the way people read it: `$.quotes[3].author`, with keys that
/// are not identifiers quoted (`$["first name"]`). The same form, with another root, names task fields
/// (`parameters.tag`, `outputSchema.properties.x.type`).
public struct JSONPath: Sendable, Hashable, CustomStringConvertible {
    public private(set) var description: String

    /// `$`, the whole value.
    public static let root = JSONPath("$")

    /// A path starting at `root` (`$`, `outputSchema`).
    public init(_ root: String) { description = root }

    /// The member `key` of the object here.
    public func key(_ key: String) -> JSONPath {
        var path = self
        path.description += Self.isIdentifier(key) ? "." + key : "[" + JSONText.quoted(key) + "]"
        return path
    }

    /// The item at `index` of the array here.
    public func index(_ index: Int) -> JSONPath {
        var path = self
        path.description += "[\(index)]"
        return path
    }

    /// `[A-Za-z_][A-Za-z0-9_]*`, ASCII only: the names parameters may have and paths leave unquoted.
    public static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.utf8.first, first == UInt8(ascii: "_") || isLetter(first) else { return false }
        return text.utf8.allSatisfy { $0 == UInt8(ascii: "_") || isLetter($0) || (0x30...0x39).contains($0) }
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
}
