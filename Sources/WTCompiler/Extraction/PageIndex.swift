import WTExtract

/// The elements of a page by the values they show, built on first use: placing a record asks "which
/// elements hold this value?" for every field of every record, and a scan of the page each time makes
/// hundreds of records slow.
struct PageIndex {
    /// Elements by `Node.text`.
    var byText: [String: [Node]] = [:]
    /// Elements by attribute value, with the attribute (`class` and `style` left out).
    var byAttribute: [String: [(node: Node, name: String)]] = [:]
    /// Elements by their link resolved against the page.
    var byLink: [String: [Node]] = [:]
    /// Elements by the number their text reads as.
    var byNumber: [Double: [Node]] = [:]

    init(_ page: ExamplePage) {
        for node in page.elements {
            byText[page.text(node), default: []].append(node)
            for (name, value) in page.attributes(node) where name != "class" && name != "style" {
                byAttribute[value, default: []].append((node, name))
            }
            if let link = page.link(node) { byLink[link, default: []].append(node) }
            // Only text that could be a number is parsed: a failed parse builds an error message.
            let text = page.text(node)
            if text.count <= 40, text.contains(where: \.isNumber), let number = try? Coercion.number(text) {
                byNumber[number, default: []].append(node)
            }
        }
    }
}
