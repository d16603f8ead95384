import Foundation
import Testing
import WTTestSupport

/// The grammar is authoritative (CONVENTIONS.md #9): every syntactic production in grammar/wt.ebnf has a
/// `parseX()` in the parser named after it, so the two cannot drift apart silently.
@Suite("Grammar and parser agree")
struct GrammarTests {
    /// Lower-case productions before the token section; `keyword` and `reserved` are sets of words, not parse
    /// steps.
    static var productions: [String] {
        let text = (try? String(contentsOf: Paths.grammar.appendingPathComponent("wt.ebnf"), encoding: .utf8)) ?? ""
        let syntactic = text.components(separatedBy: "(* Tokens.").first ?? ""
        return syntactic.split(separator: "\n").compactMap { line in
            guard let name = line.split(separator: " ").first, line.contains(" = "),
                name.allSatisfy({ $0.isLowercase || $0 == "_" }), name != "keyword", name != "reserved"
            else { return nil }
            return String(name)
        }
    }

    static var parserSource: String {
        let dir = Paths.repositoryRoot().appendingPathComponent("Sources/WTSyntax/Parser")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return files.compactMap { try? String(contentsOf: dir.appendingPathComponent($0), encoding: .utf8) }
            .joined(separator: "\n")
    }

    @Test("the grammar has the productions the issue names")
    func grammarIsComplete() {
        let names = Set(Self.productions)
        #expect(names.count >= 50)
        for needed in [
            "program", "header", "param_decl", "output_decl", "type", "locator", "for_each", "repeat_loop",
            "if_stmt", "extract_stmt", "record_list", "expect_stmt", "all_have", "within_step",
        ] {
            #expect(names.contains(needed), "wt.ebnf lacks \(needed)")
        }
    }

    @Test("every production has a parse function named after it", arguments: productions)
    func parseFunctionExists(_ production: String) {
        let camel = production.split(separator: "_").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        #expect(Self.parserSource.contains("func parse\(camel)("), "no parse\(camel)() for production \(production)")
    }
}
