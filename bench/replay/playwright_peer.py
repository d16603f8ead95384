"""The replay benchmark's Playwright + parsel peer: the same work as bench/replay/program.wt (open the first
page, await the records, read them, click "Next" until it is gone) on the same headless shell, with the
viewport and flags of bench/playwright/common.py. Prints the same JSON as `wtc exec`.

Usage: playwright_peer.py BASE_URL
"""
import json
import os
import re
import sys

from parsel import Selector
from playwright.sync_api import sync_playwright

EXE = os.environ.get("WTC_CHROMIUM") or "/usr/lib/chromium/chromium-headless-shell"
CONTAINER = "#results article.record"


def text(selector, css):
    found = selector.css(css)
    return " ".join("".join(found[0].css("::text").getall()).split()) if found else None


def number(value):
    found = re.search(r"-?[0-9][0-9,]*(\.[0-9]+)?", value or "")
    return float(found.group(0).replace(",", "")) if found else None


def main():
    base = sys.argv[1].rstrip("/")
    records = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=EXE, headless=True, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": 800, "height": 600})
        page.goto(f"{base}/list/1/")
        for n in range(1, 11):
            page.wait_for_selector(CONTAINER, state="attached", timeout=10_000)
            html = Selector(text=page.content())
            for record in html.css(CONTAINER):
                records.append({"name": text(record, "h2.name"), "price": number(text(record, ".price")),
                                "sku": text(record, ".sku span"), "image": record.css("img.thumb::attr(src)").get(),
                                "description": text(record, ".desc")})
            if not html.css("nav.pager a.next"):
                break
            page.click("nav.pager a.next")
            page.wait_for_url(re.compile(f"/list/{n + 1}/$"))
        browser.close()
    print(json.dumps({"records": records}, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
