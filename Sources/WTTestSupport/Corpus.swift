import Foundation
import WTDiagnostics

/// Corpus files with inline expectations (CONVENTIONS.md #7): many tiny programs in one file, separated
/// by a line `---`; a trailing comment `# error: <id> [message substring]` (or `# warning: …`) says that
/// exactly that diagnostic starts on that line. A case without expectations must produce no diagnostics.
public struct CorpusCase: Sendable, CustomStringConvertible {
    public struct Expectation: Sendable, Hashable, CustomStringConvertible {
        public var line: Int
        public var severity: Severity
        public var id: String
        public var messageSubstring: String?

        public var description: String {
            "\(line): \(severity.rawValue) [\(id)]" + (messageSubstring.map { " \"\($0)\"" } ?? "")
        }
    }

    /// `file.wt#3`: the corpus file and the case's 1-based index, for test names.
    public var name: String
    /// The case's text; line numbers restart at 1 in each case.
    public var source: String
    public var expectations: [Expectation]
    /// The line in the corpus file where this case starts, for failure messages.
    public var firstLine: Int

    public var description: String { name }

    /// Compares diagnostics with the expectations; returns one line per mismatch (empty when they agree).
    public func mismatches(_ diagnostics: [Diagnostic]) -> [String] {
        var unmatched = expectations
        var problems: [String] = []
        for d in diagnostics {
            let line = d.span?.start.line ?? 0
            if let i = unmatched.firstIndex(where: { e in
                e.line == line && e.id == d.id && e.severity == d.severity
                    && (e.messageSubstring.map { d.text.contains($0) } ?? true)
            }) {
                unmatched.remove(at: i)
            } else {
                problems.append("unexpected \(d.severity.rawValue) at \(name) line \(line): \(d.text) [\(d.id)]")
            }
        }
        problems += unmatched.map { "missing expected \($0) in \(name)" }
        return problems
    }
}

public enum Corpus {
    /// Splits every `*.wt` file in `directory` into cases, sorted by file name.
    public static func cases(in directory: URL) -> [CorpusCase] {
        let files = (try? FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)) ?? []
        return files.filter { $0.pathExtension == "wt" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
            .flatMap { url in
                cases(fileName: url.lastPathComponent, text: (try? String(contentsOf: url, encoding: .utf8)) ?? "")
            }
    }

    public static func cases(fileName: String, text: String) -> [CorpusCase] {
        var result: [CorpusCase] = []
        var current: [String] = []
        var start = 1
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (i, line) in lines.enumerated() {
            if line.trimmingCharacters(in: .whitespaces) == "---" {
                result.append(makeCase(fileName, result.count + 1, current, start))
                current = []
                start = i + 2
            } else {
                current.append(String(line))
            }
        }
        if current.contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) {
            result.append(makeCase(fileName, result.count + 1, current, start))
        }
        return result
    }

    /// `# error: id [substring]`, possibly several on one line (`# error: a # warning: b`).
    private static func expectationsOnLine(_ line: String, number: Int) -> [CorpusCase.Expectation] {
        let pattern = #"# (error|warning): (\S+)((?: [^#]*)?)"#
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        let text = line as NSString
        return regex.matches(in: line, range: NSRange(location: 0, length: text.length)).compactMap { match in
            guard let severity = Severity(rawValue: text.substring(with: match.range(at: 1))) else { return nil }
            let rest = text.substring(with: match.range(at: 3)).trimmingCharacters(in: .whitespaces)
            return .init(
                line: number, severity: severity, id: text.substring(with: match.range(at: 2)),
                messageSubstring: rest.isEmpty ? nil : rest)
        }
    }

    private static func makeCase(_ file: String, _ index: Int, _ lines: [String], _ start: Int) -> CorpusCase {
        var expectations: [CorpusCase.Expectation] = []
        for (i, line) in lines.enumerated() {
            expectations += expectationsOnLine(line, number: i + 1)
        }
        let source = lines.joined(separator: "\n") + "\n"
        return CorpusCase(name: "\(file)#\(index)", source: source, expectations: expectations, firstLine: start)
    }
}
