import Foundation
import Testing

@testable import WTConsole

@Suite("Console building blocks")
struct PartsTests {
    @Test("the cost chart scales to a nice top and spaces runs evenly")
    func chartLayout() {
        let at = Date(timeIntervalSince1970: 0)
        let chart = CostChart(
            runs: [0.12, 0, 0, 0.03].enumerated().map { .init(webTaskId: "wt_\($0.offset)", at: at, aiUsd: $0.element) }
        )
        #expect(chart.yMax == 0.2)
        #expect(chart.points.map(\.x) == [64, 240, 416, 592])
        #expect(chart.points.map(\.y) == [108, 216, 216, 189])
        #expect(CostChart(runs: [.init(webTaskId: "a", at: at, aiUsd: 0)]).points == [.init(x: 328, y: 216)])
    }

    @Test("the chart's labels and titles are escaped")
    func chartEscapes() {
        let chart = CostChart(runs: [.init(webTaskId: "<b>", at: Date(timeIntervalSince1970: 0), aiUsd: 1)])
        let svg = chart.svg(title: "a \"title\" <x>")
        #expect(svg.contains("<title>a \"title\" &lt;x&gt;</title>"))
        #expect(svg.contains("&lt;b&gt;: $1.00"))
    }

    @Test("a session cookie opens only with the same secret, unchanged and unexpired")
    func sessionSeal() throws {
        let seal = SessionSeal(secret: Array("one secret of more than 16 bytes".utf8), lifetime: 60)
        let now = Date(timeIntervalSince1970: 1000)
        let session = seal.newSession(key: "key_a", now: now)
        let cookie = try #require(seal.seal(session))
        #expect(seal.open(cookie, now: now) == session)
        #expect(seal.open(cookie, now: now + 61) == nil)
        #expect(SessionSeal(secret: Array("another secret of 16+ bytes....".utf8)).open(cookie, now: now) == nil)
        var bytes = try #require(SessionSeal.data(base64url: cookie))
        bytes[bytes.count / 2] ^= 1
        #expect(seal.open(SessionSeal.base64url(bytes), now: now) == nil)
        #expect(seal.check(token: seal.token(nonce: session.nonce), nonce: session.nonce))
        #expect(!seal.check(token: seal.token(nonce: "other"), nonce: session.nonce))
    }

    @Test("form bodies decode pluses and percent escapes")
    func formFields() {
        let fields = FormFields(text: "a=1+2%2B3&b=&c=%3Cx%3E&a=last")
        #expect(fields["a"] == "last")
        #expect(fields["b"] == "")
        #expect(fields["c"] == "<x>")
        #expect(FormFields(text: "a=1+2%2B3")["a"] == "1 2+3")
    }

    @Test("diff lines keep their sign and kind")
    func diffLines() {
        let lines = DiffLine.parse("--- a\n+++ b\n@@ -1 +1 @@\n x\n-y\n+z\n")
        #expect(lines.map(\.kind) == ["header", "header", "hunk", "context", "removed", "added"])
        #expect(lines[5] == DiffLine(kind: "added", sign: "+", text: "z"))
    }
}
