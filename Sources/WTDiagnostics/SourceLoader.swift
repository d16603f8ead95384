import Foundation

/// Reads a source file from disk and refuses, with a diagnostic, what no source file can be: a missing
/// path, a directory, binary data, or something too large. Invalid UTF-8 is replaced and reported, so the
/// rest of the file is still checked.
public enum SourceLoader {
    /// What a file is read as: what to call it in messages, and how large it may be.
    public struct Kind: Sendable {
        /// `program`, `trace`: "a .wt program is UTF-8 text".
        public var noun: String
        public var maximumBytes: Int

        /// Programs larger than 16 MiB are refused before parsing; a generated 100,000-line program is ~3 MB.
        public static let program = Kind(noun: ".wt program", maximumBytes: 16 << 20)
        /// A trace's `trace.json`: a 1,000-step trace is ~5 MB (its pages are files beside it).
        public static let trace = Kind(noun: "trace.json", maximumBytes: 256 << 20)
        /// A JSON Schema.
        public static let schema = Kind(noun: "JSON Schema", maximumBytes: 16 << 20)
    }

    /// The largest program accepted.
    public static let maximumBytes = Kind.program.maximumBytes

    public enum Failure: Error, Sendable {
        /// The path does not exist or cannot be read (exit 66).
        case missing(Diagnostic)
        /// The path exists but is not a usable source (exit 65).
        case invalid(Diagnostic)

        public var diagnostic: Diagnostic {
            switch self {
            case .missing(let d), .invalid(let d): d
            }
        }
    }

    public static func load(path: String, as kind: Kind = .program) -> Result<(SourceFile, [Diagnostic]), Failure> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(
                .missing(
                    Diagnostic(
                        InputMessages.missing(path), span: nil,
                        help: "check the path; run `ls` on its folder")))
        }
        if isDirectory.boolValue {
            return .failure(
                .invalid(
                    Diagnostic(
                        InputMessages.directory(path), span: nil,
                        help: kind.noun == Kind.program.noun
                            ? "pass the .wt file inside it, e.g. \(path)/program.wt" : "pass the file inside it")))
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        if size > kind.maximumBytes {
            return .failure(.invalid(Diagnostic(InputMessages.tooLarge(path, size, kind), span: nil)))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(.missing(Diagnostic(InputMessages.unreadable(path), span: nil)))
        }
        return decode(path: path, data: data, as: kind)
    }

    /// Decodes bytes already in memory (stdin, tests).
    public static func decode(path: String, data: Data, as kind: Kind = .program) -> Result<
        (SourceFile, [Diagnostic]), Failure
    > {
        if data.count > kind.maximumBytes {
            return .failure(.invalid(Diagnostic(InputMessages.tooLarge(path, data.count, kind), span: nil)))
        }
        let bytes = [UInt8](data)
        if let nul = bytes.firstIndex(of: 0) {
            let file = SourceFile(path: path, text: String(decoding: bytes[..<nul], as: UTF8.self))
            return .failure(
                .invalid(
                    Diagnostic(
                        InputMessages.binary(nul), span: file.span(of: .at(file.utf8.count)),
                        help: "a \(kind.noun) is UTF-8 text")))
        }
        if let bad = firstInvalidUTF8(bytes) {
            let prefix = SourceFile(path: path, text: String(decoding: bytes[..<bad], as: UTF8.self))
            let file = SourceFile(path: path, text: String(decoding: bytes, as: UTF8.self))
            let span = prefix.span(of: SourceRange(start: prefix.utf8.count, end: prefix.utf8.count + 1))
            return .success(
                (
                    file,
                    [
                        Diagnostic(
                            InputMessages.invalidUTF8(bad), span: span,
                            help: "save the file as UTF-8")
                    ]
                ))
        }
        return .success((SourceFile(path: path, text: String(decoding: bytes, as: UTF8.self)), []))
    }

    /// The offset of the first byte that does not start or continue a valid UTF-8 sequence.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s): offset += UTF8.width(s)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}

/// Messages about reading input files, shared by every command that reads one.
public enum InputMessages {
    public static func missing(_ path: String) -> DiagnosticMessage {
        .init("input.missing", .error, "no such file: \(path)")
    }
    public static func unreadable(_ path: String) -> DiagnosticMessage {
        .init("input.unreadable", .error, "cannot read \(path)")
    }
    public static func directory(_ path: String) -> DiagnosticMessage {
        .init("input.directory", .error, "\(path) is a directory, not a file")
    }
    public static func tooLarge(_ path: String, _ size: Int, _ kind: SourceLoader.Kind = .program) -> DiagnosticMessage
    {
        let mb = Double(size) / 1_048_576
        let limit = kind.maximumBytes / 1_048_576
        return .init(
            "input.too-large", .error,
            "\(path) is \(String(format: "%.1f", mb)) MiB; a \(kind.noun) may have at most \(limit) MiB")
    }
    public static func binary(_ offset: Int) -> DiagnosticMessage {
        .init("input.binary", .error, "file looks binary: NUL byte at offset \(offset)")
    }
    public static func invalidUTF8(_ offset: Int) -> DiagnosticMessage {
        .init("input.invalid-utf8", .error, "invalid UTF-8 at byte offset \(offset)")
    }
}
