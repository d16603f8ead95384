"""samples/quotes/program.wt with Playwright + parsel: every quote tagged "love", following "next".

Usage: quotes.py BASE_URL [--quiet] [--run-dir DIR] [--loads FILE]
"""
import re

from parsel import Selector
from playwright.sync_api import sync_playwright

from common import Run, launch, text, texts

TAG, MAX_PAGES = "love", 10


def main():
    run = Run()
    with run.setup("driver start"):
        p = sync_playwright().start()
    browser, context, page = launch(p, run)

    with run.step(11, "open"):
        page.goto(f"{run.base_url}/tag/{TAG}/")
    with run.step(12, 'expect title ~ "Quotes"'):
        assert re.search("Quotes", page.title())
    quotes = []
    for _ in range(MAX_PAGES):
        with run.step(14, "extract quotes += each .quote"):
            # One read of the page serves the extract and the `if not exists` after it, as in wtc.
            html = Selector(text=page.content())
            quotes += [{"text": text(q, ".text"), "author": text(q, "small.author"), "tags": texts(q, "a.tag")}
                       for q in html.css(".quote")]
        if not html.css("li.next > a"):
            break
        with run.step(22, 'click "li.next > a"'):
            page.click("li.next > a")
        with run.step(23, "expect url"):
            # The click only starts the navigation; wait_for_url also waits for its load event.
            page.wait_for_url(re.compile(r"/page/[0-9]+/"))
    assert len(quotes) >= 1 and all(q["text"] and q["author"] for q in quotes)

    with run.setup("close"):
        browser.close()
        p.stop()
    run.finish({"quotes": quotes})


if __name__ == "__main__":
    main()
