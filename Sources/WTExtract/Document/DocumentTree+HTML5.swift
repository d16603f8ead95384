import CLibXML2

/// Post-parse repairs where libxml2 2.9's HTML 4 tree builder leaves a tree that selectors see
/// differently from a browser's HTML5 tree (found by `SelectorDifferentialTests`). Each runs only on the
/// elements the parse survey recorded, so a page without them pays nothing.
extension DocumentTree {
    /// Elements whose content a browser reads as text (`<textarea>`, `<title>`: RCDATA; `<xmp>`,
    /// `<noembed>`, `<noframes>`, `<noscript>` with scripting on: raw text). libxml2 parses
    /// markup inside them as elements; their children become one text node holding that markup.
    /// (`<plaintext>` also takes in its following siblings.) Not `<iframe>`: a browser snapshot nests the
    /// frame's document inside it, and selectors over a snapshot must see it.
    static let textOnlyElements: Set<String> = [
        "textarea", "title", "xmp", "noembed", "noframes", "noscript", "plaintext",
    ]

    /// Runs every repair the survey calls for, and empties the templates.
    static func repairHTML5(_ survey: HTMLParser.Survey, in doc: htmlDocPtr) {
        for paragraph in survey.impliedParagraphs.reversed() { unwrap(paragraph) }
        mergeForms(survey.formsToMerge)
        closeSelects(at: survey.selectClosers)
        renameImages(survey.images)
        unwrapStrayTableParts(survey.strayTableParts)
        emptyFormsInTables(survey.formsInTables)
        unwrapNestedForms(survey.nestedForms)
        fosterParent(survey.fostered)
        let tables = survey.tablesToWrap
        wrapBareCells(survey.bareCells, in: doc)
        insertImpliedTableBodies(tables, in: doc)
        // Elements inside a template go with its content; the others are flattened once the templates
        // are empty (a `<plaintext>` may take in a template that follows it).
        let textOnly = survey.textOnly.filter { ancestor(of: $0, named: "template") == nil }
        emptyTemplates(survey.templates)
        flattenToText(textOnly, in: doc)
    }

    /// Replaces each element's element children by the text of its markup.
    static func flattenToText(_ elements: [xmlNodePtr], in doc: htmlDocPtr) {
        for element in elements.reversed() where element.pointee.parent != nil {
            // `<plaintext>` has no end tag: what libxml2 put after it is its text too.
            if isElement(element, named: "plaintext") {
                while let next = element.pointee.next { move(next, before: nil, in: element) }
            }
            var hasElement = false
            var child = element.pointee.children
            while let current = child {
                if isElement(current) { hasElement = true }
                child = current.pointee.next
            }
            guard hasElement, let buffer = xmlBufferCreate() else { continue }
            defer { xmlBufferFree(buffer) }
            child = element.pointee.children
            while let current = child {
                htmlNodeDump(buffer, doc, current)
                child = current.pointee.next
            }
            while let first = element.pointee.children {
                xmlUnlinkNode(first)
                xmlFreeNode(first)
            }
            if let text = xmlNewDocText(doc, xmlBufferContent(buffer)) { xmlAddChild(element, text) }
        }
    }

    /// A `<form>` inside another: a browser ignores its start tag, and its end tag closes the outer
    /// form. The inner form's children take its place, and what followed it inside the outer form
    /// moves after the outer form.
    static func unwrapNestedForms(_ forms: [xmlNodePtr]) {
        for form in forms {
            guard let outer = ancestor(of: form, named: "form") else { continue }
            let parent = form.pointee.parent
            let after = form.pointee.next
            unwrap(form)
            // Only when the inner form sat directly in the outer one (`<form><form></form>…</form>`).
            guard parent == outer else { continue }
            var next = after
            while let node = next {
                next = node.pointee.next
                move(node, before: outer.pointee.next, in: outer.pointee.parent)
            }
        }
    }

    /// A `<form>` directly in a table, table section or row: a browser inserts it empty; what libxml2
    /// put inside it follows it.
    static func emptyFormsInTables(_ forms: [xmlNodePtr]) {
        for form in forms {
            let following = form.pointee.next
            while let child = form.pointee.children {
                move(child, before: following, in: form.pointee.parent)
            }
        }
    }

    /// Cells directly in a table or table section are wrapped in a `<tr>` (one per run of cells), and
    /// `<col>` directly in a table in a `<colgroup>`, as a browser's tree has them.
    static func wrapBareCells(_ cells: [xmlNodePtr], in doc: htmlDocPtr) {
        var done: Set<xmlNodePtr> = []
        for cell in cells where !done.contains(cell) {
            let isCol = isElement(cell, named: "col")
            guard let wrapper = LibXML.with(isCol ? "colgroup" : "tr", { xmlNewDocNode(doc, nil, $0, nil) })
            else { return }
            xmlAddPrevSibling(cell, wrapper)
            var member: xmlNodePtr? = cell
            while let node = member,
                isCol
                    ? isElement(node, named: "col")
                    : (isElement(node, named: "td") || isElement(node, named: "th"))
                        || !isElement(node)
            {
                member = node.pointee.next
                done.insert(node)
                xmlUnlinkNode(node)
                xmlAddChild(wrapper, node)
            }
        }
    }

    /// Elements that are not table content inside a table, section or row move before the table
    /// (HTML "foster parenting").
    static func fosterParent(_ elements: [xmlNodePtr]) {
        for element in elements {
            guard let table = ancestor(of: element, named: "table") else { continue }
            xmlUnlinkNode(element)
            xmlAddPrevSibling(table, element)
        }
    }

    /// The nearest earlier sibling that is an element.
    static func previousElement(of node: xmlNodePtr) -> xmlNodePtr? {
        var current = node.pointee.prev
        while let sibling = current, !isElement(sibling) { current = sibling.pointee.prev }
        return current
    }

    /// A `<form>` start tag while a form is open is ignored by a browser, so what libxml2 put in the
    /// second form belongs to the first (whose end tag the second form's end tag stands for).
    static func mergeForms(_ pairs: [(into: xmlNodePtr, from: xmlNodePtr)]) {
        for (into, from) in pairs.reversed() {
            while let child = from.pointee.children { move(child, before: nil, in: into) }
            xmlUnlinkNode(from)
            xmlFreeNode(from)
        }
    }

    /// An `<input>`, `<textarea>`, `<keygen>` or `<select>` start tag inside a `<select>` closes it: that
    /// element and everything after it in the select move after the select; a nested `<select>` tag is
    /// ignored (its children stay).
    static func closeSelects(at elements: [xmlNodePtr]) {
        for element in elements {
            guard let select = ancestor(of: element, named: "select"), let outerParent = select.pointee.parent
            else { continue }
            let reference = select.pointee.next
            var moving: [xmlNodePtr] = []
            // The element and what follows it, then what follows each of its ancestors inside the select.
            var node = element
            var sibling: xmlNodePtr? = element
            while node != select {
                while let current = sibling {
                    moving.append(current)
                    sibling = current.pointee.next
                }
                guard let parent = node.pointee.parent else { break }
                node = parent
                sibling = parent.pointee.next
            }
            for node in moving { move(node, before: reference, in: outerParent) }
            if isElement(element, named: "select") { unwrap(element) }
        }
    }

    /// `<image>` outside SVG is `<img>` to a browser, a void element: libxml2 keeps it as an unknown
    /// element that holds what follows; that content moves after it.
    static func renameImages(_ images: [xmlNodePtr]) {
        for image in images.reversed() {
            let following = image.pointee.next
            while let child = image.pointee.children { move(child, before: following, in: image.pointee.parent) }
            LibXML.with("img") { xmlNodeSetName(image, $0) }
        }
    }

    /// Table parts outside any table: a browser ignores their tags and keeps their content.
    static func unwrapStrayTableParts(_ elements: [xmlNodePtr]) {
        for element in elements.reversed() { unwrap(element) }
    }

    static func ancestor(of node: xmlNodePtr, named name: StaticString) -> xmlNodePtr? {
        var current = node.pointee.parent
        while let element = current, isElement(element) {
            if isElement(element, named: name) { return element }
            current = element.pointee.parent
        }
        return nil
    }

    /// Moves the element's children into its place and frees it.
    static func unwrap(_ element: xmlNodePtr) {
        while let child = element.pointee.children {
            move(child, before: element, in: element.pointee.parent)
        }
        xmlUnlinkNode(element)
        xmlFreeNode(element)
    }

    /// Unlinks `node` and inserts it before `reference`, or last in `parent` when there is none. A text
    /// node may be merged into a neighbour (and freed): callers never touch `node` afterwards.
    static func move(_ node: xmlNodePtr, before reference: xmlNodePtr?, in parent: xmlNodePtr?) {
        xmlUnlinkNode(node)
        if let reference {
            xmlAddPrevSibling(reference, node)
        } else if let parent {
            xmlAddChild(parent, node)
        } else {
            xmlFreeNode(node)
        }
    }
}
