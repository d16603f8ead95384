"""samples/feed/program.wt with Playwright + parsel: infinite scroll fed by a JSON endpoint; scroll
until no new posts load, then read them all.

`scroll until … max N` waits after each scroll for the condition, up to wtc's scroll settle time
(RunOptions.scrollSettleTimeout, 2 s), and since the PageQuiet change stops waiting early once no
request is in flight and the DOM has not changed for 250 ms. Playwright has no such signal after a
scroll (its "networkidle" is a load state of navigations), so the peer waits up to the same 2 s with
wait_for_function, which polls on animation frames inside the page: the cheapest wait Playwright has.
The remaining difference on this sample is that one decision, not a difference in the work done.

Usage: feed.py BASE_URL [--quiet] [--run-dir DIR] [--loads FILE]
"""
from parsel import Selector
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import sync_playwright

from common import Run, launch, text

MAX_SCROLLS = 30
SETTLE_MS = 2000
COUNT = "document.querySelectorAll('article.post').length"
# The scroll wtc does: one screen, less a tenth so a row is not skipped.
SCROLL = "window.scrollBy(0, window.innerHeight * 0.9)"


def settle(page, condition, arg):
    """True when the condition holds within the settle time."""
    try:
        page.wait_for_function(condition, arg=arg, timeout=SETTLE_MS)
        return True
    except PlaywrightTimeout:
        return False


def main():
    run = Run()
    with run.setup("driver start"):
        p = sync_playwright().start()
    browser, context, page = launch(p, run)

    with run.step(10, "open"):
        page.goto(f"{run.base_url}/feed")
    with run.step(11, 'wait for count "article.post" >= 1'):
        page.wait_for_selector("article.post")
    with run.step(12, "scroll until count >= 20 max 5"):
        if page.evaluate(COUNT) < 20:
            for _ in range(5):
                page.evaluate(SCROLL)
                if settle(page, f"n => {COUNT} >= n", 20):
                    break
    with run.step(13, "scroll until no new max 30"):
        seen = page.evaluate(COUNT)
        for _ in range(MAX_SCROLLS):
            page.evaluate(SCROLL)
            if not settle(page, f"n => {COUNT} > n", seen):
                break
            seen = page.evaluate(COUNT)
    with run.step(14, 'extract posts = each "article.post"'):
        html = Selector(text=page.content())
        posts = [{
            "title": text(post, "h2"),
            "author": text(post, ".author"),
            "posted": post.css("time::attr(datetime)").get(),   # `date` reads datetime= when present
            "likes": int(text(post, ".likes").replace(",", "")),
        } for post in html.css("article.post")]
    assert len(posts) >= 10

    with run.setup("close"):
        browser.close()
        p.stop()
    run.finish({"posts": posts})


if __name__ == "__main__":
    main()
