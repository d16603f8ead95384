import CLibXML2

/// What the parse survey records for the HTML5 repairs of `DocumentTree+HTML5`.
extension HTMLParser.Survey {
    /// Start tags that close an open `<select>` (a nested `<select>` is itself ignored).
    static let closesSelect: Set<String> = ["select", "input", "textarea", "keygen"]
    static let tableInternals: Set<String> = [
        "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "td", "th",
    ]
    static let tableContent: Set<String> = [
        "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "td", "th", "script", "style", "template",
        "form",
    ]

    /// Records the elements the HTML5 repairs of `DocumentTree+HTML5` need.
    func surveyHTML5(_ node: xmlNodePtr) {
        guard let raw = node.pointee.name else { return }
        let name = String(cString: raw)
        if Self.closesSelect.contains(name), DocumentTree.ancestor(of: node, named: "select") != nil {
            selectClosers.append(node)
        }
        if DocumentTree.textOnlyElements.contains(name) {
            textOnly.append(node)
            return
        }
        if name == "image" || Self.tableInternals.contains(name) {
            let foreign =
                DocumentTree.ancestor(of: node, named: "svg") ?? DocumentTree.ancestor(of: node, named: "math")
            if name == "image" {
                if foreign == nil { images.append(node) }
            } else if foreign == nil, DocumentTree.ancestor(of: node, named: "table") == nil,
                DocumentTree.ancestor(of: node, named: "template") == nil
            {
                strayTableParts.append(node)
                return
            }
        }
        guard let parent = node.pointee.parent, DocumentTree.isElement(parent) else { return }
        // Compared in place: this runs for every element of the page.
        let inTablePart =
            DocumentTree.isElement(parent, named: "table") || DocumentTree.isElement(parent, named: "tbody")
            || DocumentTree.isElement(parent, named: "tr") || DocumentTree.isElement(parent, named: "thead")
            || DocumentTree.isElement(parent, named: "tfoot")
        if name == "form" {
            defer { formClosedByForm = nil }
            if let closed = formClosedByForm, closed == DocumentTree.previousElement(of: node) {
                formsToMerge.append((closed, node))
            } else if DocumentTree.ancestor(of: node, named: "form") != nil {
                nestedForms.append(node)
            } else if inTablePart {
                formsInTables.append(node)
            }
        }
        guard inTablePart else { return }
        let inRow = DocumentTree.isElement(parent, named: "tr")
        let inTable = DocumentTree.isElement(parent, named: "table")
        if (name == "td" || name == "th") && !inRow || name == "col" && inTable {
            bareCells.append(node)
        } else if !Self.tableContent.contains(name), !(name == "input" && Self.isHiddenInput(node)) {
            fostered.append(node)
        }
    }

    private static func isHiddenInput(_ node: xmlNodePtr) -> Bool {
        Attributes.value(of: node, named: "type").map { XPathText.asciiLowercased($0) == "hidden" } ?? false
    }

    /// Tables that may hold bare rows once the repairs moved rows or cells into them.
    var tablesToWrap: [xmlNodePtr] {
        var seen: Set<xmlNodePtr> = []
        var out: [xmlNodePtr] = []
        for node in tablesWithBareRows + (formsInTables + bareCells).compactMap(\.pointee.parent)
        where DocumentTree.isElement(node, named: "table") && seen.insert(node).inserted {
            out.append(node)
        }
        return out
    }
}
