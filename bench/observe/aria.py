"""Playwright's ARIA snapshot of each page named on stdin (`URL NAME` a line), for bench/observe.sh.

For every URL: `page.locator("body").aria_snapshot()` (the form Playwright's agent tooling gives a model),
in the same Chromium binary wtc drives, with wtc's window size. Prints one JSON object a line:
{"url", "aria_tokens", "html_tokens"}, tokens estimated as wtc does (UTF-8 bytes / 4, rounded up); the
HTML is `page.content()`, the serialized document after its scripts ran. With WTC_OBSERVE_BENCH_VIEWS
set to a folder, each snapshot is also written there as NAME.aria.txt (next to the test's NAME.view.txt).
"""
import json
import os
import sys

from playwright.sync_api import sync_playwright

EXECUTABLE = os.environ.get("WTC_CHROMIUM") or "/usr/lib/chromium/chromium-headless-shell"


def tokens(text):
    return (len(text.encode("utf-8")) + 3) // 4


def main():
    pages = [line.split() for line in sys.stdin if line.strip()]
    views = os.environ.get("WTC_OBSERVE_BENCH_VIEWS")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=EXECUTABLE, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": 800, "height": 600})
        for url, name in pages:
            page.goto(url, wait_until="load")
            aria = page.locator("body").aria_snapshot()
            html = page.content()
            if views:
                with open(os.path.join(views, name + ".aria.txt"), "w", encoding="utf-8") as f:
                    f.write(aria)
            print(json.dumps({"url": url, "aria_tokens": tokens(aria), "html_tokens": tokens(html)}), flush=True)
        browser.close()


if __name__ == "__main__":
    main()
