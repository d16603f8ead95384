extension PageScript {
    /// Scope chains, the element a step acts on and the checks before acting. A scope that is a frame this
    /// context cannot enter (cross-origin) ends the walk: the frame is kept in `window.__wtcFrame`, and the
    /// driver continues in the frame's own context with the scopes after `rest`, then asks `frameHit` here
    /// to turn the frame-local point into one of this context's viewport.
    static let targets = #"""
          const isFrame = (e) => e.tagName === 'IFRAME' || e.tagName === 'FRAME';

          // An iframe's document when this context may reach it (same origin), else null.
          function frameDocument(element) {
            try { return element.contentDocument; } catch (e) { return null; }
          }

          // Finds the elements of a locator (ordered fallbacks) inside a scope chain.
          function find(spec) {
            let root = document.documentElement;
            // A document that is being replaced, or has not parsed its first tag yet: look again later.
            if (!root) return { error: 'loading' };
            for (let i = 0; i < spec.scope.length; i++) {
              const scope = spec.scope[i];
              const found = firstChoice(root, scope);
              if (found.length === 0) return { error: 'scope', locator: scope.text, count: 0 };
              if (found.length > 1 && !scope.first) return { error: 'scope-ambiguous', locator: scope.text, count: found.length };
              const element = found[0];
              if (!isFrame(element)) { root = element; continue; }
              const doc = frameDocument(element);
              if (!doc || !doc.documentElement) {
                window.__wtcFrame = element;
                return { frame: describe(element), rest: i + 1 };
              }
              root = doc.documentElement;
            }
            return { elements: firstChoice(root, spec.locator) };
          }

          function describe(e) {
            let s = '<' + e.tagName.toLowerCase();
            if (e.id) s += ' id="' + e.id + '"';
            if (e.className && typeof e.className === 'string') s += ' class="' + e.className.trim() + '"';
            return s + '>';
          }

          // What a person sees, as Playwright judges it: rendered (checkVisibility, visibility:hidden counting
          // as hidden) with a non-empty box. Actions wait for it, and the snapshot's visibility marks record it.
          function visible(e) {
            if (typeof e.checkVisibility === 'function') {
              if (!e.checkVisibility({ visibilityProperty: true })) return false;
            } else {
              const style = getComputedStyle(e);
              if (style.visibility === 'hidden' || style.display === 'none') return false;
            }
            const r = e.getBoundingClientRect();
            return r.width > 0 && r.height > 0;
          }

          function enabled(e) {
            if (e.disabled) return false;
            if (e.closest && e.closest('fieldset[disabled]')) return false;
            return e.getAttribute('aria-disabled') !== 'true';
          }

          // Where a frame's document starts in the viewport of the frame element's document: its content box,
          // inside border and padding.
          function contentOrigin(frame) {
            const r = frame.getBoundingClientRect(); const s = getComputedStyle(frame);
            return { x: r.left + parseFloat(s.borderLeftWidth) + parseFloat(s.paddingLeft),
              y: r.top + parseFloat(s.borderTopWidth) + parseFloat(s.paddingTop) };
          }

          // Offsets of the same-origin frames between this document and the top of this context (frameElement
          // is null at a cross-origin parent, where the driver takes over), so coordinates are context-level.
          function frameOffset(e) {
            let x = 0, y = 0; let win = e.ownerDocument.defaultView;
            while (win && win.frameElement) {
              const o = contentOrigin(win.frameElement); x += o.x; y += o.y; win = win.parent;
            }
            return { x, y };
          }

          function deepElementFromPoint(doc, x, y) {
            let e = doc.elementFromPoint(x, y);
            while (e && e.shadowRoot) {
              const inner = e.shadowRoot.elementFromPoint(x, y);
              if (!inner || inner === e) break;
              e = inner;
            }
            return e;
          }

          // Everything the driver needs to act on the single element of a locator, after scrolling it into view.
          function target(spec) {
            const r = find(spec);
            if (r.error || r.frame) return r;
            const els = r.elements;
            if (els.length === 0) return { error: 'none', count: 0 };
            if (els.length > 1 && !spec.locator.first) {
              return { error: 'ambiguous', count: els.length,
                candidates: els.slice(0, 5).map((e) => describe(e) + ' "' + norm(e.textContent).slice(0, 40) + '"') };
            }
            const e = els[0];
            e.scrollIntoView({ block: 'center', inline: 'center' });
            const box = e.getBoundingClientRect();
            const off = frameOffset(e);
            const cx = box.left + box.width / 2, cy = box.top + box.height / 2;
            const hit = deepElementFromPoint(e.ownerDocument, cx, cy);
            const receives = !!hit && (hit === e || contains(e, hit) || (e.labels && [...e.labels].some((l) => contains(l, hit))));
            window.__wtcLast = e;
            return { tag: e.tagName.toLowerCase(), type: (e.type || '').toLowerCase(), visible: visible(e), enabled: enabled(e),
              x: cx + off.x, y: cy + off.y, width: box.width, height: box.height, receives,
              hitBy: hit && !receives ? describe(hit) : null, checked: !!e.checked, description: describe(e),
              editable: !!e.isContentEditable,
              href: e.href || null };
          }

          // The box a list scrolls in: the nearest ancestor of `e` that scrolls vertically, else the document's
          // scrolling element (setting its scrollTop scrolls the window).
          function scrollingBox(e) {
            for (let n = e.parentElement; n; n = n.parentElement) {
              if (n.scrollHeight <= n.clientHeight + 1) continue;
              const o = getComputedStyle(n).overflowY;
              if (o === 'auto' || o === 'scroll' || o === 'overlay') return n;
            }
            return e.ownerDocument.scrollingElement;
          }

          // Scrolls the box that holds the last element of a locator to its very end (lists that load more
          // only at the exact bottom); false when nothing matches here (the driver then scrolls generically).
          function scrollListEnd(spec) {
            const r = find(spec);
            if (r.error || r.frame || r.elements.length === 0) return false;
            const box = scrollingBox(r.elements[r.elements.length - 1]);
            if (!box) return false;
            box.scrollTop = box.scrollHeight;
            return true;
          }

          // The point (x, y) of the frame kept by `find`, given in the frame's own viewport, in this context's
          // viewport; scrolls the frame's document so the point is inside it, and says whether a click there
          // reaches the frame rather than something over it.
          function frameHit(x, y) {
            const f = window.__wtcFrame;
            if (!f || !f.isConnected) return { error: 'detached' };
            const win = f.ownerDocument.defaultView;
            let o = contentOrigin(f);
            if (o.x + x < 0 || o.y + y < 0 || o.x + x > win.innerWidth || o.y + y > win.innerHeight) {
              win.scrollBy(o.x + x - win.innerWidth / 2, o.y + y - win.innerHeight / 2);
              o = contentOrigin(f);
            }
            const px = o.x + x, py = o.y + y;
            const hit = deepElementFromPoint(f.ownerDocument, px, py);
            const receives = hit === f;
            const off = frameOffset(f);
            return { x: px + off.x, y: py + off.y, visible: visible(f), receives,
              hitBy: hit && !receives ? describe(hit) : null, description: describe(f) };
          }
        """#
}
