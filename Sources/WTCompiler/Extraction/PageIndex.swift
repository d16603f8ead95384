import WTExtract

/// The elements of a page by the values they show, each part built on first use: placing a record asks
/// "which elements hold this value?" for every field of every record, and a scan of the page each time
/// makes hundreds of records slow.
final class PageIndex {
    private unowned let page: ExamplePage
    private lazy var texts = TextIndex(page)

    init(_ page: ExamplePage) {
        self.page = page
    }

    /// Builds what text lookups need first.
    func warmTexts() {
        texts.warm()
    }

    /// The elements whose `Node.text` is `text`, in document order.
    func elements(showing text: String) -> [Node] {
        texts.elements(showing: text)
    }

    /// Elements by attribute value, with the attribute (`class` and `style` left out), in document order.
    private(set) lazy var byAttribute: [String: [(node: Node, name: String)]] = {
        var out: [String: [(node: Node, name: String)]] = [:]
        for node in page.elements {
            for (name, value) in node.attributes where name != "class" && name != "style" {
                out[value, default: []].append((node, name))
            }
        }
        return out
    }()

    /// Elements by their link resolved against the page, in document order.
    private(set) lazy var byLink: [String: [Node]] = {
        var out: [String: [Node]] = [:]
        for node in page.elements {
            if let link = page.link(node) { out[link, default: []].append(node) }
        }
        return out
    }()

    /// Elements by the number their text reads as, in document order. Only text of at most 40 characters
    /// that has a digit is read (a failed parse builds an error message); texts of more printable ASCII
    /// characters are longer, and a number needs an ASCII digit, so neither is rendered.
    private(set) lazy var byNumber: [Double: [Node]] = {
        var out: [Double: [Node]] = [:]
        for (node, composition) in zip(page.elements, page.compositions)
        where composition.printableASCII <= 40 && composition.asciiDigits > 0 {
            let text = page.text(node)
            if Self.isShort(text), let number = try? Coercion.number(text) { out[number, default: []].append(node) }
        }
        return out
    }()

    /// At most 40 characters, one of them a number. In ASCII text without a carriage return (`\r\n` is one
    /// character) characters are bytes, and the numbers are the digits.
    private static func isShort(_ text: String) -> Bool {
        if text.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            return text.utf8.count <= 40 && text.utf8.contains { $0 >= 0x30 && $0 <= 0x39 }
        }
        return text.count <= 40 && text.contains(where: { $0.isNumber })
    }
}
