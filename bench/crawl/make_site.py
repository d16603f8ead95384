"""Writes a generated catalog site for the crawl benchmark: PAGES list pages of ITEMS items, each item
with its own detail page. Usage: make_site.py DIR [PAGES] [ITEMS]"""
import html
import os
import sys

root = sys.argv[1]
pages = int(sys.argv[2]) if len(sys.argv) > 2 else 10
per_page = int(sys.argv[3]) if len(sys.argv) > 3 else 20


def write(path, body, title):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(f"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{title}</title></head>\n"
                f"<body>\n<header><nav><a href=\"/\">Home</a> <a href=\"/catalog/\">Catalog</a></nav></header>\n"
                f"{body}\n<footer><p>Generated for the wtc crawl benchmark.</p></footer>\n</body></html>\n")


n = 0
for p in range(1, pages + 1):
    items = []
    for i in range(per_page):
        n += 1
        name = f"Item {n:04d}"
        items.append(f'  <li><a class="item" href="/catalog/item-{n}/">{name}</a> <span class="teaser">from ${n % 90 + 9}.99</span></li>')
        sentence = f"Item {n} is a generated product with a paragraph of text long enough to look real. "
        detail = (f'<article class="item">\n  <h1>{html.escape(name)}</h1>\n  <p class="price">${n % 90 + 9}.99</p>\n'
                  f'  <p>SKU <span class="sku">SKU-{n:05d}</span></p>\n'
                  f'  <div class="description"><p>{sentence * 3}</p></div>\n</article>')
        write(f"{root}/catalog/item-{n}/index.html", detail, name)
    nav = f'<a class="next" href="/catalog/page/{p + 1}/">Next</a>' if p < pages else ""
    listing = f'<h1>Catalog, page {p}</h1>\n<ul class="items">\n' + "\n".join(items) + f"\n</ul>\n{nav}"
    write(f"{root}/catalog/index.html" if p == 1 else f"{root}/catalog/page/{p}/index.html", listing, f"Catalog {p}")
print(n)
