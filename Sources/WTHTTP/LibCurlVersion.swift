import CCurl

/// The libcurl this process runs with, for `wtc doctor`.
public enum LibCurlVersion {
    /// `7.88.1`: the loaded library's version number.
    public static var loaded: String {
        let word = CurlGlobal.libraryVersion
        return word.split(separator: "/").last.map(String.init) ?? word
    }

    /// `libcurl/7.88.1 OpenSSL/3.0.15 zlib/1.2.13 …`: the library and the ones it was built with
    /// (`curl_version()`).
    public static var details: String {
        _ = CurlGlobal.ready
        guard let text = curl_version() else { return CurlGlobal.libraryVersion }
        return String(cString: text)
    }
}
