import CLibXML2

/// `SemanticXPath.roleXPath` answered on documents that index their elements (`HTMLDocument.indexElements`).
/// libxml2 tests the role condition on every element of the page; only an element with a `role`
/// attribute, or one whose name the implicit role is written for (`a` and `area` for `link`), can pass
/// it. So the expression is evaluated on those elements alone, each as its own context with `self::`
/// for `descendant-or-self::`: the same test of each element, as its conditions look at the element, its
/// attributes, text and surroundings, never at its position. The nodes selected are the same, in
/// document order.
enum RoleSearch {
    /// How to answer one role expression.
    struct Query {
        /// The expression for one element: `self::*[…]…`.
        var perElement: String
        /// The element names the implicit role is written for; empty when the role has none.
        var names: [[UInt8]]
    }

    private static let head = "descendant-or-self::*"

    /// How to answer `xpath` when it is a role expression (its role condition as `SemanticXPath.roleXPath`
    /// writes it, then predicates that do not ask for the position); nil otherwise.
    static func query(for xpath: String) -> Query? {
        let bytes = Array(xpath.utf8)
        let opening = Array((head + "[@role=").utf8)
        guard bytes.starts(with: opening), let role = XPathReading.literal(bytes, at: opening.count) else {
            return nil
        }
        let implicit = SemanticXPath.implicitRoles[String(decoding: role.value, as: UTF8.self)]
        let closing = implicit.map { " or (not(@role) and (\($0)))]" } ?? "]"
        guard bytes[role.end...].starts(with: closing.utf8),
            XPathReading.isPositionFreePredicates(bytes, from: role.end + closing.utf8.count)
        else { return nil }
        var names: [[UInt8]] = []
        if let implicit {
            guard let required = requiredNames(implicit) else { return nil }
            names = required
        }
        return Query(perElement: "self::*" + xpath.dropFirst(head.count), names: names)
    }

    /// The names an element must have to meet `condition`, when it is a choice of `self::` tests (each
    /// possibly with predicates), possibly in parentheses and followed by ` and …`; nil for other shapes.
    static func requiredNames(_ condition: String) -> [[UInt8]]? {
        guard var bare = XPathReading.withoutPredicates(Array(condition.utf8)) else { return nil }
        if bare.first == UInt8(ascii: "(") {
            guard let close = bare.firstIndex(of: UInt8(ascii: ")")),
                close + 1 == bare.count || bare[(close + 1)...].starts(with: " and ".utf8)
            else { return nil }
            bare = Array(bare[1..<close])
        } else if let and = Self.range(of: Array(" and ".utf8), in: bare) {
            bare = Array(bare[..<and])
        }
        var names: [[UInt8]] = []
        for choice in Self.split(bare, by: Array(" or ".utf8)) {
            let test = Array("self::".utf8)
            guard choice.starts(with: test), choice.count > test.count,
                choice[test.count...].allSatisfy({ Bytes.isLetter($0) || Bytes.isDigit($0) || $0 == 0x2D || $0 == 0x5F }
                )
            else { return nil }
            names.append(Array(choice[test.count...]))
        }
        return names.isEmpty ? nil : names
    }

    private static func range(of needle: [UInt8], in bytes: [UInt8]) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        return (0...(bytes.count - needle.count)).first { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    private static func split(_ bytes: [UInt8], by separator: [UInt8]) -> [[UInt8]] {
        var parts: [[UInt8]] = []
        var rest = bytes[...]
        while let at = range(of: separator, in: Array(rest)) {
            parts.append(Array(rest.prefix(at)))
            rest = rest.dropFirst(at + separator.count)
        }
        parts.append(Array(rest))
        return parts
    }
}
