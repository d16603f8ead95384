import CLibXML2

/// Parses HTML with libxml2 and surveys the tree while it is built, so no pass over the finished tree
/// is needed (on a 5 MB page each such pass costs as much as a fifth of the parse: it touches every node).
///
/// The parse is `htmlReadMemory` spelled out (`htmlCreateMemoryParserCtxt`, options, `htmlParseDocument`,
/// the dictionary hand-over of `htmlDoRead`) with one change: the SAX `startElement` callback wraps
/// `xmlSAX2StartElement` and records, for each element created,
/// - the nesting depth (`nodeNr`), for `DocumentLimits.maximumDepth`;
/// - `<tr>`s whose parent is a `<table>`, which get the `<tbody>` a browser adds;
/// - the first `<base href>`;
/// - the browser snapshot's aliases of `<frameset>` and `<frame>`, renamed back (`FrameElements`);
/// - `<template>`s, whose content a browser keeps out of the document tree;
/// - the element's document order, stored as `xmlXPathOrderDocElems` stores it (`content` = −index),
///   so libxml2 compares nodes in constant time when it sorts node-sets.
enum HTMLParser {
    /// What the parse found; filled in by the SAX callback, which reaches it through `_private`.
    final class Survey {
        var maximumDepth = 0
        var elements = 0
        var baseHref: String?
        var tablesWithBareRows: [xmlNodePtr] = []
        /// `<template>` elements, whose children a browser keeps out of the tree.
        var templates: [xmlNodePtr] = []

        fileprivate func record(_ node: xmlNodePtr, depth: Int) {
            maximumDepth = max(maximumDepth, depth)
            // A fresh element has no content; anything else means libxml2 did not create one.
            guard node.pointee.content == nil else { return }
            FrameElements.restore(node)
            elements += 1
            node.pointee.content = UnsafeMutablePointer(bitPattern: -elements)
            if DocumentTree.isElement(node, named: "tr"), let parent = node.pointee.parent,
                DocumentTree.isElement(parent, named: "table"), tablesWithBareRows.last != parent
            {
                tablesWithBareRows.append(parent)
            } else if baseHref == nil, DocumentTree.isElement(node, named: "base") {
                baseHref = Attributes.value(of: node, named: "href")
            } else if DocumentTree.isElement(node, named: "template") {
                templates.append(node)
            }
        }
    }

    /// Parses valid UTF-8. No encoding is named, so libxml2 reads the bytes as they are instead of
    /// passing them through its UTF-8 "converter" (a quarter of the parse time on large pages).
    static func parse(_ bytes: UnsafeRawBufferPointer, survey: Survey) -> htmlDocPtr? {
        guard let base = bytes.baseAddress, bytes.count > 0,
            let parser = htmlCreateMemoryParserCtxt(
                base.assumingMemoryBound(to: CChar.self), Int32(clamping: bytes.count))
        else { return nil }
        defer { htmlFreeParserCtxt(parser) }
        parser.pointee.sax?.pointee.startElement = surveyingStartElement
        parser.pointee._private = Unmanaged.passUnretained(survey).toOpaque()
        _ = htmlCtxtUseOptions(parser, LibXML.parseOptions)
        // The bytes are valid UTF-8 (HTMLDecoder made them so); without this libxml2 guesses, and on the
        // first non-ASCII byte falls back to ISO-8859-1.
        parser.pointee.charset = Int32(XML_CHAR_ENCODING_UTF8.rawValue)
        // libxml2 keeps the handler per thread; it is set for this parse only.
        xmlSetStructuredErrorFunc(UnsafeMutableRawPointer(parser), HTML5Fixes.strayEndTag)
        _ = withExtendedLifetime(survey) { htmlParseDocument(parser) }
        xmlSetStructuredErrorFunc(nil, nil)
        parser.pointee._private = nil
        let doc = parser.pointee.myDoc
        parser.pointee.myDoc = nil
        // As htmlDoRead: the document keeps the names dictionary it shares with the parser.
        if parser.pointee.dictNames != 0, let doc, doc.pointee.dict == parser.pointee.dict {
            parser.pointee.dict = nil
        }
        return doc
    }
}

/// `startElement` for the HTML parser: build the element, then record it in the survey.
private func surveyingStartElement(
    _ context: UnsafeMutableRawPointer?, _ name: UnsafePointer<xmlChar>?,
    _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
) {
    HTML5Fixes.closeParagraph(before: name, context)
    xmlSAX2StartElement(context, name, attributes)
    guard let parser = context?.assumingMemoryBound(to: xmlParserCtxt.self), let opaque = parser.pointee._private,
        let node = parser.pointee.node, node.pointee.type == XML_ELEMENT_NODE
    else { return }
    Unmanaged<HTMLParser.Survey>.fromOpaque(opaque).takeUnretainedValue().record(
        node, depth: Int(parser.pointee.nodeNr))
}
