"""samples/challenge/program.wt with Playwright + parsel: the page names the report to open; its details
are in an iframe, its status in a shadow-DOM widget; publish it if needed, then download its CSV.

Two reads do not go through page.content() + parsel:
- the status badge draws its label in an open shadow root, which page.content() does not serialise;
  Playwright's CSS engine pierces open shadow roots, so the label is read with page.locator().
- the iframe's document is not part of page.content() either; its <main> is read through
  frame_locator() as one outerHTML and then parsed with parsel.

The report record's mediaType: Playwright's Download has no Content-Type, so it is guessed from the
suggested file name (report.csv → text/csv); wtc reads it from the response header.

Usage: challenge.py BASE_URL [--quiet] [--run-dir DIR] [--loads FILE]
"""
import mimetypes
import os
import re

from parsel import Selector
from playwright.sync_api import sync_playwright

from common import Run, launch, text


def main():
    run = Run()
    with run.setup("driver start"):
        p = sync_playwright().start()
    browser, context, page = launch(p, run)

    with run.step(13, "open"):
        page.goto(f"{run.base_url}/challenge")
    with run.step(14, 'extract chosen = text "#query em"'):
        chosen = text(Selector(text=page.content()), "#query em")
    target = page.get_by_text(chosen)
    with run.step(15, "scroll to text"):
        target.scroll_into_view_if_needed()
    with run.step(16, "click text"):
        target.click()
    with run.step(17, 'wait for exists "iframe#viewer"'):
        page.wait_for_selector("iframe#viewer", state="attached", timeout=5000)
    with run.step(20, 'within "iframe#viewer" extract details'):
        main_html = page.frame_locator("iframe#viewer").locator("main").evaluate("m => m.outerHTML")
        main_el = Selector(text=main_html).css("main")[0]
        details = {"title": text(main_el, "h1"), "summary": text(main_el, "p.summary")}
    with run.step(27, 'extract status = text "status-badge .label" (shadow DOM)'):
        status = " ".join(page.locator("status-badge .label").text_content().split())
    if status == "archived" and page.locator("a.report").count() > 0:
        pass
    elif re.search(r"^(draft|pending)$", status):
        with run.step(31, 'click role button "Publish"'):
            page.get_by_role("button", name="Publish").click()
        with run.step(32, 'wait for not exists ".spinner"'):
            page.wait_for_selector(".spinner", state="detached", timeout=10_000)
    with run.step(34, 'download "a.report"'):
        with page.expect_download() as waiting:
            page.click("a.report")
        download = waiting.value
        path = os.path.join(run.run_dir, download.suggested_filename)
        download.save_as(path)
    report = {
        "name": download.suggested_filename,
        "path": path,
        "mediaType": mimetypes.guess_type(download.suggested_filename)[0],
        "size": os.path.getsize(path),
    }

    with run.setup("close"):
        browser.close()
        p.stop()
    run.finish({"chosen": chosen, "details": details, "status": status, "report": report})


if __name__ == "__main__":
    main()
