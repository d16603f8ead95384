import CLibXML2

/// `<frameset>` and `<frame>` in a browser snapshot. libxml2's HTML parser knows `<frame>` as an empty
/// element, so a frame's document written inside it (the browser driver's `<wtc-frame>`) would end up
/// beside it, and the parser opens an implied `<body>` in the middle of the frameset. The driver's
/// serializer therefore writes them as `<wtc-frameset>` and `<wtc-frame-element>`, which libxml2 nests like
/// any unknown element, and the parse gives the elements their real names back as it creates them: the
/// tree has `frameset > frame > wtc-frame > …`, and `frame[name=top] li` matches as it does in the browser.
/// (The tree keeps the `<body>` libxml2 implies around the outer frameset.)
///
/// libxml2's writer does not write the children of a `<frame>`: a snapshot with frames is stored as the
/// markup it was parsed from (`HTMLDocument` keeps nothing else), and every parse restores the names again.
enum FrameElements {
    /// Gives `node`, just created by the parser, its real name if it is one of the serializer's aliases.
    static func restore(_ node: xmlNodePtr) {
        // Almost every element is named otherwise: one byte decides for them.
        guard let name = node.pointee.name, name[0] == UInt8(ascii: "w") else { return }
        if LibXML.nameEquals(name, "wtc-frameset") {
            LibXML.with("frameset") { xmlNodeSetName(node, $0) }
        } else if LibXML.nameEquals(name, "wtc-frame-element") {
            LibXML.with("frame") { xmlNodeSetName(node, $0) }
        }
    }
}
