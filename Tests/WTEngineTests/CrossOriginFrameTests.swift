import CDP
import Foundation
import Testing
import WTEngine
import WTRuntime
import WTTestSupport

/// The two ways Chromium hosts a cross-site frame, each forced with flags. Debian's headless shell, as our
/// launcher starts it, puts a `localhost` frame of a `127.0.0.1` page in the page's own renderer; with
/// `--site-per-process` (as remote browsers usually run) the frame gets a renderer and a target of its own.
enum FrameHosting: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case inProcess = "in the page's process"
    case outOfProcess = "out of process"

    var options: LaunchOptions {
        switch self {
        case .inProcess:
            LaunchOptions(extraArguments: [
                "--disable-site-isolation-trials", "--disable-features=IsolateOrigins,site-per-process",
            ])
        case .outOfProcess: LaunchOptions(extraArguments: ["--site-per-process"])
        }
    }

    var testDescription: String { rawValue }
}

/// `within` a cross-origin iframe must act, locate and extract exactly as within a same-origin one.
@Suite(
    "Cross-origin frames", .serialized,
    .enabled(if: FileManager.default.isExecutableFile(atPath: LaunchOptions().resolvedExecutable)))
struct CrossOriginFrameTests {
    static let program = """
        program "frames"
        mode browser

        param top_url: url

        output status: string
        output code: string
        output items: [string]
        output inner: string
        output items_from_top: [string]
        output thanks: string

        open "{top_url}"
        within "iframe#shop" {
          click role button "Change"
          wait for exists text "changed in the frame" timeout 5s
          extract status = text "#status"
          fill placeholder "Code" with "X1"
          press "Enter" on "#code"
          wait for exists text "entered X1" timeout 5s
          extract code = text "#code-status"
          extract items = texts "li.item"
          within "iframe#inner" {
            click text "Inner"
            wait for exists text "inner clicked" timeout 5s
            extract inner = text "#inner-status"
          }
        }
        extract items_from_top = texts "iframe#shop li.item"
        within "iframe#shop" {
          fill "#name" with "Ada"
          select "#size" option "Large"
          check "#gift"
          click role button "Order"
          wait for exists "#thanks" timeout 5s
          extract thanks = text "#thanks"
        }
        """

    static let expected: [String: Value] = [
        "status": .string("changed in the frame"),
        "code": .string("entered X1"),
        "items": .list([.string("Apple"), .string("Pear"), .string("Plum")]),
        "inner": .string("inner clicked"),
        "items_from_top": .list([.string("Apple"), .string("Pear"), .string("Plum")]),
        "thanks": .string("Thanks Ada: Large, gift wrapped"),
    ]

    static func run(
        _ server: LoopbackServer, frameHost: String, innerHost: String, _ hosting: FrameHosting,
        program: String = program
    ) async throws -> EngineHarness.Outcome {
        let url = FrameSite.topURL(server, frameHost: frameHost, innerHost: innerHost)
        return try await EngineHarness.run(
            program, parameters: ["top_url=\(url)"], mode: .browser, browser: hosting.options)
    }

    @Test("the frames are hosted as the flags say", arguments: FrameHosting.allCases)
    func hosting(_ hosting: FrameHosting) async throws {
        let frameTargets = try await withLoopbackServer(routes: FrameSite.routes) { server in
            try await withBrowser(hosting.options) { browser in
                try await browser.withContext { context in
                    let page = try await context.newPage()
                    try await page.navigate(
                        to: FrameSite.topURL(server, frameHost: "localhost", innerHost: "127.0.0.1"))
                    // The page's load event waits for its frames, so every frame target exists by now.
                    let targets = try await browser.session.send(Target.GetTargets()).targetInfos
                    return targets.filter { $0.type == "iframe" }.map(\.url).sorted()
                }
            }
        }
        switch hosting {
        case .inProcess: #expect(frameTargets.isEmpty)
        case .outOfProcess: #expect(frameTargets.count == 2, "\(frameTargets)")
        }
    }

    @Test(
        "a program in nested frames returns the same outputs whether the frames are same-, cross- or mixed-origin",
        arguments: FrameHosting.allCases)
    func sameOutputs(_ hosting: FrameHosting) async throws {
        try await withLoopbackServer(routes: FrameSite.routes) { server in
            let same = try await Self.run(server, frameHost: "127.0.0.1", innerHost: "127.0.0.1", hosting)
            let cross = try await Self.run(server, frameHost: "localhost", innerHost: "127.0.0.1", hosting)
            // A cross-origin frame inside a same-origin one: the top document's script hands on mid-way.
            let mixed = try await Self.run(server, frameHost: "127.0.0.1", innerHost: "localhost", hosting)
            for (name, outcome) in [("same-origin", same), ("cross-origin", cross), ("mixed", mixed)] {
                guard let result = outcome.result else {
                    Issue.record("\(name) frames failed: \(outcome.failure?.diagnostic.text ?? "no result")")
                    continue
                }
                for (output, value) in Self.expected {
                    #expect(result[output: output] == value, "\(name) frames: \(output)")
                }
            }
            #expect(same.result?.json(pretty: true) == cross.result?.json(pretty: true))
            #expect(same.result?.json(pretty: true) == mixed.result?.json(pretty: true))
        }
    }

    @Test("a frame that failed to load is left out of the page, and a loaded cross-origin one is read")
    func failedFrame() async throws {
        let dead = "http://127.0.0.1:\(try LoopbackPorts.closedPort())/gone"
        let routes =
            FrameSite.routes + [
                LoopbackRoute("GET", "/dead") { request in
                    .html(
                        "<iframe id=\"dead\" src=\"\(dead)\"></iframe>"
                            + "<iframe id=\"shop\" src=\"\(request.queryValue("frame") ?? "")/frame\"></iframe>")
                }
            ]
        let program = """
            program "dead"
            mode browser

            param top_url: url

            output dead: int
            output items: int

            open "{top_url}"
            extract dead = count "iframe#dead *"
            extract items = count "iframe#shop li.item"
            """
        let outcome = try await withLoopbackServer(routes: routes) { server in
            try await EngineHarness.run(
                program, parameters: ["top_url=\(server.url("/dead?frame=http://localhost:\(server.port)"))"],
                mode: .browser)
        }
        let result = try #require(outcome.result, "\(outcome.failure?.diagnostic.text ?? "")")
        #expect(result[output: "dead"] == .int(0))
        #expect(result[output: "items"] == .int(3))
    }

    @Test("a locator missing inside a cross-origin frame times out naming the locator and the time")
    func missingInFrame() async throws {
        let program = """
            program "missing"
            mode browser

            param top_url: url

            open "{top_url}"
            within "iframe#shop" {
              click "#nowhere" timeout 700ms
            }
            """
        for hosting in FrameHosting.allCases {
            let outcome = try await withLoopbackServer(routes: FrameSite.routes) { server in
                try await Self.run(server, frameHost: "localhost", innerHost: "127.0.0.1", hosting, program: program)
            }
            let failure = try #require(outcome.failure, "\(hosting)")
            #expect(failure.id == "run.timeout", "\(hosting)")
            #expect(failure.diagnostic.text.contains("#nowhere"), "\(hosting): \(failure.diagnostic.text)")
            #expect(failure.diagnostic.text.contains("700ms"), "\(hosting): \(failure.diagnostic.text)")
        }
    }
}
