import CDP
import Foundation
import Testing
import WTEngine
import WTRuntime
import WTTestSupport

/// `<frame>` works wherever `<iframe>` does: scopes, actions, extraction and traces, on a page of nested
/// `<frameset>`s with one cross-origin frame.
@Suite(
    "Framesets", .serialized,
    .enabled(if: FileManager.default.isExecutableFile(atPath: LaunchOptions().resolvedExecutable)))
struct FramesetTests {
    static let program = FramesetSite.program(
        outputs: "output items_from_top: [string]",
        steps: #"extract items_from_top = texts "frame[name=top] frame[name=middle] li.item""#)

    static let expected: [String: Value] = [
        "status": .string("hello clicked"),
        "items": .list(FramesetSite.items.map(Value.string)),
        "side": .string("side clicked"),
        "found": .string("Found pears"),
        "items_from_top": .list(FramesetSite.items.map(Value.string)),
    ]

    @Test(
        "a program clicks, fills and extracts inside nested frames, the side frame same- or cross-origin",
        arguments: FrameHosting.allCases, ["127.0.0.1", "localhost"])
    func nestedFrames(_ hosting: FrameHosting, sideHost: String) async throws {
        try await withLoopbackServer(routes: FramesetSite.routes) { server in
            let outcome = try await EngineHarness.run(
                Self.program, parameters: ["start=\(FramesetSite.url(server, sideHost: sideHost))"], mode: .browser,
                browser: hosting.options)
            let result = try #require(outcome.result, "\(outcome.failure?.diagnostic.text ?? "no result")")
            for (output, value) in Self.expected {
                #expect(result[output: output] == value, "\(output)")
            }
        }
    }

    @Test("a recorded run keeps the frames in its trace: the steps' scopes and the frames' documents")
    func recorded() async throws {
        try await withLoopbackServer(routes: FramesetSite.routes) { server in
            let recorded = try await TraceResponseTests.record(
                Self.program, parameters: ["start=\(FramesetSite.url(server, sideHost: "localhost"))"],
                mode: .browser)
            let click = try #require(recorded.steps.first { ($0["action"] as? String) == "click" })
            let scope = (click["scope"] as? [[String: Any]])?.compactMap { $0["tag"] as? String }
            #expect(scope == ["frame", "frame"])
            let last = try #require(recorded.steps.last?["before"] as? [String: Any])
            let name = try #require(last["snapshot"] as? String)
            let html = String(decoding: try recorded.file(name), as: UTF8.self)
            for item in FramesetSite.items { #expect(html.contains("<li class=\"item\">\(item)</li>")) }
            #expect(html.contains("side clicked"), "the cross-origin frame's document is in the snapshot")
        }
    }
}
