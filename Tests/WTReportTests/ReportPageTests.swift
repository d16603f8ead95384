import Foundation
import Testing
import WTTrace

@testable import WTReport

@Suite("Run report page")
struct ReportPageTests {
    static let hostile = "</style><script>alert(1)</script>\"'&"

    static func data(succeeded: Bool = true) -> ReportData {
        var data = ReportData(
            title: "Quotes " + hostile, programName: "quotes.wt",
            source: "program \"q\"\nopen \"http://x/\"\nclick \"a.next\"\n", mode: "browser",
            startedAt: Date(timeIntervalSince1970: 0), seconds: 1.5, succeeded: succeeded,
            steps: [
                ReportData.Step(index: 1, line: 2, summary: "open " + hostile, url: "http://x/?a=<b>", milliseconds: 12)
            ],
            parameters: [.init(name: "query", value: "\"" + hostile + "\""), .init(name: "password", value: nil)],
            outputs: .object([.init("title", .string(hostile)), .init(hostile, .array([.number(1), .null]))]),
            ledger: [.init("AI dollars", "$0.00")],
            explanations: [.init(line: 3, text: "click kept the link's class " + hostile)])
        if !succeeded {
            data.failure = .init(line: 3, column: 1, id: "run.not-found", message: "nothing matched " + hostile)
        }
        return data
    }

    @Test("everything the report embeds is text: a title, value or message with <script> never becomes markup")
    func escapesEverything() {
        let html = ReportPage(Self.data(succeeded: false), pictures: .inline(ReportImages())).document()
        #expect(!html.lowercased().contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        // Only the one style element, closed once: the hostile `</style>` in text is escaped.
        #expect(html.components(separatedBy: "</style>").count == 2)
        #expect(html.contains("Quotes &lt;/style&gt;"))
    }

    @Test("a secret parameter's value is never written; the others are")
    func secretsLeftOut() {
        let html = ReportPage(Self.data(), pictures: .inline(ReportImages())).document()
        #expect(html.contains("secret (not shown)"))
        #expect(html.contains("<th scope=\"row\">password</th><td><span class=\"muted\">secret (not shown)"))
        #expect(html.contains("<th scope=\"row\">query</th>"))
    }

    @Test("the failing line is marked and anchored, ran lines carry their time, reasons sit under their line")
    func programListing() {
        let html = ReportPage(Self.data(succeeded: false), pictures: .inline(ReportImages())).document()
        #expect(html.contains("<li id=\"L3\" class=\"line failed\">"))
        #expect(html.contains("<li id=\"L2\" class=\"line ok\">"))
        #expect(html.contains("<li id=\"L1\" class=\"line idle\">"))
        #expect(html.contains("<a href=\"#L3\">quotes.wt:3:1</a>: error: nothing matched"))
        #expect(html.contains("[run.not-found]"))
        #expect(html.contains("<ul class=\"explain\"><li>click kept the link's class &lt;/style&gt;"))
        #expect(!html.contains("id=\"L4\""), "the file's final newline is not a line")
    }

    @Test("a picture shown twice is carried once: one style rule, referred to by class")
    func picturesOnce() throws {
        var images = ReportImages()
        let jpeg = try #require(Self.tinyJPEG(width: 640, height: 480))
        let added = images.add(jpeg)
        let id = try #require(added)
        #expect(images.add(jpeg) == id)
        var data = Self.data()
        data.steps = [
            .init(index: 1, line: 2, summary: "open", url: nil, milliseconds: 1, before: nil, after: id),
            .init(index: 2, line: 3, summary: "click", url: nil, milliseconds: 1, before: id, after: id),
        ]
        let html = ReportPage(data, pictures: .inline(images)).document()
        #expect(html.components(separatedBy: jpeg.base64EncodedString()).count == 2)
        #expect(html.components(separatedBy: "class=\"shot shot-\(id)\"").count == 4)
        #expect(html.contains("aspect-ratio: 640 / 480"))
        let linked = ReportPage(data, pictures: .linked { "/pictures/\($0).jpg" }).document()
        #expect(linked.contains("<img class=\"shot\" src=\"/pictures/\(id).jpg\" alt=\"Before step 2\""))
        #expect(!linked.contains("base64"))
    }

    @Test("the report's data survives JSON, outputs in their order")
    func codable() throws {
        let data = Self.data(succeeded: false)
        let decoded = try JSONDecoder().decode(ReportData.self, from: JSONEncoder().encode(data))
        #expect(decoded == data)
        #expect(decoded.outputs == data.outputs)
        guard case .object(let members)? = decoded.outputs else { return #expect(Bool(false)) }
        #expect(members.map(\.key) == ["title", Self.hostile])
    }

    @Test("JPEG sizes are read from the frame header; other bytes are refused")
    func jpegSize() throws {
        let jpeg = try #require(Self.tinyJPEG(width: 321, height: 123))
        #expect(JPEGSize.read(jpeg)?.width == 321)
        #expect(JPEGSize.read(jpeg)?.height == 123)
        var images = ReportImages()
        #expect(images.add(Data("not a jpeg".utf8)) == nil)
        #expect(images.add(Data([0xFF, 0xD8, 0xFF])) == nil)
        #expect(images.add(Data([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x01, 0, 0, 0, 0, 0, 0])) == nil)
    }

    /// The smallest JPEG-shaped bytes with a start-of-frame segment of the given size (header only: enough
    /// for the size reader, which never decodes pixels).
    static func tinyJPEG(width: Int, height: Int) -> Data? {
        var bytes: [UInt8] = [0xFF, 0xD8]
        bytes += [0xFF, 0xE0, 0x00, 0x04, 0x4A, 0x46]  // an APP0 segment to skip
        bytes += [0xFF, 0xC0, 0x00, 0x0B, 0x08, UInt8(height >> 8), UInt8(height & 0xFF)]
        bytes += [UInt8(width >> 8), UInt8(width & 0xFF), 0x01, 0x01, 0x11, 0x00]
        bytes += [0xFF, 0xD9]
        return Data(bytes)
    }
}
