import CLibXML2

/// Process-wide libxml2 set-up and small conversions.
enum LibXML {
    /// `xmlInitParser()` must run once before threads use libxml2; a static `let` initialises exactly
    /// once, on first use, whichever thread gets there first.
    static let ready: Void = { xmlInitParser() }()

    /// Parser options: recover from any markup, stay silent, never touch the network, decode nothing
    /// (the input is already UTF-8), no default DTD, compact small text nodes. XML_PARSE_HUGE lifts
    /// libxml2's own nesting limit of 256, which would otherwise stop the parse silently and drop the
    /// rest of the page; `DocumentLimits.maximumDepth` is checked after parsing instead.
    static let parseOptions = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_NODEFDTD.rawValue | HTML_PARSE_COMPACT.rawValue
            | HTML_PARSE_IGNORE_ENC.rawValue | XML_PARSE_HUGE.rawValue)

    /// A libxml2 string as a Swift string; invalid UTF-8 is repaired.
    static func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }

    /// A string libxml2 allocated, converted and freed.
    static func consume(_ pointer: UnsafeMutablePointer<xmlChar>?) -> String? {
        guard let pointer else { return nil }
        defer { cxml_free(pointer) }
        return String(cString: pointer)
    }

    /// Calls `body` with `text` as a NUL-terminated `xmlChar` string.
    static func with<R>(_ text: String, _ body: (UnsafePointer<xmlChar>) -> R) -> R {
        text.withCString { body(UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) }
    }

    /// Whether a libxml2 name equals `name` (ASCII, already lower case).
    static func nameEquals(_ pointer: UnsafePointer<xmlChar>?, _ name: StaticString) -> Bool {
        guard let pointer else { return false }
        let bytes = name.utf8Start
        var i = 0
        while i < name.utf8CodeUnitCount {
            if pointer[i] != bytes[i] { return false }
            i += 1
        }
        return pointer[i] == 0
    }
}
