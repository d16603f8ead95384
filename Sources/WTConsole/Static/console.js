// The console's only script, and optional: a page whose <main> carries data-poll (a task that has not
// finished) fetches itself again every data-poll milliseconds and swaps in the new <main>, until the
// fetched page no longer polls. Without JavaScript the page's "Refresh" link does the same by hand.
(function () {
  "use strict";
  var main = document.querySelector("main[data-poll]");
  if (!main || !window.fetch || !window.DOMParser) { return; }
  var every = Math.max(parseInt(main.getAttribute("data-poll"), 10) || 2000, 500);
  function poll() {
    fetch(window.location.href, { credentials: "same-origin", headers: { "Accept": "text/html" } })
      .then(function (response) {
        if (!response.ok) { throw new Error("poll answered " + response.status); }
        return response.text();
      })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, "text/html").querySelector("main");
        var current = document.querySelector("main");
        if (!fresh || !current) { return; }
        current.replaceWith(fresh);
        if (fresh.hasAttribute("data-poll")) { window.setTimeout(poll, every); }
      })
      .catch(function () { window.setTimeout(poll, every * 2); });
  }
  window.setTimeout(poll, every);
})();
