import CLibXML2

/// Iterative walks over libxml2 trees. Nothing here recurses: a document may nest deeper than the
/// stack allows (the depth limit is checked by walking).
enum DocumentTree {
    /// What a walk does after visiting a node.
    enum Step {
        case descend
        case skipChildren
        case stop
    }

    /// Visits `first` and its following siblings and all their descendants in document order. `depth` is
    /// 1 for `first`'s level and grows by one per level below it. A node's children are visited only
    /// when `visit` returns `.descend`.
    static func walk(from first: xmlNodePtr?, _ visit: (xmlNodePtr, Int) -> Step) {
        var node = first
        var depth = 1
        while let current = node {
            switch visit(current, depth) {
            case .stop: return
            case .descend:
                if let child = current.pointee.children {
                    node = child
                    depth += 1
                    continue
                }
            case .skipChildren: break
            }
            var climb = current
            while climb.pointee.next == nil {
                guard depth > 1, let parent = climb.pointee.parent else { return }
                climb = parent
                depth -= 1
            }
            node = climb.pointee.next
        }
    }

    static func isElement(_ node: xmlNodePtr) -> Bool { node.pointee.type == XML_ELEMENT_NODE }

    static func isElement(_ node: xmlNodePtr, named name: StaticString) -> Bool {
        node.pointee.type == XML_ELEMENT_NODE && LibXML.nameEquals(node.pointee.name, name)
    }

    /// Wraps `<tr>` children of each table in a `<tbody>`, as the HTML parser of a browser does, so
    /// `table > tbody > tr` (the form selectors recorded in a browser take) also matches raw HTML.
    static func insertImpliedTableBodies(_ tables: [xmlNodePtr], in doc: htmlDocPtr) {
        for table in tables { wrapRows(of: table, in: doc) }
    }

    private static func wrapRows(of table: xmlNodePtr, in doc: htmlDocPtr) {
        var child = table.pointee.children
        while let current = child {
            guard isElement(current, named: "tr") else {
                child = current.pointee.next
                continue
            }
            guard let body = LibXML.with("tbody", { xmlNewDocNode(doc, nil, $0, nil) }) else { return }
            xmlAddPrevSibling(current, body)
            var member: xmlNodePtr? = current
            // A run is the rows and the text or comments between them, up to the next other element.
            while let node = member, isElement(node, named: "tr") || !isElement(node) {
                member = node.pointee.next
                xmlUnlinkNode(node)
                xmlAddChild(body, node)
            }
            child = member
        }
    }

    /// Empties every `<template>`: in a browser its children belong to a separate document fragment
    /// (the template's content), which selectors, `textContent` and `getElementsByTagName` never enter;
    /// libxml2's HTML parser keeps them as ordinary children. Later templates go first, so a template
    /// nested in another is emptied before the outer one frees it.
    static func emptyTemplates(_ templates: [xmlNodePtr]) {
        for template in templates.reversed() {
            while let child = template.pointee.children {
                xmlUnlinkNode(child)
                xmlFreeNode(child)
            }
        }
    }
}
