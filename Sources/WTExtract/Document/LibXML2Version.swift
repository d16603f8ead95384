import CLibXML2

/// The libxml2 this process runs with, for `wtc doctor`.
public enum LibXML2Version {
    /// `2.9.14`: the loaded library's own version (its `xmlParserVersion`, `20914`, written with dots),
    /// which can differ from the headers wtc was built against.
    public static var loaded: String {
        guard let text = cxml_parser_version(), let number = Int(String(cString: text)) else { return built }
        return "\(number / 10000).\(number / 100 % 100).\(number % 100)"
    }

    /// The version of the headers wtc was built against (`LIBXML_DOTTED_VERSION`).
    public static var built: String { LIBXML_DOTTED_VERSION }
}
