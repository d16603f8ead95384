"""samples/search/program.wt with Playwright + parsel: search for each query, sort, press Enter, read up
to three pages of results following rel=next, and go back in between.

Usage: search.py BASE_URL [--quiet] [--run-dir DIR] [--loads FILE]
"""
import re
from urllib.parse import urljoin

from parsel import Selector
from playwright.sync_api import sync_playwright

from common import Run, launch, text

QUERIES, SORT, MAX_PAGES = ["laptop", "tablet"], "price-asc", 3


def main():
    run = Run()
    with run.setup("driver start"):
        p = sync_playwright().start()
    browser, context, page = launch(p, run)

    results = []
    with run.step(13, "open"):
        page.goto(f"{run.base_url}/search")
    for query in QUERIES:
        with run.step(15, 'fill role searchbox "Search"'):
            page.get_by_role("searchbox", name="Search").fill(query)
        with run.step(16, 'select "#sort" value'):
            page.select_option("#sort", value=SORT)
        with run.step(17, 'press "Enter" on "#q"'):
            page.press("#q", "Enter")
        with run.step(18, "wait for exists xpath //div[@class='results']"):
            # The page marks the old results `stale` on submit, so this matches only the new page's.
            page.wait_for_selector("xpath=//div[@class='results']", timeout=5000)
        for number in range(1, MAX_PAGES + 1):
            with run.step(20, 'extract results += each ".results .hit"'):
                html = Selector(text=page.content())
                results += [{"query": query, "title": text(hit, "h3"),
                             "link": urljoin(page.url, hit.css("a::attr(href)").get()), "position": number}
                            for hit in html.css(".results .hit")]
            if not html.css("a[rel=next]") or number == MAX_PAGES:
                break
            with run.step(29, 'click "a[rel=next]"'):
                page.click("a[rel=next]", timeout=15_000)
                # The click only starts the navigation; read the next page once it has loaded.
                page.wait_for_url(re.compile(rf"[?&]page={number + 1}(&|$)"))
        with run.step(31, "back"):
            page.go_back()
        with run.step(32, 'expect url ~ "/search"'):
            assert re.search("/search", page.url)

    with run.setup("close"):
        browser.close()
        p.stop()
    run.finish({"results": results})


if __name__ == "__main__":
    main()
