import Foundation
import Testing

@testable import CDP

extension ChromiumTests {
    @Suite("A page in a launched browser")
    struct PageTests {
        let marker = Marker()

        /// Runs `body` with a fresh page in a fresh browser, and checks nothing of the browser survives.
        func withPage(_ html: String, _ body: (PageSession) async throws -> Void) async throws {
            defer { marker.cleanUp() }
            try await withBrowser(Chromium.options(marker: marker)) { browser in
                marker.track(browser)
                let page = try await browser.newContext().newPage()
                try await page.navigate(to: dataURL(html), timeout: .seconds(10))
                try await body(page)
            }
            #expect(marker.liveProcesses.isEmpty)
        }

        @Test("launching answers Browser.getVersion with the headless product")
        func launchAnswersGetVersion() async throws {
            defer { marker.cleanUp() }
            try await withBrowser(Chromium.options(marker: marker)) { browser in
                #expect(browser.version.product.contains("HeadlessChrome"))
                let again = try await browser.session.send(Browser.GetVersion(), timeout: .seconds(10))
                #expect(again.product == browser.version.product)
            }
        }

        @Test("a page evaluates 1+1")
        func evaluates() async throws {
            try await withPage("<p>x</p>") { page in
                let sum = try await page.evaluate("1+1")
                #expect(sum == .number(2))
                let object = try await page.evaluate("({a: [1, 'b', null]})")
                #expect(object == ["a": [1, "b", nil]])
                let later = try await page.evaluate("Promise.resolve('later')", awaitPromise: true)
                #expect(later == "later")
            }
        }

        @Test("outerHTML comes back exactly as the page was written")
        func outerHTMLRoundTrip() async throws {
            let snippet = #"<section id="s"><h1 class="t">Héllo &amp; bye</h1><p>two<br>lines</p></section>"#
            try await withPage(snippet) { page in
                let root = try await page.send(DOM.GetDocument(depth: 0)).root
                let found = try await page.send(DOM.QuerySelector(nodeId: root.nodeId, selector: "#s"))
                let html = try await page.send(DOM.GetOuterHTML(DOM.NodeReference(nodeId: found.nodeId)))
                #expect(html.outerHTML == snippet)
                let viaScript = try await page.evaluate("document.querySelector('#s').outerHTML")
                #expect(viaScript.stringValue == snippet)
            }
        }

        @Test("a real mouse click at the button's box changes the page")
        func mouseClick() async throws {
            let html = """
                <h1>Waiting</h1><button style="margin:40px;width:120px;height:40px"
                onclick="document.querySelector('h1').textContent='Clicked!'">Go</button>
                """
            try await withPage(html) { page in
                let root = try await page.send(DOM.GetDocument(depth: 0)).root
                let button = try await page.send(DOM.QuerySelector(nodeId: root.nodeId, selector: "button")).nodeId
                let box = try await page.send(DOM.GetBoxModel(DOM.NodeReference(nodeId: button))).model
                let (x, y) = box.center
                for type in ["mouseMoved", "mousePressed", "mouseReleased"] {
                    try await page.send(Input.DispatchMouseEvent(type: type, x: x, y: y, button: "left", clickCount: 1))
                }
                #expect(try await page.evaluate("document.querySelector('h1').textContent") == "Clicked!")
            }
        }

        @Test("insertText and key events type into the focused input")
        func typing() async throws {
            try await withPage("<input id=q autofocus>") { page in
                _ = try await page.evaluate("document.querySelector('#q').focus()")
                try await page.send(Input.InsertText(text: "héllo"))
                try await page.send(Input.DispatchKeyEvent(type: "keyDown", text: "!", key: "!"))
                try await page.send(Input.DispatchKeyEvent(type: "keyUp", key: "!"))
                #expect(try await page.evaluate("document.querySelector('#q').value") == "héllo!")
            }
        }

        @Test("a screenshot is a PNG of the viewport size")
        func screenshot() async throws {
            try await withPage("<body style='background:#c00'>red</body>") { page in
                let shot = try await page.send(Page.CaptureScreenshot(format: "png"))
                let png = try #require(Data(base64Encoded: shot.data))
                #expect(png.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
                // IHDR: width and height, big-endian, at bytes 16 and 20.
                let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }
                let height = png[20..<24].reduce(0) { $0 << 8 | Int($1) }
                #expect((width, height) == (800, 600))
            }
        }

        @Test("expect sees the event that the command it wraps causes")
        func expectSeesTheEvent() async throws {
            try await withPage("<p>one</p>") { page in
                let target = dataURL("<p>two</p>")
                let (navigated, response) = try await page.session.expect(Page.FrameNavigated.self) {
                    try await page.send(Page.Navigate(url: target))
                }
                #expect(navigated.frame.id == response.frameId)
                #expect(navigated.frame.url == target)
                let tree = try await page.send(Page.GetFrameTree())
                #expect(tree.frameTree.frame.url == target)
            }
        }

        @Test("a JavaScript dialog is announced and can be answered")
        func dialog() async throws {
            try await withPage("<p>d</p>") { page in
                let opening = page.session.waiter(for: Page.JavascriptDialogOpening.self)
                // The evaluation blocks until the dialog is answered, so it runs beside the wait.
                async let answer = page.evaluate("confirm('Sure?')", timeout: .seconds(10))
                let dialog = try await opening.wait(timeout: .seconds(10))
                #expect(dialog.type == "confirm")
                #expect(dialog.message == "Sure?")
                try await page.send(Page.HandleJavaScriptDialog(accept: true))
                #expect(try await answer == true)
            }
        }

        @Test("remote objects resolve to nodes and back, and can be released")
        func remoteObjects() async throws {
            try await withPage("<div id=d style='margin-top:2000px'>far</div>") { page in
                let handle = try await page.send(
                    Runtime.Evaluate(expression: "document.getElementById('d')", returnByValue: false))
                let objectId = try #require(handle.result.objectId)
                let node = try await page.send(DOM.DescribeNode(DOM.NodeReference(objectId: objectId))).node
                #expect(node.localName == "div")
                try await page.send(DOM.ScrollIntoViewIfNeeded(DOM.NodeReference(backendNodeId: node.backendNodeId)))
                #expect(try await page.evaluate("window.scrollY > 1000") == true)
                let resolved = try await page.send(DOM.ResolveNode(backendNodeId: node.backendNodeId)).object
                let text = try await page.send(
                    Runtime.CallFunctionOn(
                        functionDeclaration: "function(suffix) { return this.textContent + suffix }",
                        objectId: resolved.objectId, arguments: [Runtime.CallArgument(value: "!")]))
                #expect(text.result.value == "far!")
                try await page.send(Runtime.ReleaseObject(objectId: objectId))
            }
        }

        @Test("the viewport follows Emulation.setDeviceMetricsOverride")
        func deviceMetrics() async throws {
            try await withPage("<p>m</p>") { page in
                try await page.send(Emulation.SetDeviceMetricsOverride(width: 375, height: 640, deviceScaleFactor: 2))
                #expect(try await page.evaluate("[innerWidth, innerHeight, devicePixelRatio]") == [375, 640, 2])
            }
        }
    }
}
