/// The rule for file paths inside a trace: relative to the folder holding `trace.json`, and never leaving it.
public enum TracePath {
    /// True when `path` is non-empty, relative (no leading `/` or `\`, no drive letter such as `C:`) and has
    /// no `..` part, so joining it to the trace folder stays inside the folder.
    public static func isSafe(_ path: String) -> Bool {
        guard let first = path.first, first != "/", first != "\\" else { return false }
        let scalars = Array(path.unicodeScalars.prefix(2))
        if scalars.count == 2, scalars[1] == ":", scalars[0].isASCII, scalars[0].properties.isAlphabetic {
            return false
        }
        let parts = path.split(whereSeparator: { $0 == "/" || $0 == "\\" })
        return !parts.contains("..") && !parts.isEmpty
    }
}
