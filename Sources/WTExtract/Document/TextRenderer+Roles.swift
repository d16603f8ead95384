import CLibXML2

extension TextRenderer {
    /// An element name of at most 15 bytes, packed so it is looked up without making a string: rendering
    /// asks the role of every element it passes. (Every name in `roles` is that short and ASCII, and no
    /// other name is canonically equivalent to one of them, so the lookup finds what `roles` would.)
    struct PackedName: Hashable {
        private var low: UInt64 = 0
        private var high: UInt64 = 0

        init?(_ name: UnsafePointer<xmlChar>) {
            var i = 0
            while name[i] != 0 {
                guard i < 15 else { return nil }
                add(name[i], at: i)
                i += 1
            }
        }

        init?(_ name: String) {
            guard name.utf8.count < 16 else { return nil }
            for (i, byte) in name.utf8.enumerated() { add(byte, at: i) }
        }

        private mutating func add(_ byte: UInt8, at i: Int) {
            if i < 8 {
                low |= UInt64(byte) << (8 * i)
            } else {
                high |= UInt64(byte) << (8 * (i - 8))
            }
        }
    }

    /// `roles` by packed name.
    static let packedRoles: [PackedName: Role] = Dictionary(
        uniqueKeysWithValues: roles.compactMap { name, role in PackedName(name).map { ($0, role) } })

    /// `roles[name] ?? .inline` for a libxml2 element name, read in place.
    static func role(of name: UnsafePointer<xmlChar>?) -> Role {
        guard let name, let packed = PackedName(name) else { return .inline }
        return packedRoles[packed] ?? .inline
    }
}
