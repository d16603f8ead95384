"""The benchmark peer: Python Playwright (sync API) driving the same chromium-headless-shell binary.

Prints one JSON object with the same fields as wtc-bench-cdp, so bench/cdp.sh can set them side by side.
Usage: playwright_peer.py EXECUTABLE [ROUND_TRIPS]
"""
import json
import statistics
import sys
import time
import urllib.parse

from playwright.sync_api import sync_playwright


def stats(samples):
    ms = sorted(s * 1000 for s in samples)
    return {"median": statistics.median_low(ms), "p90": ms[min(len(ms) - 1, len(ms) * 9 // 10)],
            "fastest": ms[0], "count": len(ms)}


def timed(fn):
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def main():
    executable = sys.argv[1]
    round_trips = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    driver_start = time.perf_counter()
    with sync_playwright() as p:
        driver = time.perf_counter() - driver_start
        launch = lambda: p.chromium.launch(executable_path=executable, headless=True,
                                           args=["--no-sandbox", "--disable-gpu"])
        launches, closes = [], []
        for _ in range(5):
            took, browser = timed(launch)
            launches.append(took)
            closes.append(timed(browser.close)[0])

        browser = launch()
        context = browser.new_context()
        pages = []
        for _ in range(10):
            took, page = timed(context.new_page)
            pages.append(took)
            page.close()

        page = context.new_page()
        for _ in range(50):
            page.evaluate("1")
        evaluations = [timed(lambda: page.evaluate("1"))[0] for _ in range(round_trips)]
        cdp = context.new_cdp_session(page)
        for _ in range(50):
            cdp.send("Runtime.evaluate", {"expression": "1"})
        raw = [timed(lambda: cdp.send("Runtime.evaluate", {"expression": "1"}))[0] for _ in range(round_trips)]

        url = "data:text/html," + urllib.parse.quote("<h1>bench</h1>")
        navigations, screenshots = [], []
        for _ in range(20):
            navigations.append(timed(lambda: page.goto(url))[0])
            screenshots.append(timed(lambda: page.screenshot())[0])
        product = browser.version
        browser.close()

    print(json.dumps({
        "client": "playwright-python-sync", "product": product, "driverStartMs": driver * 1000,
        "launchMs": stats(launches), "newPageMs": stats(pages), "evaluateMs": stats(evaluations),
        "cdpSessionEvaluateMs": stats(raw), "navigateMs": stats(navigations), "screenshotMs": stats(screenshots),
        "closeMs": stats(closes),
    }, sort_keys=True))


if __name__ == "__main__":
    main()
