import ArgumentParser
import CDP
import Foundation
import WTDiagnostics
import WTEngine
import WTExtract
import WTHTTP
import WTRuntime
import WTSelector

/// `wtc query SELECTOR [FILE|URL|-]`: try a selector on a saved page, stdin, or a URL.
struct QueryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Print what a CSS selector (or XPath) selects in an HTML page: one match per line.",
        discussion: """
            SELECTOR is CSS (with ::text and ::attr(name)); it is XPath when it starts with / or ( or with \
            --xpath. The page is a file, a http(s) URL fetched with libcurl, or stdin ('-' or nothing). Exit 0 \
            when something matched, 1 when nothing did (like grep; --count prints 0 and exits 0), 65 \
            for an invalid selector or page, 66 for a missing file, 69 when the URL cannot be fetched.
            """
    )

    @Argument(help: "The selector to try.")
    var selector: String

    @Argument(help: "A file, a http(s) URL, or '-' for stdin (the default).")
    var source: String = "-"

    @Flag(name: .long, help: "Print each match's text (the default).")
    var text = false

    @Option(name: .long, help: "Print this attribute of each match.")
    var attr: String?

    @Flag(name: .long, help: "Print each match's HTML.")
    var html = false

    @Flag(name: .long, help: "Print only the number of matches.")
    var count = false

    @Flag(name: .long, help: "Print the matches as a JSON array.")
    var json = false

    @Flag(name: .long, help: "Treat the selector as XPath.")
    var xpath = false

    @Flag(name: .long, help: "Render the URL in Chromium first (for pages built by JavaScript).")
    var browser = false

    func validate() throws {
        if [html, count, attr != nil].filter({ $0 }).count > 1 {
            throw ValidationError("choose one of --html, --count and --attr")
        }
        if browser, !(source.hasPrefix("http://") || source.hasPrefix("https://")) {
            throw ValidationError("--browser renders a http(s) URL; give one as the second argument")
        }
    }

    func run() async throws {
        let compiled = try compileSelector()
        let document = try await loadDocument()
        let nodes: [Node]
        do {
            nodes = try document.select(compiled)
        } catch {
            Console.error("wtc query: error: \(error.message)\n")
            throw Exit.invalidInput
        }
        Console.out(render(nodes))
        if nodes.isEmpty, !count { throw Exit.noMatch }
    }

    private var isXPath: Bool { xpath || selector.hasPrefix("/") || selector.hasPrefix("(") }

    /// Checks the selector first so an error points into it, like any other diagnostic.
    private func compileSelector() throws -> CompiledSelector {
        let file = SourceFile(path: "<selector>", text: selector)
        let problem = isXPath ? XPathSyntax.check(selector) : CSSSelectorParser.check(selector)
        if let problem {
            let message = DiagnosticMessage(
                "query.invalid-selector", .error, "invalid \(isXPath ? "XPath" : "CSS") selector: \(problem.message)")
            let range = SourceRange(start: problem.offset, end: problem.offset + max(1, problem.length))
            let renderer = DiagnosticRenderer(sources: [file], colour: isatty(2) == 1 && getenv("NO_COLOR") == nil)
            Console.error(renderer.render(Diagnostic(message, span: file.span(of: range))))
            throw Exit.invalidInput
        }
        do {
            return try isXPath ? CompiledSelector(xpath: selector) : CompiledSelector(css: selector)
        } catch {
            Console.error("wtc query: error: \(error.message)\n")
            throw Exit.invalidInput
        }
    }

    private func loadDocument() async throws -> HTMLDocument {
        if browser {
            BrowserProcess.terminateAllOnSignal()
            do {
                return try await RenderedPage.load(source)
            } catch let error as StepError {
                Console.error("wtc query: error: \(error.message)\n")
                throw error.kind == .unavailable ? Exit.unavailable : Exit.invalidInput
            } catch {
                Console.error("wtc query: error: \(error)\n")
                throw Exit.unavailable
            }
        }
        let (data, url, contentType) = try await readSource()
        do {
            return try HTMLDocument(data: data, url: url, contentType: contentType)
        } catch {
            Console.error("wtc query: error: \(error.message)\n")
            throw Exit.invalidInput
        }
    }

    private func readSource() async throws -> (Data, String?, String?) {
        if source.hasPrefix("http://") || source.hasPrefix("https://") {
            do {
                let response = try await HTTPClient().send(.get(source))
                return (response.body, response.finalURL, response.header("Content-Type"))
            } catch {
                Console.error("wtc query: error: \(error.message)\n")
                throw Exit.unavailable
            }
        }
        if source == "-" { return (FileHandle.standardInput.readDataToEndOfFile(), nil, nil) }
        guard let data = FileManager.default.contents(atPath: source) else {
            Console.error("wtc query: error: no such file: \(source)\n")
            throw Exit.missingInput
        }
        return (data, URL(fileURLWithPath: source).absoluteString, nil)
    }

    private func render(_ nodes: [Node]) -> String {
        if count { return "\(nodes.count)\n" }
        let values: [String] = nodes.compactMap { node in
            if let attr { return node.attribute(attr) }
            return html ? Node.withoutVisibilityMarks(node.outerHTML) : node.text
        }
        if json {
            // Foundation pretty-prints an empty array as "[", an empty line and "]".
            if values.isEmpty { return "[]\n" }
            let data =
                (try? JSONSerialization.data(
                    withJSONObject: values, options: [.prettyPrinted, .withoutEscapingSlashes])) ?? Data("[]".utf8)
            return String(decoding: data, as: UTF8.self) + "\n"
        }
        return values.map { $0 + "\n" }.joined()
    }
}
