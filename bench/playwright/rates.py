"""samples/rates/program.wt with Playwright + parsel: a table whose header row names the fields.

Usage: rates.py BASE_URL [--quiet] [--run-dir DIR] [--loads FILE]
"""
from parsel import Selector
from playwright.sync_api import sync_playwright

from common import Run, launch, normalise, number


def main():
    run = Run()
    with run.setup("driver start"):
        p = sync_playwright().start()
    browser, context, page = launch(p, run)

    with run.step(10, "open"):
        page.goto(f"{run.base_url}/rates")
    with run.step(11, "extract updated = date"):
        html = Selector(text=page.content())
        # wtc's `date` reads a <time>'s datetime attribute when it has one.
        updated = html.xpath("//p[@id='updated']/time/@datetime").get()
    with run.step(12, 'extract rates = table "table#rates"'):
        # `table`: one record per body row, keyed by the header cells (lower-cased), each cell read as
        # the declared type of its output field (rate: number).
        table = html.css("table#rates")[0]
        keys = [normalise(h).lower() for h in (" ".join(th.xpath(".//text()").getall())
                                                 for th in table.css("thead th"))]
        rates = []
        for tr in table.css("tbody tr"):
            cells = [normalise(" ".join(td.xpath(".//text()").getall())) for td in tr.css("td")]
            row = dict(zip(keys, cells))
            rates.append({"currency": row["currency"], "code": row["code"], "rate": number(row["rate"])})
    assert len(rates) >= 5 and all(r["code"] and r["rate"] is not None for r in rates)

    with run.setup("close"):
        browser.close()
        p.stop()
    run.finish({"updated": updated, "rates": rates})


if __name__ == "__main__":
    main()
