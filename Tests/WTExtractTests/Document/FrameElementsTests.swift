import Foundation
import Testing
import WTExtract

/// A browser snapshot writes `<frameset>` and `<frame>` under aliases that libxml2 nests; the parse gives
/// the elements their names back, so selectors see `frameset > frame > wtc-frame > …` as in the browser.
@Suite("Frameset snapshots")
struct FrameElementsTests {
    static let snapshot = """
        <!DOCTYPE html><html><head><title>F</title></head><wtc-frameset rows="1,*">\
        <wtc-frame-element name="top"><wtc-frame><wtc-frameset cols="1,1">\
        <wtc-frame-element name="middle"><wtc-frame><ul><li class="item">Apple</li><li class="item">Pear</li></ul>\
        </wtc-frame></wtc-frame-element></wtc-frameset></wtc-frame></wtc-frame-element>\
        <wtc-frame-element name="main"><wtc-frame><p id="found">Found</p></wtc-frame></wtc-frame-element>\
        </wtc-frameset></html>
        """

    @Test("a frame's document is inside its frame element, and frames nest inside framesets")
    func nested() throws {
        let document = try HTMLDocument(html: Self.snapshot, url: nil)
        let items = try document.extract(.texts, .css("frame[name=top] frame[name=middle] li.item"))
        #expect(items == .list([.string("Apple"), .string("Pear")]))
        #expect(try document.extract(.text, .css("frameset > frame[name=main] #found")) == .string("Found"))
        #expect(try document.select(.css("frame")).count == 3)
        #expect(try document.select(.css("wtc-frame-element, wtc-frameset")).isEmpty)
    }

    @Test("a frame's text, like an iframe's, leaves out the document inside it")
    func text() throws {
        let document = try HTMLDocument(html: Self.snapshot, url: nil)
        #expect(try document.extract(.text, .css("body")) == .string(""))
        #expect(try document.extract(.text, .css("frame[name=main] #found")) == .string("Found"))
    }

    @Test("a frame in plain HTML stays empty, as libxml2 and browsers parse it")
    func plainFrame() throws {
        let document = try HTMLDocument(html: "<frameset><frame name=a><p>x</p></frameset>", url: nil)
        #expect(try document.select(.css("frame[name=a] p")).isEmpty)
    }
}
