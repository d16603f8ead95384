import WTTrace

extension ExamplePage {
    /// The indexes worth building before an extraction asks (on another thread, `PagePreparation`): those
    /// its example value will be looked up in.
    struct Warmth: OptionSet, Hashable {
        let rawValue: Int

        static let texts = Warmth(rawValue: 1)
        static let numbers = Warmth(rawValue: 2)
        static let links = Warmth(rawValue: 4)

        /// For the strings, numbers and addresses in `value`. Addresses only in a list: the address a
        /// single record holds is usually the page's own (a field bound to the loop, not looked for).
        init(for value: JSONValue) {
            self.init(for: value, inList: false)
        }

        private init(for value: JSONValue, inList: Bool) {
            var found: Warmth = []
            switch value {
            case .string(let s): found = inList && s.utf8.contains(0x3A) ? [.texts, .links] : .texts
            case .number: found = .numbers
            case .array(let items): for item in items { found.formUnion(Warmth(for: item, inList: true)) }
            case .object(let members):
                for member in members { found.formUnion(Warmth(for: member.value, inList: inList)) }
            case .null, .bool: break
            }
            self = found
        }

        init(rawValue: Int) {
            self.rawValue = rawValue
        }
    }

    /// Builds the indexes `warmth` names now: what they hold does not depend on when they are built.
    func warm(_ warmth: Warmth) {
        _ = compositions
        if warmth.contains(.texts) {
            index.warmTexts()
            _ = index.byAttribute
        }
        if warmth.contains(.numbers) { _ = index.byNumber }
        if warmth.contains(.links) { _ = index.byLink }
    }
}
