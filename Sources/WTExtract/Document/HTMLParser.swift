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
        /// Elements whose content a browser reads as text (`DocumentTree.textOnlyElements`).
        var textOnly: [xmlNodePtr] = []
        /// `<form>`s inside a form, and `<form>`s directly in a table part.
        var nestedForms: [xmlNodePtr] = []
        var formsInTables: [xmlNodePtr] = []
        /// Cells directly in a table or section, `<col>` directly in a table.
        var bareCells: [xmlNodePtr] = []
        /// Elements that are not table content, directly in a table part.
        var fostered: [xmlNodePtr] = []
        /// The `<form>` libxml2 closed without an end tag, at the start tag of another form; and the
        /// (closed form, new form) pairs a browser keeps as one form.
        var formClosedByForm: xmlNodePtr?
        /// `<image>` elements outside SVG, and table parts outside any table.
        var images: [xmlNodePtr] = []
        /// Elements whose start tag closes an open `<select>`.
        var selectClosers: [xmlNodePtr] = []
        var strayTableParts: [xmlNodePtr] = []
        /// The `<p>` elements libxml2 started by itself around text (`afterParagraphTag`).
        var impliedParagraphs: [xmlNodePtr] = []
        var formsToMerge: [(into: xmlNodePtr, from: xmlNodePtr)] = []

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
            } else {
                surveyHTML5(node)
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
        parser.pointee.sax?.pointee.endElement = surveyingEndElement
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
    let survey = Unmanaged<HTMLParser.Survey>.fromOpaque(opaque).takeUnretainedValue()
    if DocumentTree.isElement(node, named: "p"), !afterParagraphTag(parser) { survey.impliedParagraphs.append(node) }
    survey.record(node, depth: Int(parser.pointee.nodeNr))
}

/// `endElement` for the HTML parser: notes a `<form>` closed by something other than its end tag
/// (libxml2 closes an open form at the next `<form>`; a browser ignores that second start tag).
private func surveyingEndElement(_ context: UnsafeMutableRawPointer?, _ name: UnsafePointer<xmlChar>?) {
    if let parser = context?.assumingMemoryBound(to: xmlParserCtxt.self), let opaque = parser.pointee._private,
        let node = parser.pointee.node, DocumentTree.isElement(node, named: "form"),
        let input = parser.pointee.input, let cur = input.pointee.cur, let base = input.pointee.base, cur > base
    {
        // After a real `</form>` the input stands just past that end tag; libxml2 closes a form
        // implicitly after reading the next tag, which is a start tag.
        var at = cur - 1
        while at > base, at.pointee != UInt8(ascii: "<"), cur - at < 4096 { at -= 1 }
        let survey = Unmanaged<HTMLParser.Survey>.fromOpaque(opaque).takeUnretainedValue()
        survey.formClosedByForm = at.pointee == UInt8(ascii: "<") && (at + 1).pointee != UInt8(ascii: "/") ? node : nil
    }
    xmlSAX2EndElement(context, name)
}

/// Whether the input stands just after a `<p` start tag. libxml2 also starts a `<p>` by itself for text
/// that comes before any element or directly in `<html>`/`<head>` (`htmlCheckParagraph`); a browser
/// puts that text in `<body>` without one.
private func afterParagraphTag(_ parser: UnsafeMutablePointer<xmlParserCtxt>) -> Bool {
    guard let input = parser.pointee.input, let cur = input.pointee.cur, let base = input.pointee.base, cur > base
    else { return true }
    var at = cur - 1
    while at > base, at.pointee != UInt8(ascii: "<"), cur - at < 4096 { at -= 1 }
    guard at.pointee == UInt8(ascii: "<"), at + 2 < cur else { return true }
    let next = (at + 2).pointee
    return (at + 1).pointee | 0x20 == UInt8(ascii: "p")
        && (next == UInt8(ascii: ">") || next == UInt8(ascii: "/") || next <= 0x20)
}
