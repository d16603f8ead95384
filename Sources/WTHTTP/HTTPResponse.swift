import Foundation

/// The final response of a request, after any redirects, with its body decoded.
public struct HTTPResponse: Sendable {
    /// Where the time went, measured by libcurl from the start of the request (redirects included).
    public struct Timing: Sendable, Equatable {
        /// The whole request.
        public var total: Duration
        /// Until the last TCP connection was made (0 when a kept-alive connection was reused).
        public var connect: Duration
        /// Until the first byte of the final response arrived.
        public var firstByte: Duration

        /// Timings from their parts.
        public init(total: Duration, connect: Duration, firstByte: Duration) {
            self.total = total
            self.connect = connect
            self.firstByte = firstByte
        }
    }

    /// The status code, e.g. 200.
    public var status: Int
    /// The URL that answered, after redirects.
    public var finalURL: String
    /// Every header of the final response in the order received, names spelled as the server sent them.
    public var headers: [(String, String)]
    /// The body, decoded from any `Content-Encoding`.
    public var body: Data
    /// The media type from `Content-Type`, lower-cased and without parameters, e.g. `text/html`.
    public var contentType: String?
    /// The `charset` parameter of `Content-Type`, lower-cased and unquoted, e.g. `utf-8`.
    public var charset: String?
    /// How many redirects were followed.
    public var redirectCount: Int
    /// Where the time went.
    public var timing: Timing

    /// A response from its parts; `contentType` and `charset` are read from `headers`.
    public init(
        status: Int, finalURL: String, headers: [(String, String)], body: Data, redirectCount: Int = 0,
        timing: Timing = Timing(total: .zero, connect: .zero, firstByte: .zero)
    ) {
        self.status = status
        self.finalURL = finalURL
        self.headers = headers
        self.body = body
        self.redirectCount = redirectCount
        self.timing = timing
        let media = HTTPResponse.header("Content-Type", in: headers).map(MediaType.init(parsing:))
        self.contentType = media?.type
        self.charset = media?.charset
    }

    /// The first value of the header `name`, compared case-insensitively.
    public func header(_ name: String) -> String? { HTTPResponse.header(name, in: headers) }

    /// Every value of the header `name` in order (e.g. each `Set-Cookie`).
    public func headers(named name: String) -> [String] {
        headers.filter { $0.0.caseInsensitiveCompare(name) == .orderedSame }.map(\.1)
    }

    /// The body as text in its declared charset; UTF-8 when none is declared or it is unknown, with
    /// invalid bytes replaced by U+FFFD. (A `<meta charset>` inside HTML is the extractor's business.)
    public var text: String {
        guard let encoding = charset.flatMap(MediaType.encoding(forCharset:)), encoding != .utf8 else {
            return String(decoding: body, as: UTF8.self)
        }
        if let decoded = String(data: body, encoding: encoding) { return decoded }
        // Five bytes are unassigned in windows-1252; browsers pass them through as C1 controls.
        if encoding == .windowsCP1252, let decoded = String(data: body, encoding: .isoLatin1) { return decoded }
        return String(decoding: body, as: UTF8.self)
    }

    static func header(_ name: String, in headers: [(String, String)]) -> String? {
        headers.first { $0.0.caseInsensitiveCompare(name) == .orderedSame }?.1
    }
}

/// A parsed `Content-Type` value: `text/html; charset="UTF-8"` → type `text/html`, charset `utf-8`.
struct MediaType: Equatable {
    var type: String?
    var charset: String?

    init(parsing value: String) {
        let parts = value.split(separator: ";", omittingEmptySubsequences: false)
        let type = parts.first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        self.type = type.isEmpty ? nil : type
        for parameter in parts.dropFirst() {
            guard let equals = parameter.firstIndex(of: "=") else { continue }
            let name = parameter[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
            guard name == "charset" else { continue }
            var raw = parameter[parameter.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            if raw.count >= 2, raw.hasPrefix("\""), raw.hasSuffix("\"") { raw = String(raw.dropFirst().dropLast()) }
            self.charset = raw.isEmpty ? nil : raw.lowercased()
            break
        }
    }

    /// The Foundation encoding for the charsets HTML pages commonly declare. As in browsers (WHATWG
    /// Encoding), the Latin-1 and ASCII labels mean windows-1252, which pages labelled so really use.
    static func encoding(forCharset charset: String) -> String.Encoding? {
        switch charset {
        case "utf-8", "utf8", "unicode-1-1-utf-8": .utf8
        case "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1",
            "us-ascii", "ascii":
            .windowsCP1252
        case "utf-16": .utf16
        case "utf-16le": .utf16LittleEndian
        case "utf-16be": .utf16BigEndian
        case "iso-8859-2", "latin2": .isoLatin2
        case "windows-1251": .windowsCP1251
        case "shift_jis", "shift-jis": .shiftJIS
        case "euc-jp": .japaneseEUC
        default: nil
        }
    }
}
