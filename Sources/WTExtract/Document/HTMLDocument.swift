import CLibXML2
import Foundation

/// A parsed HTML document: the input to every selection and extraction.
///
/// Parsing follows a browser where it matters for extraction: the encoding comes from the byte order
/// mark, the HTTP `charset`, a `<meta>` in the first 1024 bytes, or else UTF-8 (windows-1252 when the
/// bytes are not UTF-8); malformed markup is recovered, never rejected; rows written directly in a
/// `<table>` get the `<tbody>` a browser would add. The network is never touched.
///
/// Thread safety: the tree never changes after parsing; CSS selections that take the tree matcher only
/// read it, and XPath evaluation (the only state that changes) is serialised by a lock. So a document
/// may be shared between tasks, hence `@unchecked Sendable`; parse one document per task to work in
/// parallel. `Node`s keep their document alive and are meant for one task at a time.
public final class HTMLDocument: @unchecked Sendable {
    let doc: htmlDocPtr
    /// The document is in quirks mode (`QuirksMode`): class and id selectors ignore ASCII case.
    public let isQuirksMode: Bool
    /// The URL the document was fetched from, if known.
    public let url: String?
    /// The encoding the bytes were decoded from, such as `UTF-8` or `windows-1252`.
    public let encoding: String
    /// Why that encoding was chosen: `byte order mark`, `HTTP header`, `meta element`, ….
    public let encodingSource: String
    /// The URL relative links resolve against: the first `<base href>` resolved against `url`, or `url`.
    public let baseURL: String?
    /// Per-document XPath state, created on first use; only touched with `lock` held.
    var xpath: XPathSession?
    /// Set by `indexElements()`: whole-document selections use `selectionIndex`, built on first use. Only
    /// touched with `lock` held.
    var indexesElements = false
    var selectionIndex: SelectionIndex?
    let lock = NSLock()

    /// Parses `data` as served from `url` with the HTTP `Content-Type` header value `contentType`.
    ///
    /// - Throws: `ExtractError` when the input exceeds `limits`.
    public init(
        data: Data, url: String?, contentType: String? = nil, limits: DocumentLimits = .default
    ) throws(ExtractError) {
        _ = LibXML.ready
        guard data.count <= limits.maximumBytes else {
            throw ExtractMessage.documentTooLarge(bytes: data.count, limit: limits.maximumBytes)
        }
        let sniffed = data.withUnsafeBytes { CharsetSniffer.sniff($0, contentType: contentType) }
        let utf8 = HTMLDecoder.utf8(data, from: sniffed.encoding, skip: sniffed.bomLength)
        let survey = HTMLParser.Survey()
        guard let doc = Self.parse(utf8, survey: survey) else { throw ExtractMessage.documentUnparsable }
        guard survey.maximumDepth <= limits.maximumDepth else {
            xmlFreeDoc(doc)
            throw ExtractMessage.documentTooDeep(depth: survey.maximumDepth, limit: limits.maximumDepth)
        }
        if DocumentTree.mayHoldCDATA(utf8) { DocumentTree.commentOutCDATA(in: doc) }
        DocumentTree.repairHTML5(survey, in: doc)
        DocumentTree.insertImpliedHead(in: doc)
        self.doc = doc
        self.isQuirksMode = QuirksMode.isQuirks(doc)
        self.url = url
        self.encoding = sniffed.encoding.name
        self.encodingSource = sniffed.source.rawValue
        self.baseURL = Self.baseURL(survey.baseHref, documentURL: url)
    }

    /// Parses HTML that is already text; `<meta charset>` inside it is ignored.
    public convenience init(html: String, url: String? = nil, limits: DocumentLimits = .default) throws(ExtractError) {
        try self.init(data: Data(html.utf8), url: url, contentType: "text/html; charset=utf-8", limits: limits)
    }

    deinit {
        xpath?.close()
        xmlFreeDoc(doc)
    }

    /// The document element (`<html>`), or nil for a document without elements.
    public var root: Node? {
        xmlDocGetRootElement(doc).map { Node($0, in: self) }
    }

    /// Parses decoded input; marks the document UTF-8 so serialisation writes characters, not entities.
    ///
    /// libxml2 returns no document for empty input (and for some binary input); a browser shows an
    /// empty page, so the empty skeleton is parsed instead.
    private static func parse(_ utf8: Data, survey: HTMLParser.Survey) -> htmlDocPtr? {
        var doc = utf8.withUnsafeBytes { HTMLParser.parse($0, survey: survey) }
        if let parsed = doc, xmlDocGetRootElement(parsed) == nil {
            xmlFreeDoc(parsed)
            doc = nil
        }
        if doc == nil {
            var empty = "<html><head></head><body></body></html>"
            doc = empty.withUTF8 { HTMLParser.parse(UnsafeRawBufferPointer($0), survey: survey) }
        }
        if let doc {
            if let old = doc.pointee.encoding { cxml_free(UnsafeMutablePointer(mutating: old)) }
            doc.pointee.encoding = LibXML.with("UTF-8") { UnsafePointer(xmlStrdup($0)) }
        }
        return doc
    }

    /// `<base href>` resolved against the document URL; a base that stays relative is no base at all.
    private static func baseURL(_ href: String?, documentURL: String?) -> String? {
        guard let href else { return documentURL }
        let relativeTo = documentURL.flatMap { URL(string: $0) }
        guard let resolved = URL(string: href.trimmingASCIIWhitespace(), relativeTo: relativeTo)?.absoluteURL,
            resolved.scheme != nil
        else { return documentURL }
        return resolved.absoluteString
    }
}
