"""samples/products/program.wt with Playwright + parsel: the product links, then every product page,
four at a time.

`concurrency 4` in wtc means up to four extra tabs in the run's browser context, reused by later
iterations. The fair Playwright equivalent is the async API: four pages in the same context, each
taking the next link until none is left. (The sync API cannot drive pages from several threads.)

Usage: products.py BASE_URL [--quiet] [--run-dir DIR] [--loads FILE]
"""
import asyncio
from urllib.parse import urljoin

from parsel import Selector
from playwright.async_api import async_playwright

from common import ARGS, EXECUTABLE, STEP_TIMEOUT_MS, VIEWPORT, Run, inner_html, number, text

CONCURRENCY = 4


def product(html, link):
    article = Selector(text=html).css("article.product")[0]
    sku = article.css(".sku")
    return {
        "name": text(article, "h1"),
        "price": number(text(article, ".price")),
        "sku": sku[0].attrib.get("data-sku") if sku else None,
        "in_stock": bool(article.css(".in-stock")),
        "rating": number(text(article, ".rating")),
        "reviews": len(article.css(".review")),
        "images": article.css("img.gallery::attr(src)").getall(),
        "description": inner_html(article, ".description"),
        "page": link,
    }


async def main():
    run = Run()
    with run.setup("driver start"):
        p = await async_playwright().start()
    with run.setup("launch"):
        browser = await p.chromium.launch(executable_path=EXECUTABLE, headless=True, args=ARGS)
    with run.setup("context + page"):
        context = await browser.new_context(viewport=VIEWPORT)
        context.set_default_timeout(STEP_TIMEOUT_MS)
        page = await context.new_page()
    if run.loads:
        await run.loads.attach_async(context, page)

    with run.step(19, "open"):
        await page.goto(f"{run.base_url}/products/")
    with run.step(20, "extract links = urls"):
        html = Selector(text=await page.content())
        links = [urljoin(page.url, href) for href in html.css("ul.products a.product-link::attr(href)").getall()]
    assert len(links) >= 1

    products = [None] * len(links)
    todo = iter(enumerate(links))

    async def worker():
        tab = await context.new_page()
        if run.loads:
            await run.loads.attach_async(context, tab)
        for i, link in todo:    # a shared iterator: each worker takes the next link
            with run.step(23, "open link"):
                await tab.goto(link)
            with run.step(24, "extract products += one article.product"):
                products[i] = product(await tab.content(), link)
        await tab.close()

    await asyncio.gather(*(worker() for _ in range(min(CONCURRENCY, len(links)))))
    assert len(products) == len(links)

    with run.setup("close"):
        await browser.close()
        await p.stop()
    run.finish({"products": products})


if __name__ == "__main__":
    asyncio.run(main())
