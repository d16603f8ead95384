"""Playwright's DevTools round trip on the same Chromium binary: the median of 1,000 sequential
page.evaluate("1") and of 1,000 Runtime.evaluate("1") sent on a raw CDPSession (after 50 of each to
warm up), plus launch and new-page times. wtc's own numbers come from bench/cdp.sh.

Usage: roundtrip.py [ROUND_TRIPS]
"""
import statistics
import sys
import time

from playwright.sync_api import sync_playwright

from common import ARGS, EXECUTABLE, VIEWPORT


def ms(samples):
    return statistics.median(samples) * 1000


def timed(fn, times):
    out = []
    for _ in range(times):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def main():
    trips = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    start = time.perf_counter()
    with sync_playwright() as p:
        driver = time.perf_counter() - start
        launches = []
        for _ in range(3):
            t = time.perf_counter()
            browser = p.chromium.launch(executable_path=EXECUTABLE, headless=True, args=ARGS)
            launches.append(time.perf_counter() - t)
            browser.close()
        browser = p.chromium.launch(executable_path=EXECUTABLE, headless=True, args=ARGS)
        context = browser.new_context(viewport=VIEWPORT)
        t = time.perf_counter()
        page = context.new_page()
        new_page = time.perf_counter() - t
        page.set_content("<p>bench</p>")
        timed(lambda: page.evaluate("1"), 50)
        evaluate = timed(lambda: page.evaluate("1"), trips)
        cdp = context.new_cdp_session(page)
        send = lambda: cdp.send("Runtime.evaluate", {"expression": "1"})
        timed(send, 50)
        raw = timed(send, trips)
        browser.close()
    print(f"Playwright {trips} round trips on {EXECUTABLE}: page.evaluate('1') median {ms(evaluate):.3f} ms, "
          f"CDPSession Runtime.evaluate('1') median {ms(raw):.3f} ms")
    print(f"Playwright driver start {driver * 1000:.0f} ms, launch median of 3 {ms(launches):.0f} ms, "
          f"first new_page {new_page * 1000:.0f} ms")


if __name__ == "__main__":
    main()
