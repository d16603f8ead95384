/// Small pages for the language's own features, served by `LoopbackServer` in engine tests:
///
/// - `sentences`: values inside sentences (`Showing 1–20 of 1,345 results`, `Click on the "Submit" button.`,
///   `Tab #3`), read with `then match …` and a string-valued XPath, the same over HTTP and in Chromium.
/// - `reveal`: a result that is in the page from the start but hidden (`display: none`), shown two seconds
///   after Start is clicked while a loading bar runs, as on well-known automation practice pages; also a
///   status text set by a timer, a menu toggling `aria-expanded`, a typed form value and a stylesheet-hidden
///   dialog.
public enum LanguageSites {
    public static var routes: [LoopbackRoute] {
        [
            LoopbackRoute("GET", "/sentences") { _ in .html(sentences) },
            LoopbackRoute("GET", "/reveal") { _ in .html(reveal) },
        ]
    }

    static let sentences = """
        <!DOCTYPE html>
        <html><head><title>Results</title></head><body>
        <p class="summary">Showing 1–20 of 1,345 results</p>
        <p class="instruction">Click on the "Submit" button.</p>
        <p class="where">Shipped in Lyon, France</p>
        <ul class="tabs"><li>Tab #3</li><li>Tab #12</li><li>Overview</li></ul>
        <p class="tags">Red, green ,, Blue</p>
        <button type="button" id="go">Submit</button>
        </body></html>
        """

    static let reveal = """
        <!DOCTYPE html>
        <html><head><title>Dynamic loading</title>
        <style>.dialog { display: none } #loading { height: 20px }</style></head><body>
        <div id="start"><button type="button">Start</button></div>
        <div id="loading" style="display:none">Loading…</div>
        <div id="finish" style="display:none"><h4>Hello World!</h4></div>
        <p id="status">Working</p>
        <button type="button" id="menu" aria-expanded="false">Menu</button>
        <div class="dialog" id="dialog">Never shown</div>
        <template id="row"><p class="tpl">template row</p></template>
        <input id="qty" value="1">
        <div id="veiled" style="visibility: hidden">veiled <span id="peek" style="visibility: visible">peek</span></div>
        <script>
        document.querySelector('#start button').addEventListener('click', () => {
          document.getElementById('start').style.display = 'none';
          document.getElementById('loading').style.display = 'block';
          setTimeout(() => {
            document.getElementById('loading').style.display = 'none';
            document.getElementById('finish').style.display = 'block';
          }, 2000);
        });
        setTimeout(() => { document.getElementById('status').textContent = 'Done'; }, 500);
        document.getElementById('menu').addEventListener('click', (e) =>
          e.target.setAttribute('aria-expanded', 'true'));
        </script>
        </body></html>
        """
}
