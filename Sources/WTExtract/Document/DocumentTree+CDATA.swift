import CLibXML2
import Foundation

extension DocumentTree {
    /// `<![CDATA[x]]>` in HTML content is a bogus comment to a browser (`<!--[CDATA[x]]-->`, up to the
    /// first `>`); libxml2 keeps it as text. Called only when the markup contains one.
    /// Whether the markup has a `<![CDATA[` at all: each `<` found with memchr is compared in place
    /// (`Data.range(of:)` took 6 % of a parse).
    static func mayHoldCDATA(_ markup: Data) -> Bool {
        let marker = Array("<![CDATA[".utf8)
        return markup.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> Bool in
            guard let base = bytes.baseAddress, bytes.count >= marker.count else { return false }
            var at = 0
            while at + marker.count <= bytes.count {
                guard let found = memchr(base + at, 0x3C, bytes.count - at) else { return false }
                at = base.distance(to: UnsafeRawPointer(found))
                var matched = 0
                while matched < marker.count, at + matched < bytes.count, bytes[at + matched] == marker[matched] {
                    matched += 1
                }
                if matched == marker.count { return true }
                at += 1
            }
            return false
        }
    }

    static func commentOutCDATA(in doc: htmlDocPtr) {
        var texts: [xmlNodePtr] = []
        walk(from: xmlDocGetRootElement(doc)) { node, _ in
            if node.pointee.type == XML_TEXT_NODE, let content = node.pointee.content,
                strstr(UnsafeRawPointer(content).assumingMemoryBound(to: CChar.self), "<![CDATA[") != nil
            {
                texts.append(node)
            }
            return .descend
        }
        for text in texts { splitCDATA(text, in: doc) }
    }

    private static func splitCDATA(_ text: xmlNodePtr, in doc: htmlDocPtr) {
        guard let content = text.pointee.content, text.pointee.parent != nil else { return }
        var rest = Substring(String(cString: content))
        var parts: [(isComment: Bool, text: Substring)] = []
        while let open = rest.range(of: "<![CDATA[") {
            parts.append((false, rest[..<open.lowerBound]))
            let body = rest[rest.index(open.lowerBound, offsetBy: 2)...]
            let close = body.firstIndex(of: ">") ?? body.endIndex
            parts.append((true, body[..<close]))
            rest = close == body.endIndex ? "" : body[body.index(after: close)...]
        }
        parts.append((false, rest))
        // Text and comment parts alternate, so no two texts meet (libxml2 would merge them).
        var previous: xmlNodePtr?
        for part in parts where part.isComment || !part.text.isEmpty {
            let made = LibXML.with(String(part.text)) {
                part.isComment ? xmlNewDocComment(doc, $0) : xmlNewDocText(doc, $0)
            }
            guard let node = made else { continue }
            if let previous {
                xmlAddNextSibling(previous, node)
            } else {
                xmlReplaceNode(text, node)
                xmlFreeNode(text)
            }
            previous = node
        }
    }
}
