extension PageScript {
    /// From a ref back to a locator, and the page's visible text. The locator is a CSS path that the page
    /// script's `find` and the libxml2 snapshot read alike: `#id` when the id is unique, else
    /// `tag:nth-of-type(k)` steps joined by `>` from the nearest such id (or from below `body`); a step
    /// into an open shadow root is a descendant combinator, which both sides let cross the boundary
    /// (the snapshot keeps the shadow root as a `<wtc-shadow-root>` child of its host). An element in a
    /// same-origin frame is found within the frames' own paths (`scope`, outermost first).
    static let observeLocate = #"""
          const plainId = /^[A-Za-z][\w-]*$/;
          function pathSteps(e, root, useIds) {
            const steps = [];
            for (let n = e; n && n !== root && n.nodeType === 1;) {
              if (useIds && n.id && plainId.test(n.id) && css(root, '#' + n.id).length === 1) {
                steps.unshift({ s: '#' + n.id, join: ' > ' });
                return { steps, anchored: true };
              }
              const parent = n.parentNode;
              if (n.tagName === 'BODY' && parent === root) break;
              let k = 1;
              for (let s = n.previousElementSibling; s; s = s.previousElementSibling) if (s.localName === n.localName) k++;
              const inShadow = parent && parent.nodeType === 11;
              steps.unshift({ s: n.localName + ':nth-of-type(' + k + ')', join: inShadow ? ' ' : ' > ' });
              n = inShadow ? parent.host : parent;
            }
            return { steps, anchored: false };
          }
          const joined = (steps) => steps.map((s, i) => (i ? s.join : '') + s.s).join('');

          // The first path that finds `e` alone from its document's root: from the nearest unique id, else
          // from the root itself. In the top document that is `html > body > …`: the snapshot also holds
          // every frame's content, whose own paths could match an unanchored one there.
          function cssPath(e) {
            const doc = e.ownerDocument; const root = doc.documentElement;
            const alone = (p) => { const found = css(root, p); return found.length === 1 && found[0] === e; };
            const top = doc === document && window.top === window;
            const rootPrefix = top ? (doc.body && doc.body.tagName === 'BODY' ? 'html > body > ' : 'html > ') : '';
            const idPath = pathSteps(e, root, true);
            if (idPath.anchored && alone(joined(idPath.steps))) return joined(idPath.steps);
            const path = joined(pathSteps(e, root, false).steps);
            // A frameset page's frameset is under <body> in the snapshot (libxml2 puts it there): both.
            if (top && rootPrefix === 'html > ') return 'html > ' + path + ', html > body > ' + path;
            if (top || alone(path) || !doc.body) return rootPrefix + path;
            return alone('body > ' + path) ? 'body > ' + path : path;
          }

          function locate(ref) {
            const e = byRef(ref);
            if (!e) return { error: 'stale' };
            const scope = [];
            for (let doc = e.ownerDocument; doc !== document;) {
              const holder = doc.defaultView && doc.defaultView.frameElement;
              if (!holder) return { error: 'stale' };
              scope.unshift(cssPath(holder));
              doc = holder.ownerDocument;
            }
            return { scope, path: cssPath(e), tag: e.localName };
          }

          // The visible text in reading order, blocks on lines of their own; a frame this context cannot read
          // is a slot the driver fills.
          function visibleText(n, out, slots) {
            if (n.nodeType === 3) { out.push(n.data.replace(/\s+/g, ' ')); return; }
            if (n.nodeType !== 1 || unread.has(n.tagName)) return;
            if (!rendered(n)) return;
            const hidden = typeof n.checkVisibility === 'function' && !n.checkVisibility({ visibilityProperty: true });
            const block = !/^inline/.test(getComputedStyle(n).display);
            if (block) out.push('\n');
            if (n.tagName === 'IFRAME' || n.tagName === 'FRAME') {
              const doc = frameDocument(n);
              if (!doc) { slots.push(n); out.push('\u0000' + (slots.length - 1) + '\u0000'); }
              else if (doc.body || doc.documentElement) visibleText(doc.body || doc.documentElement, out, slots);
            } else if (['INPUT', 'TEXTAREA', 'SELECT'].includes(n.tagName)) {
              const value = n.type === 'password' && n.value ? '••••' : n.tagName === 'SELECT'
                ? [...n.selectedOptions].map((o) => o.text).join(', ') : n.type === 'hidden' ? '' : n.value;
              if (value && !hidden) out.push(' ' + value + ' ');
            } else {
              for (const c of childrenOf(n)) if (!hidden || c.nodeType === 1) visibleText(c, out, slots);
            }
            if (block) out.push('\n');
          }

          function pageText() {
            const out = []; const slots = [];
            const root = document.body || document.documentElement;
            if (root) visibleText(root, out, slots);
            window.__wtcViewSlots = slots;
            const text = out.join('').split('\n').map((l) => l.replace(/ +/g, ' ').trim()).filter(Boolean).join('\n');
            return { text, slots: slots.length };
          }
        """#
}
