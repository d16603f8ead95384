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

    /// Every name the survey looks at by name, as (first byte, length) keys: most elements of a page
    /// (`div`, `span`, `a`, `li`) are none of these, and are told apart without making a `String`.
    static let namedKeys: Set<Int> = Set(
        (closesSelect.union(tableContent).union(DocumentTree.textOnlyElements).union(["image"])).map {
            key(first: $0.utf8.first ?? 0, length: $0.utf8.count)
        })

    static func key(first: UInt8, length: Int) -> Int { Int(first) << 8 | min(length, 255) }

    /// The element's name when the survey may care about it by name, else nil.
    static func namedElement(_ raw: UnsafePointer<xmlChar>) -> String? {
        var length = 0
        while raw[length] != 0, length < 16 { length += 1 }
        return namedKeys.contains(key(first: raw[0], length: length)) ? String(cString: raw) : nil
    }

    /// Records the elements the HTML5 repairs of `DocumentTree+HTML5` need.
    func surveyHTML5(_ node: xmlNodePtr) {
        guard let raw = node.pointee.name else { return }
        guard let name = Self.namedElement(raw) else {
            surveyTableContent(node, name: nil)
            return
        }
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
        surveyTableContent(node, name: name)
    }

    /// Forms, cells and other elements directly in a table part (`name` is nil for a name the survey does
    /// not look at otherwise, and is read only when the element is in a table part).
    private func surveyTableContent(_ node: xmlNodePtr, name known: String?) {
        guard let parent = node.pointee.parent, DocumentTree.isElement(parent) else { return }
        // Compared in place: this runs for every element of the page.
        let inTablePart =
            DocumentTree.isElement(parent, named: "table") || DocumentTree.isElement(parent, named: "tbody")
            || DocumentTree.isElement(parent, named: "tr") || DocumentTree.isElement(parent, named: "thead")
            || DocumentTree.isElement(parent, named: "tfoot")
        if known == "form" {
            defer { formClosedByForm = nil }
            if let closed = formClosedByForm, closed == DocumentTree.previousElement(of: node) {
                formsToMerge.append((closed, node))
            } else if DocumentTree.ancestor(of: node, named: "form") != nil {
                nestedForms.append(node)
            } else if inTablePart {
                formsInTables.append(node)
            }
        }
        guard inTablePart, let raw = node.pointee.name else { return }
        let name = known ?? String(cString: raw)
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
