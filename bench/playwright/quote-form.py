"""samples/quote-form/program.wt with Playwright + parsel: a two-step quote form (text, select, date,
radio, checkbox, an autocomplete) with one retry when the site refuses the start date.

Usage: quote-form.py BASE_URL [--quiet] [--run-dir DIR] [--loads FILE]
"""
import re

from parsel import Selector
from playwright.sync_api import sync_playwright

from common import Run, launch, number, text

FULL_NAME, COUNTRY = "Ada Lovelace", "United Kingdom"
START_DATE, FALLBACK_START = "2026-12-01", "2027-01-04"
NEWSLETTER = False


def main():
    run = Run()
    with run.setup("driver start"):
        p = sync_playwright().start()
    browser, context, page = launch(p, run)

    with run.step(16, "open"):
        page.goto(f"{run.base_url}/quote/step-1")
    html = Selector(text=page.content())
    if html.css("#existing-quote"):          # a returning visitor (never, with a fresh context)
        result = {"reference": text(html, "#existing-quote .ref"),
                  "premium": number(text(html, "#existing-quote .premium"))}
    else:
        with run.step(25, 'fill label "Full name"'):
            page.get_by_label("Full name").fill(FULL_NAME)
        with run.step(26, 'select "#country" option'):
            page.select_option("#country", label=COUNTRY)
        with run.step(27, 'click text "Next"'):
            page.get_by_text("Next").click()
        with run.step(28, "expect url ~ /quote/step-2"):
            page.wait_for_url(re.compile(r"/quote/step-2"))
        with run.step(30, 'fill "#start"'):
            page.fill("#start", START_DATE)
        with run.step(31, "check plan basic"):
            page.check("input[name=plan][value=basic]")
        newsletter = page.get_by_test_id("newsletter")
        with run.step(33 if NEWSLETTER else 35, "check/uncheck testid newsletter"):
            newsletter.set_checked(NEWSLETTER)
        with run.step(37, 'fill placeholder "City"'):
            page.get_by_placeholder("City").fill("Lond")
        with run.step(38, 'wait for exists ".suggestions li"'):
            page.wait_for_selector(".suggestions li", timeout=3000)
        with run.step(39, 'click first ".suggestions li"'):
            page.locator(".suggestions li").first.click()
        get_quote = page.get_by_role("button", name="Get quote")
        with run.step(40, 'click role button "Get quote"'):
            get_quote.click()
            # The POST answers with the result or with step 2 again; both are at /quote.
            page.wait_for_url(re.compile(r"/quote$"))
        if Selector(text=page.content()).css(".field-error"):
            with run.step(44, 'fill "#start" (fallback)'):
                page.fill("#start", FALLBACK_START)
            with run.step(45, 'click role button "Get quote"'):
                get_quote.click()
                page.wait_for_url(re.compile(r"/quote$"))
        with run.step(47, 'wait for exists "#reference"'):
            page.wait_for_selector("#reference")
        with run.step(48, "extract reference, premium"):
            html = Selector(text=page.content())
            result = {"reference": text(html, "#reference"), "premium": number(text(html, ".premium"))}
    assert result["premium"] > 0

    with run.setup("close"):
        browser.close()
        p.stop()
    run.finish(result)


if __name__ == "__main__":
    main()
