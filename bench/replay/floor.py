"""The floor for the replay benchmark: the least a program can do to read every page of the catalogue in
the same browser. It launches the same headless shell with wtc's flags, drives it over the bare DevTools
pipe (NUL-separated JSON on fds 3 and 4, no library), and for each page: navigates, awaits the records'
container inside the page, reads `outerHTML` in the same round trip, parses it with lxml and extracts the
fields; the next page is the `a.next` link's URL. Prints the same JSON as `wtc exec bench/replay/program.wt`.

Usage: floor.py BASE_URL [--profile]    (WTC_CHROMIUM overrides the browser, as for wtc)
"""
import fcntl
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

import lxml.html

EXE = os.environ.get("WTC_CHROMIUM") or "/usr/lib/chromium/chromium-headless-shell"
# wtc's flags (Sources/CDP/LaunchOptions.swift), so both start the same browser.
FLAGS = ["--headless", "--remote-debugging-pipe", "--no-first-run", "--no-default-browser-check", "--disable-gpu",
         "--disable-dev-shm-usage", "--disable-extensions", "--disable-background-networking", "--mute-audio",
         "--hide-scrollbars", "--window-size=800,600", "--no-startup-window",
         "--disable-background-timer-throttling", "--disable-backgrounding-occluded-windows",
         "--disable-renderer-backgrounding", "--disable-ipc-flooding-protection", "--disable-hang-monitor",
         "--disable-breakpad", "--disable-component-update", "--disable-default-apps", "--disable-sync",
         "--metrics-recording-only", "--password-store=basic", "--use-mock-keychain", "--force-color-profile=srgb"]
CONTAINER = "#results article.record"
DEADLINE_MS = 10_000
# Resolves with the page's markup once the container exists (a MutationObserver, no polling), or with
# null at the deadline; `expect` is the URL the document must have (the old one may still be showing).
AWAIT = """new Promise((done) => {
  const ready = () => location.href === %(url)s && document.querySelector(%(sel)s);
  const finish = (v) => { observer.disconnect(); clearTimeout(timer); done(v); };
  const observer = new MutationObserver(() => { if (ready()) finish(document.documentElement.outerHTML); });
  const timer = setTimeout(() => finish(null), %(ms)d);
  if (ready()) finish(document.documentElement.outerHTML);
  else observer.observe(document, {childList: true, subtree: true});
})"""


class Pipe:
    """The DevTools pipe: one command at a time, events skipped."""

    def __init__(self, proc, write_fd, read_fd):
        self.proc, self.out, self.inp = proc, write_fd, os.fdopen(read_fd, "rb", buffering=1 << 16)
        self.next_id, self.buffer = 0, b""

    def send(self, method, params=None, session=None):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.out, json.dumps(message).encode() + b"\0")
        while True:
            while b"\0" not in self.buffer:
                chunk = self.inp.read1(1 << 16)
                if not chunk:
                    raise RuntimeError("the browser closed the pipe")
                self.buffer += chunk
            raw, self.buffer = self.buffer.split(b"\0", 1)
            reply = json.loads(raw)
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply["result"]


def launch(profile_dir):
    to_chrome_r, to_chrome_w = os.pipe()
    from_chrome_r, from_chrome_w = os.pipe()

    def wire():   # in the child: the pipe ends on fds 3 and 4 (moved above 10 first, so neither clobbers the other)
        read_end, write_end = fcntl.fcntl(to_chrome_r, fcntl.F_DUPFD, 10), fcntl.fcntl(from_chrome_w, fcntl.F_DUPFD, 10)
        os.dup2(read_end, 3)
        os.dup2(write_end, 4)

    log = open(os.path.join(profile_dir, "chrome.log"), "wb")
    args = [EXE, *FLAGS, f"--user-data-dir={profile_dir}/profile"] + (["--no-sandbox"] if os.geteuid() == 0 else [])
    proc = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=log, stderr=log, preexec_fn=wire,
                            pass_fds=(3, 4), start_new_session=True)
    os.close(to_chrome_r)
    os.close(from_chrome_w)
    return Pipe(proc, to_chrome_w, from_chrome_r)


def text(element, xpath):
    found = element.xpath(xpath)
    return " ".join(found[0].text_content().split()) if found else None


def records(html):
    document = lxml.html.fromstring(html)
    out = []
    for article in document.xpath("//*[@id='results']//article[contains(concat(' ', @class, ' '), ' record ')]"):
        price = re.search(r"-?[0-9][0-9,]*(\.[0-9]+)?", text(article, ".//*[contains(@class, 'price')]") or "")
        image = article.xpath(".//img[contains(concat(' ', @class, ' '), ' thumb ')]/@src")
        out.append({"name": text(article, ".//h2[contains(concat(' ', @class, ' '), ' name ')]"),
                    "price": float(price.group(0).replace(",", "")) if price else None,
                    "sku": text(article, ".//*[contains(concat(' ', @class, ' '), ' sku ')]//span"),
                    "image": image[0] if image else None,
                    "description": text(article, ".//*[contains(concat(' ', @class, ' '), ' desc ')]")})
    following = document.xpath("//nav[contains(@class, 'pager')]//a[contains(@class, 'next')]/@href")
    return out, following[0] if following else None


def main():
    base = sys.argv[1].rstrip("/")
    profile = "--profile" in sys.argv
    phases = {}

    def mark(name, since):
        phases[name] = phases.get(name, 0) + time.perf_counter() - since

    work = tempfile.mkdtemp(prefix="wtc-floor-")
    try:
        start = time.perf_counter()
        pipe = launch(work)
        context = pipe.send("Target.createBrowserContext")["browserContextId"]
        target = pipe.send("Target.createTarget", {"url": "about:blank", "browserContextId": context})["targetId"]
        session = pipe.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        mark("launch", start)
        found, url, pages = [], base + "/list/1/", 0
        while url and pages < 10:
            pages += 1
            start = time.perf_counter()
            pipe.send("Page.navigate", {"url": url}, session)
            script = AWAIT % {"url": json.dumps(url), "sel": json.dumps(CONTAINER), "ms": DEADLINE_MS}
            result = pipe.send("Runtime.evaluate", {"expression": script, "awaitPromise": True,
                                                    "returnByValue": True}, session)["result"]
            html = result.get("value")
            if html is None:
                sys.exit(f"floor: {url}: no {CONTAINER} within {DEADLINE_MS} ms")
            mark("navigate + await + outerHTML", start)
            start = time.perf_counter()
            page, following = records(html)
            found += page
            mark("parse + extract", start)
            url = following and (base + following if following.startswith("/") else following)
        start = time.perf_counter()
        pipe.send("Browser.close")
        pipe.proc.wait(timeout=10)
        mark("close", start)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(json.dumps({"records": found}, indent=2, ensure_ascii=False))
    if profile:
        for name, seconds in phases.items():
            print(f"floor {name}: {seconds * 1000:.0f} ms", file=sys.stderr)


if __name__ == "__main__":
    main()
