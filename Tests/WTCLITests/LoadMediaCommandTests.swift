import CDP
import Foundation
import Testing
import WTTestSupport

/// `wtc exec` of a program that only reads leaves the pages' pictures and fonts unloaded unless
/// `--load-media` asks for them; the result is the same either way.
@Suite(
    "wtc exec --load-media (built binary)", .serialized,
    .enabled(if: FileManager.default.isExecutableFile(atPath: LaunchOptions().resolvedExecutable)))
struct LoadMediaCommandTests {
    static let page = """
        <!DOCTYPE html><html><head><title>Shop</title><style>
        @font-face { font-family: "Body"; src: url("/font/body.ttf"); }
        body { font-family: "Body", sans-serif; }
        </style></head><body><ul id="list"></ul><script>
        for (const [name, src] of [['Kettle', '/img/kettle.svg'], ['Ladle', '/img/ladle.svg']]) {
          const li = document.createElement('li');
          li.innerHTML = `<img src="${src}" alt="${name}"><b>${name}</b>`;
          document.getElementById('list').appendChild(li);
        }
        </script></body></html>
        """

    static let program = """
        program "shop"
        mode browser

        param base_url: url

        output items: [{ name: string, picture: string }]

        open "{base_url}/shop"
        wait for count "#list li" == 2
        extract items = each "#list li" {
          name = text "b"
          picture = attr "src" of "img"
        }
        """

    /// The program's output and whether any picture or font reached the server.
    static func run(_ extra: [String]) async throws -> (String, Bool) {
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"20\" height=\"20\"/>"
        let server = try LoopbackServer(routes: [
            LoopbackRoute("GET", "/shop") { _ in .html(page) },
            LoopbackRoute("GET", "/img/*") { _ in
                LoopbackResponse(headers: [("Content-Type", "image/svg+xml")], body: .data(Data(svg.utf8)))
            },
            LoopbackRoute("GET", "/font/*") { _ in
                LoopbackResponse(headers: [("Content-Type", "font/ttf")], body: .data(Data(count: 32)))
            },
        ])
        try server.start()
        defer { server.stop() }
        let work = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let path = work.appendingPathComponent("shop.wt")
        try program.write(to: path, atomically: true, encoding: .utf8)
        let result = try await CLI.run(["exec", path.path, "--quiet", "--param", "base_url=\(server.baseURL)"] + extra)
        #expect(result.status == 0, "\(result.stderr)")
        let media = server.requests.contains { $0.path.hasPrefix("/img/") || $0.path.hasPrefix("/font/") }
        return (result.stdout, media)
    }

    @Test("a reading program reads the same without its pictures and fonts, which --load-media loads")
    func sameResult() async throws {
        let (blocked, blockedMedia) = try await Self.run([])
        let (loaded, loadedMedia) = try await Self.run(["--load-media"])
        #expect(
            blocked.contains("\"picture\" : \"/img/kettle.svg\"")
                || blocked.contains("\"picture\": \"/img/kettle.svg\""))
        #expect(blocked == loaded)
        #expect(!blockedMedia)
        #expect(loadedMedia)
    }
}
