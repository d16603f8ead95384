import CLibXML2

/// Reads attributes straight from libxml2's attribute list, without allocating in libxml2.
enum Attributes {
    /// The value of the attribute `name` (ASCII, any case; HTML attribute names are stored lower case).
    static func value(of node: xmlNodePtr, named name: String) -> String? {
        var name = name
        // Compared in place, lowering as it goes: this runs for every element a search looks at.
        return name.withUTF8 { wanted in
            var attribute = node.pointee.properties
            while let current = attribute {
                if equals(current.pointee.name, lowering: wanted) { return value(current) }
                attribute = current.pointee.next
            }
            return nil
        }
    }

    static func value(of node: xmlNodePtr, named name: StaticString) -> String? {
        var attribute = node.pointee.properties
        while let current = attribute {
            if LibXML.nameEquals(current.pointee.name, name) { return value(current) }
            attribute = current.pointee.next
        }
        return nil
    }

    static func has(_ node: xmlNodePtr, _ name: StaticString) -> Bool {
        var attribute = node.pointee.properties
        while let current = attribute {
            if LibXML.nameEquals(current.pointee.name, name) { return true }
            attribute = current.pointee.next
        }
        return false
    }

    /// Every attribute of an element, in source order.
    static func all(of node: xmlNodePtr) -> [(name: String, value: String)] {
        var out: [(name: String, value: String)] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            out.append((LibXML.string(current.pointee.name), value(current)))
            attribute = current.pointee.next
        }
        return out
    }

    /// An attribute's value: HTML attributes hold one text node; anything else is joined by libxml2.
    static func value(_ attribute: xmlAttrPtr) -> String {
        guard let child = attribute.pointee.children else { return "" }
        if child.pointee.next == nil, child.pointee.type == XML_TEXT_NODE {
            return LibXML.string(child.pointee.content)
        }
        return LibXML.consume(xmlNodeListGetString(attribute.pointee.doc, child, 1)) ?? ""
    }

    /// Whether the name at `pointer` is `name` with ASCII letters lowered.
    private static func equals(_ pointer: UnsafePointer<xmlChar>?, lowering name: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let pointer else { return false }
        for (i, b) in name.enumerated() where pointer[i] != Bytes.lower(b) { return false }
        return pointer[name.count] == 0
    }
}
