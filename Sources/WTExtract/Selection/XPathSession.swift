import CLibXML2

/// What an XPath evaluates to.
enum XPathResult {
    case nodes([xmlNodePtr])
    case string(String)
    case number(Double)
    case boolean(Bool)
}

/// One document's XPath context, with the `wt:` functions bound, errors kept quiet, and every
/// expression compiled once per document.
final class XPathSession {
    let context: xmlXPathContextPtr
    private var compiled: [String: xmlXPathCompExprPtr] = [:]
    /// Expressions with their label lookups done (`withLabelsInlined`), by the expression as written.
    var inlinedLabels: [String: String] = [:]

    init?(doc: htmlDocPtr?) {
        guard let context = xmlXPathNewContext(doc) else { return nil }
        self.context = context
        // Errors land in `lastError` instead of being printed to stderr.
        context.pointee.error = { _, _ in }
        // Reuse XPath objects between evaluations instead of allocating one per step and predicate.
        _ = xmlXPathContextSetCache(context, 1, -1, 0)
        LibXML.with("wt") { prefix in
            LibXML.with(CSSToXPath.extensionNamespace) { uri in
                _ = xmlXPathRegisterNs(context, prefix, uri)
                for (name, function) in ExtensionFunctions.all {
                    LibXML.with(name) { _ = xmlXPathRegisterFuncNS(context, $0, uri, function) }
                }
            }
        }
    }

    /// Frees the context and every compiled expression; the session is unusable afterwards.
    func close() {
        for expression in compiled.values { xmlXPathFreeCompExpr(expression) }
        compiled = [:]
        xmlXPathFreeContext(context)
    }

    /// Why libxml2 cannot compile `xpath`, or nil when it can.
    static func compileProblem(_ xpath: String) -> String? {
        _ = LibXML.ready
        guard let session = XPathSession(doc: nil) else { return nil }
        defer { session.close() }
        do {
            _ = try session.expression(xpath)
            return nil
        } catch {
            return error.message
        }
    }

    func expression(_ xpath: String) throws(ExtractError) -> xmlXPathCompExprPtr {
        if let cached = compiled[xpath] { return cached }
        guard let expression = LibXML.with(xpath, { xmlXPathCtxtCompile(context, $0) }) else {
            throw ExtractMessage.xpathFailed(xpath, takeError())
        }
        compiled[xpath] = expression
        return expression
    }

    /// Evaluates `xpath` with `node` as the context node and `scope` bound to `$scope`.
    func evaluate(_ xpath: String, at node: xmlNodePtr, scope: xmlNodePtr?) throws(ExtractError) -> XPathResult {
        let expression = try expression(withLabelsInlined(xpath))
        context.pointee.node = node
        if let scope {
            LibXML.with("scope") { _ = xmlXPathRegisterVariable(context, $0, xmlXPathNewNodeSet(scope)) }
        }
        guard let object = xmlXPathCompiledEval(expression, context) else {
            throw ExtractMessage.xpathFailed(xpath, takeError())
        }
        defer { xmlXPathFreeObject(object) }
        switch object.pointee.type {
        case XPATH_NODESET: return .nodes(Self.nodes(object.pointee.nodesetval))
        case XPATH_STRING: return .string(LibXML.string(object.pointee.stringval))
        case XPATH_NUMBER: return .number(object.pointee.floatval)
        case XPATH_BOOLEAN: return .boolean(object.pointee.boolval != 0)
        default: throw ExtractMessage.xpathFailed(xpath, "it yields a value of an unsupported type")
        }
    }

    /// The nodes of a node-set in document order, without namespace nodes (which are not `xmlNode`s).
    private static func nodes(_ set: xmlNodeSetPtr?) -> [xmlNodePtr] {
        guard let set, let table = set.pointee.nodeTab else { return [] }
        xmlXPathNodeSetSort(set)
        var out: [xmlNodePtr] = []
        out.reserveCapacity(Int(set.pointee.nodeNr))
        for i in 0..<Int(set.pointee.nodeNr) {
            guard let node = table[i], node.pointee.type != XML_NAMESPACE_DECL else { continue }
            out.append(node)
        }
        return out
    }

    /// The message of the last error, cleared.
    private func takeError() -> String {
        let message = context.pointee.lastError.message.map { String(cString: $0) } ?? "libxml2 reported no reason"
        xmlResetError(&context.pointee.lastError)
        return message.trimmingASCIIWhitespace().lowercasedFirst()
    }
}

extension String {
    /// "Invalid expression" → "invalid expression", to read well after a colon.
    fileprivate func lowercasedFirst() -> String {
        guard let first else { return self }
        return first.lowercased() + dropFirst()
    }
}
