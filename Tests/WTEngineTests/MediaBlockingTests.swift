import CDP
import Foundation
import Testing
import WTDiagnostics
import WTEngine
import WTRuntime
import WTSema
import WTSyntax
import WTTestSupport

/// A program that only reads may run without the pages' images, fonts and media (`Engine.Options.blockMedia`):
/// what it reads must not change, and none of those requests may reach the server.
@Suite(
    "Media blocking for programs that only read", .serialized,
    .enabled(if: FileManager.default.isExecutableFile(atPath: LaunchOptions().resolvedExecutable)))
struct MediaBlockingTests {
    /// A page that shows its items only once their pictures have loaded (`onload`), with a web font, a
    /// background image, a picture without size or alt text, and a video.
    static let page = """
        <!DOCTYPE html><html><head><title>Gallery</title><style>
        @font-face { font-family: "Body"; src: url("/font/body.ttf") format("truetype"); font-display: block; }
        body { font-family: "Body", sans-serif; }
        .hero { background: url("/img/hero.svg") no-repeat; min-height: 40px; }
        </style></head><body>
        <div class="hero"><h1>Gallery</h1></div>
        <ul id="items"></ul>
        <video src="/media/clip.mp4" preload="auto" muted></video>
        <script>
        const items = [['Anchor', '/img/a.svg'], ['Beacon', '/img/b.svg'], ['Compass', '/img/c.svg']];
        const list = document.getElementById('items');
        for (const [name, src] of items) {
          const li = document.createElement('li');
          const img = new Image();
          img.className = 'photo';
          img.alt = '';
          img.onload = () => { const s = document.createElement('span'); s.className = 'shown';
            s.textContent = name + ' shown'; li.appendChild(s); };
          img.src = src;
          const label = document.createElement('b');
          label.className = 'name';
          label.textContent = name;
          li.append(img, ' ', label);
          list.appendChild(li);
        }
        </script></body></html>
        """

    static let svg = """
        <svg xmlns="http://www.w3.org/2000/svg" width="60" height="40"><rect width="60" height="40" fill="teal"/></svg>
        """

    static let routes = [
        LoopbackRoute("GET", "/gallery") { _ in .html(page) },
        LoopbackRoute("GET", "/img/*") { _ in
            LoopbackResponse(headers: [("Content-Type", "image/svg+xml")], body: .data(Data(svg.utf8)))
        },
        LoopbackRoute("GET", "/font/*") { _ in
            LoopbackResponse(headers: [("Content-Type", "font/ttf")], body: .data(Data(repeating: 0, count: 64)))
        },
        LoopbackRoute("GET", "/media/*") { _ in
            LoopbackResponse(headers: [("Content-Type", "video/mp4")], body: .data(Data(repeating: 0, count: 64)))
        },
    ]

    static let program = """
        program "gallery"
        mode browser

        param base: url

        output items: [{ name: string, photo: string, note: string }]
        output photos: int
        output heading: string

        open "{base}/gallery"
        wait for count "#items span.shown" == 3
        wait for visible "#items img.photo"
        extract items = each "#items li" {
          name = text "b.name"
          photo = attr "src" of "img.photo"
          note = text "span.shown"
        }
        extract photos = count "img.photo"
        extract heading = text "h1"
        """

    /// The run's outputs and the paths the server was asked for.
    static func run(blockMedia: Bool) async throws -> (Value?, [String]) {
        try await withLoopbackServer(routes: routes) { server in
            let outcome = try await EngineHarness.run(
                program, parameters: ["base=\(server.url(""))"], mode: .browser, blockMedia: blockMedia)
            #expect(outcome.failure == nil, "\(outcome.failure?.diagnostic.text ?? "")")
            return (outcome.result.map { Value.record($0.outputs) }, server.requests.map(\.path))
        }
    }

    @Test("values read with images, fonts and media blocked are the ones read with them loaded")
    func sameValues() async throws {
        let (loaded, loadedPaths) = try await Self.run(blockMedia: false)
        let (blocked, blockedPaths) = try await Self.run(blockMedia: true)
        #expect(loaded != nil)
        #expect(blocked == loaded)
        // Loaded: the pictures and the font reached the server. Blocked: nothing but the page did.
        #expect(loadedPaths.contains("/img/a.svg") && loadedPaths.contains("/img/hero.svg"))
        #expect(loadedPaths.contains("/font/body.ttf"))
        #expect(blockedPaths.filter { !$0.hasPrefix("/gallery") && $0 != "/favicon.ico" } == [])
    }

    @Test(
        "only programs without form input or downloads may block media",
        arguments: [
            ("open \"{base}\"\nclick \"a.next\"\nextract t = text \"h1\"", true),
            (
                "open \"{base}\"\nif exists \"a\" {\n  repeat 2 {\n    click \"a\"\n  }\n}\nextract t = text \"h1\"",
                true
            ),
            ("open \"{base}\"\nfill \"#q\" with \"x\"\nextract t = text \"h1\"", false),
            ("open \"{base}\"\nif exists \"a\" {\n  extract t = text \"h1\"\n} else {\n  press \"Enter\"\n}", false),
            (
                "open \"{base}\"\nwithin \"main\" {\n  download \"a.file\" into report\n}\nextract t = text \"h1\"",
                false
            ),
        ])
    func onlyReads(body: String, expected: Bool) throws {
        let report = body.contains("download") ? "output report: file\n" : ""
        let text = "program \"p\"\nmode browser\nparam base: url\noutput t: string\n\(report)\(body)\n"
        var diagnostics = DiagnosticEngine()
        let checked = try #require(
            FrontEnd.check(SourceFile(path: "p.wt", text: text), diagnostics: &diagnostics).checked)
        let options = Engine.Options(runDirectory: FileManager.default.temporaryDirectory)
        #expect(Engine.mayBlockMedia(checked, options: options) == expected)
        var screenshots = options
        screenshots.screenshots = FileManager.default.temporaryDirectory
        #expect(!Engine.mayBlockMedia(checked, options: screenshots))
    }
}
