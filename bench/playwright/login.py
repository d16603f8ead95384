"""samples/login/program.wt with Playwright + parsel: sign in through a CSRF-protected form, read the
account page.

Usage: login.py BASE_URL PASSWORD [--quiet] [--run-dir DIR] [--loads FILE]
"""
import re

from parsel import Selector
from playwright.sync_api import sync_playwright

from common import Run, launch, text

USERNAME = "demo"


def main():
    run = Run(extra=("PASSWORD",))
    with run.setup("driver start"):
        p = sync_playwright().start()
    browser, context, page = launch(p, run)

    with run.step(12, "open"):
        page.goto(f"{run.base_url}/login")
    with run.step(13, "expect exists csrf_token"):
        assert page.locator("input[name=csrf_token]").count() == 1
    with run.step(14, 'fill label "Username"'):
        page.get_by_label("Username").fill(USERNAME)
    with run.step(15, "fill password"):
        page.fill("input[name=password]", run.extra["PASSWORD"])
    with run.step(16, 'click role button "Sign in"'):
        page.get_by_role("button", name="Sign in").click()
    with run.step(18, "expect url ~ /account$"):
        # The POST answers 303 → /account; wait for that page's load before reading it.
        page.wait_for_url(re.compile(r"/account$"))
    with run.step(19, "extract account = one .account"):
        html = Selector(text=page.content())
        assert not html.css(".flash.error")      # line 17, read from the same page
        account = html.css(".account")[0]
        result = {"name": text(account, ".name"), "email": text(account, ".email"), "plan": text(account, ".plan")}

    with run.setup("close"):
        browser.close()
        p.stop()
    run.finish({"account": result})


if __name__ == "__main__":
    main()
