"""The crawl benchmark's peer: the same work as program.wt with requests + parsel, detail pages four at
a time, same selectors. Prints the result as JSON so the two can be compared."""
import json
import re
import sys
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urljoin

import requests
from parsel import Selector

base = sys.argv[1]
session = requests.Session()


def number(text):
    return float(re.sub(r"[^0-9.]", "", text))


def text(sel, css):
    return " ".join(" ".join(sel.css(css + " *::text, " + css + "::text").getall()).split())


def detail(url):
    sel = Selector(text=session.get(url).text)
    art = sel.css("article.item")[0]
    return {"name": text(art, "h1"), "price": number(text(art, ".price")), "sku": text(art, ".sku"),
            "description": text(art, ".description")}


items = []
url = base + "/catalog/"
with ThreadPoolExecutor(max_workers=4) as pool:
    for _ in range(100):
        page = Selector(text=session.get(url).text)
        links = [urljoin(url, h) for h in page.css("ul.items a.item::attr(href)").getall()]
        items += list(pool.map(detail, links))
        nxt = page.css("a.next::attr(href)").get()
        if not nxt:
            break
        url = urljoin(url, nxt)
print(json.dumps({"items": items}))
