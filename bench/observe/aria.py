"""Playwright's ARIA snapshot of each page named on stdin (one URL a line), for bench/observe.sh.

For every URL: `page.locator("body").aria_snapshot()` (the form Playwright's agent tooling gives a model),
in the same Chromium binary wtc drives, with wtc's window size. Prints one JSON object a line:
{"url", "aria_tokens", "html_tokens"}, tokens estimated as wtc does (UTF-8 bytes / 4, rounded up); the
HTML is `page.content()`, the serialized document after its scripts ran.
"""
import json
import os
import sys

from playwright.sync_api import sync_playwright

EXECUTABLE = os.environ.get("WTC_CHROMIUM") or "/usr/lib/chromium/chromium-headless-shell"


def tokens(text):
    return (len(text.encode("utf-8")) + 3) // 4


def main():
    urls = [line.strip() for line in sys.stdin if line.strip()]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=EXECUTABLE, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": 800, "height": 600})
        for url in urls:
            page.goto(url, wait_until="load")
            aria = page.locator("body").aria_snapshot()
            html = page.content()
            print(json.dumps({"url": url, "aria_tokens": tokens(aria), "html_tokens": tokens(html)}), flush=True)
        browser.close()


if __name__ == "__main__":
    main()
