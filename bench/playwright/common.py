"""What every Playwright peer shares: its command line, the browser wtc would launch, step timing, and
(on request) the browser's own page-load time taken from DevTools timing events.

Command line of every peer:  SCRIPT BASE_URL [EXTRA…] [--quiet] [--run-dir DIR] [--loads FILE]
- stdout: the same JSON as `wtc exec` (indent 2), nothing else.
- stderr: one line per step, `[n] line L  what  12 ms`, in the format of wtc's progress lines, where L
  is the line of samples/<name>/program.wt the step does; `--quiet` turns them off (as in wtc).
- `--loads FILE` writes the browser's own load time to FILE (see LoadRecorder). It opens one more
  DevTools session per page, so it is for a separate run, never a timed one.
"""
import json
import os
import re
import sys
import tempfile
import time
from contextlib import contextmanager

# The binary wtc launches by default, overridable the same way.
EXECUTABLE = os.environ.get("WTC_CHROMIUM") or "/usr/lib/chromium/chromium-headless-shell"
# As in PLATFORM-NOTES §5. wtc always passes --disable-gpu, and --no-sandbox only when it runs as root
# (as on the bench machine); Playwright adds --no-sandbox on its own by default anyway.
ARGS = ["--no-sandbox", "--disable-gpu"]
# wtc's window is 800×600; the feed loads one batch per screen, so the viewport must match.
VIEWPORT = {"width": 800, "height": 600}
# wtc's deadline for a step that does not set one (Playwright's default is 30 s).
STEP_TIMEOUT_MS = 10_000


class Run:
    """The peer's arguments and its step log."""

    def __init__(self, extra=()):
        args = sys.argv[1:]
        self.quiet = "--quiet" in args
        args = [a for a in args if a != "--quiet"]
        self.run_dir = self._option(args, "--run-dir")
        self.loads_file = self._option(args, "--loads")
        if len(args) != 1 + len(extra):
            sys.exit(f"usage: {os.path.basename(sys.argv[0])} BASE_URL {' '.join(extra)} "
                     "[--quiet] [--run-dir DIR] [--loads FILE]")
        self.base_url = args[0].rstrip("/")
        self.extra = dict(zip(extra, args[1:]))
        if self.run_dir is None:
            self.run_dir = tempfile.mkdtemp(prefix="pw-run-")   # like wtc: a fresh folder per run
        os.makedirs(self.run_dir, exist_ok=True)
        self.loads = LoadRecorder() if self.loads_file else None
        self._count = 0

    @staticmethod
    def _option(args, name):
        if name not in args:
            return None
        i = args.index(name)
        value = args[i + 1]
        del args[i:i + 2]
        return value

    def log(self, text):
        if not self.quiet:
            print(text, file=sys.stderr, flush=True)

    @contextmanager
    def setup(self, what):
        """Time a phase that is not a program step (driver start, launch, new page, close)."""
        start = time.perf_counter()
        yield
        self.log(f"[setup] {what}  {(time.perf_counter() - start) * 1000:.0f} ms")

    @contextmanager
    def step(self, line, what):
        """Time one step of the program; `line` is its line in program.wt."""
        self._count += 1
        n = self._count           # steps of concurrent workers interleave
        start = time.perf_counter()
        yield
        self.log(f"[{n}] line {line}  {what}  {(time.perf_counter() - start) * 1000:.0f} ms")

    def finish(self, result):
        """Print the result and, when asked, the page-load time."""
        print(json.dumps(result, indent=2, ensure_ascii=False))
        if self.loads:
            with open(self.loads_file, "w") as f:
                json.dump(self.loads.summary(), f)


def launch(p, run):
    """The browser, one context and its first page, as wtc has them before its first step (sync API)."""
    with run.setup("launch"):
        browser = p.chromium.launch(executable_path=EXECUTABLE, headless=True, args=ARGS)
    with run.setup("context + page"):
        context = browser.new_context(viewport=VIEWPORT)
        context.set_default_timeout(STEP_TIMEOUT_MS)
        page = context.new_page()
    if run.loads:
        run.loads.attach(context, page)
    return browser, context, page


def normalise(text):
    """wtc's `text`: whitespace collapsed to single spaces and trimmed."""
    return " ".join(text.split())


def text(node, css):
    """`text CSS` inside `node`: the first match's text, whitespace normalised; None when nothing matches."""
    found = node.css(css)
    return normalise("".join(found[0].xpath(".//text()").getall())) if found else None


def texts(node, css):
    return [normalise("".join(n.xpath(".//text()").getall())) for n in node.css(css)]


def number(value):
    """wtc's `number`: the first decimal number in the text, thousands separators dropped."""
    if value is None:
        return None
    match = re.search(r"-?\d[\d,]*(?:\.\d+)?", value)
    return float(match.group().replace(",", "")) if match else None


def inner_html(node, css):
    found = node.css(css)
    return "".join(found[0].xpath("node()").getall()) if found else None


class LoadRecorder:
    """The browser's own time for the page loads of a run, from DevTools timing events.

    Each request is an interval from Network.requestWillBeSent to Network.loadingFinished (or
    loadingFailed); a document's interval runs on to its frame's `load` lifecycle event, so parsing,
    scripts and subresources count. The result is the union of all intervals on the browser's monotonic
    clock: the time during which the browser had a page load in flight. It leaves out launching, what a
    page does after its load event without the network (timers, a debounce), and pages restored from
    the back/forward cache without a request.
    """

    def __init__(self):
        self.start = {}      # requestId → seconds
        self.end = {}        # requestId → seconds
        self.documents = {}  # loaderId → start seconds, for document requests
        self.loaded = {}     # loaderId → time of its `load` lifecycle event
        self.kinds = {}      # requestId → resource type

    def _will_send(self, e):
        rid = e["requestId"]
        self.start.setdefault(rid, e["timestamp"])     # a redirect keeps the request's first start
        self.kinds[rid] = e.get("type", "")
        if e.get("type") == "Document" and e.get("loaderId"):
            self.documents.setdefault(e["loaderId"], e["timestamp"])

    def _done(self, e):
        self.end[e["requestId"]] = e["timestamp"]

    def _lifecycle(self, e):
        if e.get("name") == "load":
            self.loaded[e["loaderId"]] = e["timestamp"]

    def _session_setup(self):
        return [("Network.enable", {}), ("Page.enable", {}), ("Page.setLifecycleEventsEnabled", {"enabled": True})]

    def _listen(self, cdp):
        cdp.on("Network.requestWillBeSent", self._will_send)
        cdp.on("Network.loadingFinished", self._done)
        cdp.on("Network.loadingFailed", self._done)
        cdp.on("Page.lifecycleEvent", self._lifecycle)

    def attach(self, context, page):
        cdp = context.new_cdp_session(page)
        self._listen(cdp)
        for method, params in self._session_setup():
            cdp.send(method, params)

    async def attach_async(self, context, page):
        cdp = await context.new_cdp_session(page)
        self._listen(cdp)
        for method, params in self._session_setup():
            await cdp.send(method, params)

    def summary(self):
        intervals = []
        for rid, start in self.start.items():
            if rid in self.end:
                intervals.append((start, self.end[rid]))
        for loader, start in self.documents.items():
            if loader in self.loaded:
                intervals.append((start, self.loaded[loader]))
        intervals.sort()
        total, cur_start, cur_end = 0.0, None, None
        for s, e in intervals:
            if cur_end is None or s > cur_end:
                if cur_end is not None:
                    total += cur_end - cur_start
                cur_start, cur_end = s, e
            else:
                cur_end = max(cur_end, e)
        if cur_end is not None:
            total += cur_end - cur_start
        unfinished = [self.kinds[r] for r in self.start if r not in self.end]
        return {"loadMs": total * 1000, "requests": len(self.start), "documents": len(self.documents),
                "documentsLoaded": sum(1 for d in self.documents if d in self.loaded),
                "unfinished": unfinished}
