"""Writes the replay benchmark's site into DIR: a 10-page catalogue whose records are rendered by a script
from JSON (`/data/page-N.json`), with what a real listing page carries besides: a stylesheet, a web font
(DejaVu Sans from the system, as a TTF), a logo, a background image and one thumbnail per record (PNGs
of noise, so they neither compress nor decode for free). Prints the number of records.

Usage: make_site.py DIR [PAGES] [PER_PAGE]
"""
import json
import os
import random
import shutil
import struct
import sys
import zlib

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def png(width, height, rng):
    """An RGB PNG of noise (incompressible, like a photo's JPEG)."""
    raw = b"".join(b"\x00" + rng.randbytes(width * 3) for _ in range(height))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 1)) + chunk(b"IEND", b"")


PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Catalogue, page {n} of {pages}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/static/site.css">
<script src="/static/app.js" defer></script>
</head><body>
<header class="top"><a href="/list/1/"><img class="logo" src="/static/logo.png" alt="Catalogue"></a>
<nav><a href="/list/1/">Home</a> <a href="/about/">About</a> <a href="/contact/">Contact</a></nav></header>
<main><h1>Everything we sell</h1>
<p class="lead">Page {n} of {pages}. Prices include tax.</p>
<section id="results" aria-busy="true"><p class="loading">Loading…</p></section>
<nav class="pager" aria-label="pages"></nav></main>
<footer><p>© Catalogue Ltd.</p></footer>
</body></html>
"""

APP = """// Renders one page of the catalogue from its JSON, as a client-rendered listing does.
(async () => {
  const n = Number(location.pathname.split('/').filter(Boolean)[1] || 1);
  const response = await fetch('/data/page-' + n + '.json');
  const data = await response.json();
  const results = document.getElementById('results');
  const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;');
  results.innerHTML = data.records.map((r) => `
    <article class="record" data-sku="${r.sku}">
      <img class="thumb" src="${r.image}" alt="${esc(r.name)}">
      <h2 class="name">${esc(r.name)}</h2>
      <p class="price">$${r.price.toFixed(2)}</p>
      <p class="sku">SKU <span>${r.sku}</span></p>
      <p class="desc">${esc(r.description)}</p>
    </article>`).join('');
  results.removeAttribute('aria-busy');
  const pager = document.querySelector('nav.pager');
  pager.innerHTML = (n > 1 ? `<a class="prev" href="/list/${n - 1}/">Previous</a> ` : '')
    + `<span class="current">${n} / ${data.pages}</span>`
    + (n < data.pages ? ` <a class="next" href="/list/${n + 1}/">Next</a>` : '');
})();
"""

CSS = """@font-face { font-family: "Body"; src: url("/static/body.ttf") format("truetype"); font-display: block; }
body { font-family: "Body", sans-serif; margin: 0; background: #fafafa url("/static/bg.png") repeat-x; }
header.top { display: flex; gap: 2em; align-items: center; padding: 8px 16px; background: #223; }
header.top a { color: #eee; }
main { max-width: 760px; margin: 0 auto; padding: 16px; }
#results { display: grid; grid-template-columns: repeat(2, 1fr); gap: 12px; }
article.record { background: #fff; border: 1px solid #ddd; padding: 8px; }
article.record img.thumb { display: block; }
.price { font-weight: bold; }
nav.pager { margin: 16px 0; display: flex; gap: 1em; }
"""

WORDS = ("amber basalt cedar delta ember fjord garnet harbor indigo juniper kestrel lumen meadow nickel "
         "onyx pewter quartz russet sable tundra umber velvet willow xenon yarrow zephyr").split()


def main():
    root, pages, per = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 10, \
        int(sys.argv[3]) if len(sys.argv) > 3 else 10
    rng = random.Random(11)
    os.makedirs(f"{root}/static", exist_ok=True)
    os.makedirs(f"{root}/data", exist_ok=True)
    os.makedirs(f"{root}/img", exist_ok=True)
    shutil.copyfile(FONT, f"{root}/static/body.ttf")
    open(f"{root}/static/app.js", "w").write(APP)
    open(f"{root}/static/site.css", "w").write(CSS)
    open(f"{root}/static/logo.png", "wb").write(png(120, 40, rng))
    open(f"{root}/static/bg.png", "wb").write(png(8, 200, rng))
    for n in range(1, pages + 1):
        os.makedirs(f"{root}/list/{n}", exist_ok=True)
        open(f"{root}/list/{n}/index.html", "w").write(PAGE.format(n=n, pages=pages))
        records = []
        for i in range(per):
            k = (n - 1) * per + i + 1
            name = f"{rng.choice(WORDS).title()} {rng.choice(WORDS)} #{k}"
            description = " ".join(rng.choice(WORDS) for _ in range(24)) + " & more."
            open(f"{root}/img/item-{k}.png", "wb").write(png(160, 120, rng))
            records.append({"name": name, "price": round(rng.uniform(2, 400), 2), "sku": f"SKU-{k:05d}",
                            "image": f"/img/item-{k}.png", "description": description})
        json.dump({"page": n, "pages": pages, "records": records}, open(f"{root}/data/page-{n}.json", "w"))
    print(pages * per)


if __name__ == "__main__":
    main()
