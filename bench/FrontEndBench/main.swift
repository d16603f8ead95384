import Foundation
import WTDiagnostics
import WTSema
import WTSyntax

// Front-end benchmark: parse, check and print generated programs of 1k, 10k and 100k lines, and show
// that time per line stays flat (linear front end). Run with bench/frontend.sh (release build).

/// One block of ~20 lines using most of the language; `i` keeps every name unique so scopes grow too.
func block(_ i: Int) -> String {
    """
    # block \(i)
    open "{base_url}/tag/t\(i)/"
    repeat max_pages as page_\(i) {
      extract quotes += each ".quote:not(.ad)" {
        text = text ".text"
        author = text "small.author" | xpath "//small[@class='author']"
        tags = texts "a.tag"
      }
      if not exists "li.next > a" or page_\(i) == max_pages {
        break
      }
      click "li.next > a" | role link "Next" timeout 5s
      expect url ~ "/page/[0-9]+/"
    }
    extract links_\(i) = urls "ul.items > li:nth-child(2n+1) a[href^='/item']"
    for each link_\(i) in links_\(i) concurrency 2 {
      open link_\(i)
      let reviews_\(i) = count ".review"
    }

    """
}

func program(lines: Int) -> String {
    var text = """
        program "bench"
        mode auto

        param base_url: url = "http://127.0.0.1:8000"
        param max_pages: int = 10

        output quotes: [{ text: string, author: string, tags: [string] }]
        output total: int

        extract total = count ".review"

        """
    var count = 10
    var i = 0
    while count < lines {
        let next = block(i)
        text += next
        count += next.utf8.count { $0 == UInt8(ascii: "\n") }
        i += 1
    }
    while text.hasSuffix("\n\n") { text.removeLast() }
    return text
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("wtc-bench-frontend: \(message)\n".utf8))
    exit(1)
}

struct Timing {
    var parse: Double
    var check: Double
    var print: Double
    var total: Double { parse + check + print }
}

func measure(_ text: String) -> Timing {
    let clock = ContinuousClock()
    var diagnostics = DiagnosticEngine()
    let file = SourceFile(path: "bench.wt", text: text)
    var program: Program?
    let parse = clock.measure { program = Parser.parse(file, diagnostics: &diagnostics) }
    guard let program, !diagnostics.hasErrors else {
        fail("benchmark program does not parse: \(diagnostics.diagnostics.prefix(3))")
    }
    var checked: CheckedProgram?
    let check = clock.measure { checked = Checker.check(program, file: file, diagnostics: &diagnostics) }
    guard checked != nil else { fail("benchmark program does not check: \(diagnostics.diagnostics.prefix(3))") }
    var printed = ""
    let print = clock.measure { printed = Printer.print(program) }
    guard printed == text else { fail("benchmark program is not canonical") }
    func ms(_ d: Duration) -> Double { Double(d.components.seconds) * 1e3 + Double(d.components.attoseconds) / 1e15 }
    return Timing(parse: ms(parse), check: ms(check), print: ms(print))
}

func median(_ xs: [Double]) -> Double { xs.sorted()[xs.count / 2] }

let sizes = CommandLine.arguments.dropFirst().compactMap(Int.init)
let targets = sizes.isEmpty ? [1_000, 10_000, 100_000] : sizes
print("lines    bytes      parse ms  check ms  print ms  total ms  lines/s     µs/line")
var perLine: [Double] = []
for target in targets {
    let text = program(lines: target)
    let lineCount = text.split(separator: "\n", omittingEmptySubsequences: false).count - 1
    let runs = target >= 100_000 ? 3 : 7
    let timings = (0..<runs).map { _ in measure(text) }
    let t = Timing(
        parse: median(timings.map(\.parse)), check: median(timings.map(\.check)),
        print: median(timings.map(\.print)))
    let rate = Double(lineCount) / (t.total / 1e3)
    perLine.append(t.total * 1e3 / Double(lineCount))
    print(
        String(
            format: "%-8d %-10d %8.1f  %8.1f  %8.1f  %8.1f  %-10.0f  %.2f", lineCount, text.utf8.count,
            t.parse, t.check, t.print, t.total, rate, perLine.last ?? 0))
}
if let first = perLine.first, let last = perLine.last, first > 0 {
    print(String(format: "time per line, largest vs smallest program: %.2fx (1.00x = perfectly linear)", last / first))
}
