#!/usr/bin/env python3
"""Writes the benchmark pages: a realistic product listing (20 records, with the head, scripts, navigation
and footer real pages carry) and a 5 MB listing built the same way. Deterministic (seeded)."""
import random
import sys
from pathlib import Path

WORDS = ("organic green tea mug ceramic blue classic deluxe travel kettle loose leaf jasmine sencha matcha "
         "oolong porcelain glass infuser gift set café crème brûlée “limited” edition").split()
TAGS = ["tea", "kitchen", "gift", "organic", "new", "sale", "glass", "ceramic", "travel", "japan"]


def product(rng: random.Random, i: int) -> str:
    name = " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 6))).title()
    price = f"{rng.randint(1, 2500):,}.{rng.randint(0, 99):02d}"
    tags = "".join(f'\n        <a class="tag" href="/tag/{t}">{t}</a>' for t in rng.sample(TAGS, rng.randint(0, 4)))
    desc = " ".join(rng.choice(WORDS) for _ in range(rng.randint(15, 40)))
    stars = rng.randint(1, 5)
    return f"""
    <article class="product card" data-id="{i}" itemscope itemtype="https://schema.org/Product">
      <a class="thumb" href="/products/{i}-{name.split()[0].lower()}?ref=list"><img src="/img/{i}.jpg" alt="{name}" loading="lazy" width="240" height="240"></a>
      <h2 class="title"><a href="/products/{i}-{name.split()[0].lower()}?ref=list" itemprop="name">
          {name}
        </a></h2>
      <p class="rating" data-stars="{stars}"><span class="star on"></span>{'<span class="star"></span>' * (5 - stars)} <span class="count">({rng.randint(0, 900)})</span></p>
      <div class="pricing"><span class="price" itemprop="price">${price}</span>
        <span class="was">${rng.randint(1, 3000)}.00</span></div>
      <p class="desc">{desc}</p>
      <div class="tags">{tags}
      </div>
      <form class="add" action="/cart" method="post"><input type="hidden" name="id" value="{i}"><button type="submit" class="btn btn-primary">Add to cart</button></form>
    </article>"""


def page(rng: random.Random, count: int, start: int = 0) -> str:
    scripts = "\n".join(f'<script>window.__data{k} = {{"k": {k}, "items": [{",".join(str(rng.randint(0, 9999)) for _ in range(60))}]}};</script>'
                        for k in range(6))
    nav = "".join(f'<li class="nav-item"><a class="nav-link" href="/c/{w}">{w.title()}</a></li>' for w in WORDS[:24])
    products = "".join(product(rng, start + i) for i in range(count))
    footer = "".join(f'<li><a href="/info/{w}">{w}</a></li>' for w in WORDS)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Tea shop – page</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/css/site.css">
<style>.card{{border:1px solid #ddd;padding:8px}} .price{{font-weight:bold}} .star.on{{color:gold}}</style>
{scripts}
</head><body class="listing">
<header class="site-header"><a class="logo" href="/">Tea shop</a><nav><ul class="nav">{nav}</ul></nav>
<form class="search" action="/search"><input name="q" placeholder="Search"><button>Go</button></form></header>
<main id="content"><h1>All products</h1><div class="grid">{products}
</div><nav class="pager"><a class="prev" href="?page=1">Previous</a> <a class="next" href="?page=3">Next</a></nav></main>
<footer><ul class="links">{footer}</ul><p>&copy; 2026 Tea shop &amp; friends</p></footer>
</body></html>
"""


def main() -> None:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(20261129)
    (out / "listing.html").write_text(page(rng, 20), encoding="utf-8")
    big = []
    n = 0
    while sum(map(len, big)) < 5_000_000:
        big.append(product(rng, n))
        n += 1
    (out / "listing-5mb.html").write_text(page(rng, 0).replace('<div class="grid">', '<div class="grid">' + "".join(big)), encoding="utf-8")


if __name__ == "__main__":
    main()
