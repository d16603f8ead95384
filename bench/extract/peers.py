#!/usr/bin/env python3
"""Extraction benchmark peers: the same records (container .product; title, price, url, tags) extracted
with parsel and with lxml (cssselect translated to XPath once, up front), timed like the wtc side. Reads
wtc's JSON lines, prints pages/s and MB/s for each engine, the wtc/parsel ratio, and fails when the
three outputs differ (record count and hash of the canonical form)."""
import json
import os
import sys
import time
from pathlib import Path
from urllib.parse import quote, urljoin

import parsel
from lxml import etree
from lxml.cssselect import CSSSelector

BASE = "https://shop.example/list/?page=2"


def resolve(href: str) -> str:
    # Resolved and percent-encoded as a browser's `a.href` (and wtc) gives it.
    return quote(urljoin(BASE, href.strip()), safe=":/?#[]@!$&'()*+,;=%~")


def squash(text: str) -> str:
    # The reader's view for inline content: whitespace runs to one space, trimmed (wtc treats
    # no-break spaces the same; the pages hold none).
    return " ".join(text.split())


def price(text: str) -> float:
    return float(text.strip().lstrip("$").replace(",", ""))


def run_parsel(data: bytes) -> list:
    sel = parsel.Selector(text=data.decode("utf-8"))
    out = []
    for card in sel.css(".product"):
        title = squash("".join(card.css("h2.title a ::text").getall()))
        amount = price(card.css(".price::text").get())
        url = resolve(card.css("h2.title a::attr(href)").get())
        tags = [t for t in (squash("".join(a.css("::text").getall())) for a in card.css(".tags a")) if t]
        out.append((title, amount, url, tags))
    return out


CARD = CSSSelector(".product")
TITLE = CSSSelector("h2.title a")
PRICE = CSSSelector(".price")
TAG = CSSSelector(".tags a")
PARSER = etree.HTMLParser(encoding="utf-8")


def run_lxml(data: bytes) -> list:
    root = etree.fromstring(data, PARSER)
    out = []
    for card in CARD(root):
        link = TITLE(card)[0]
        title = squash("".join(link.itertext()))
        amount = price("".join(PRICE(card)[0].itertext()))
        url = resolve(link.get("href"))
        tags = [t for t in (squash("".join(a.itertext())) for a in TAG(card)) if t]
        out.append((title, amount, url, tags))
    return out


def canonical(records: list) -> str:
    return "".join(f"{t}\t{p:.2f}\t{u}\t{'|'.join(g)}\n" for t, p, u, g in records)


def fnv1a(text: str) -> str:
    h = 0xCBF29CE484222325
    for b in text.encode("utf-8"):
        h = ((h ^ b) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return format(h, "x")


def measure(engine: str, fn, name: str, data: bytes, runs: int) -> dict:
    records = fn(data)
    dump = os.environ.get("WTC_BENCH_DUMP")
    if dump:
        Path(dump, f"{engine}-{name}.txt").write_text(canonical(records), encoding="utf-8")
    # CPU time of this process, as the wtc side measures: wall-clock time on a shared machine also
    # counts everyone else's work.
    start = time.process_time()
    for _ in range(runs):
        fn(data)
    seconds = time.process_time() - start
    return {"engine": engine, "page": name, "bytes": len(data), "iterations": runs, "seconds": seconds,
            "records": len(records), "hash": fnv1a(canonical(records))}


def main() -> int:
    pages, wtc_file = Path(sys.argv[1]), Path(sys.argv[2])
    results = [json.loads(line) for line in wtc_file.read_text().splitlines() if line.strip()]
    for r in list(results):
        data = (pages / r["page"]).read_bytes()
        results.append(measure("parsel", run_parsel, r["page"], data, r["iterations"]))
        results.append(measure("lxml", run_lxml, r["page"], data, r["iterations"]))
    print("rates per CPU-second of each process (single-threaded), so other load on the machine does not skew them")
    print(f"{'page':<18} {'engine':<7} {'iterations':>10} {'pages/s':>10} {'MB/s':>8} {'records':>8}  hash")
    for r in results:
        rate = r["iterations"] / r["seconds"]
        mb = rate * r["bytes"] / 1e6
        print(f"{r['page']:<18} {r['engine']:<7} {r['iterations']:>10} {rate:>10.1f} {mb:>8.1f} {r['records']:>8}  {r['hash']}")
    ok = True
    for page in dict.fromkeys(r["page"] for r in results):
        rows = {r["engine"]: r for r in results if r["page"] == page}
        same = len({(r["records"], r["hash"]) for r in rows.values()}) == 1
        ok &= same
        speed = {e: r["iterations"] / r["seconds"] for e, r in rows.items()}
        print(f"{page}: wtc/parsel {speed['wtc'] / speed['parsel']:.2f}x, wtc/lxml {speed['wtc'] / speed['lxml']:.2f}x, "
              f"outputs identical: {'yes' if same else 'NO'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
