/// The script the browser driver installs in every page (`window.__wtc`): locators that work the way the
/// plain-HTTP engine's do — CSS (piercing open shadow roots at descendant combinators), XPath, role + name,
/// label, test id, text, placeholder — plus the checks a careful user makes before acting (attached,
/// visible, enabled, receives the click at its centre) and a serializer that turns the composed tree
/// (open shadow roots and iframes inlined) into HTML for the shared libxml2 extraction code.
///
/// One script, assembled from parts (`changes`, queries here, `targets`, `clickGuard`, `serializer`, and the
/// agent's view: `observe`, `observeLines`, `observeLocate`) that share its scope. The
/// driver injects it with `Page.addScriptToEvaluateOnNewDocument` into the top document and with
/// `Runtime.evaluate` into the world it makes for each cross-origin frame; every function returns JSON-able
/// values only. A frame whose document this context cannot reach is handed back to the driver (see `targets`).
enum PageScript {
    static let source =
        "(() => {\n  if (window.__wtc) return;\n"
        + [changes, queries, targets, clickGuard, serializer, observe, observeLines, observeLocate, exports].joined(
            separator: "\n") + "\n})();\n"

    /// The API the driver calls.
    static let exports = """
          window.__wtc = { find: (spec) => { const r = find(spec); return r.error || r.frame ? r : { count: r.elements.length }; },
            target, frameHit, snapshot, frameSnapshot, scrollListEnd, armClick, clickResult, settledTarget,
            changedSinceLook, changeAge, view, locate, pageText,
            count: (spec) => { const r = find(spec); return r.error || r.frame ? 0 : r.elements.length; } };
        """

    /// Locator queries: CSS across open shadow roots, XPath, text, role, label, test id, placeholder.
    static let queries = #"""
          const norm = (s) => (s || '').replace(/\s+/g, ' ').trim();

          // Every open shadow root under `node`, in document order, so queries can descend into them.
          function shadowRoots(node) {
            const out = [];
            const walk = (n) => {
              const it = document.createTreeWalker(n, NodeFilter.SHOW_ELEMENT);
              for (let e = it.currentNode; e; e = it.nextNode()) {
                if (e.shadowRoot) { out.push(e.shadowRoot); walk(e.shadowRoot); }
              }
            };
            walk(node);
            return out;
          }

          function deepAll(root, css) {
            const found = [];
            for (const r of [root, ...shadowRoots(root)]) {
              if (r.querySelectorAll) found.push(...r.querySelectorAll(css));
            }
            return [...new Set(found)];
          }

          // Splits a selector at top-level descendant combinators (whitespace not next to > + ~ and outside
          // brackets, parentheses and quotes), so each part can be matched across shadow boundaries.
          function descendantParts(css) {
            const parts = []; let cur = ''; let depth = 0; let quote = null;
            for (let i = 0; i < css.length; i++) {
              const c = css[i];
              if (quote) { cur += c; if (c === quote && css[i - 1] !== '\\') quote = null; continue; }
              if (c === '"' || c === "'") { quote = c; cur += c; continue; }
              if (c === '(' || c === '[') depth++;
              if (c === ')' || c === ']') depth--;
              if (depth === 0 && /\s/.test(c)) {
                const before = cur.trimEnd().slice(-1); let j = i; while (j < css.length && /\s/.test(css[j])) j++;
                const after = css[j];
                if ('>+~,'.includes(before) || '>+~,'.includes(after) || cur.trim() === '') { cur += ' '; i = j - 1; continue; }
                parts.push(cur.trim()); cur = ''; i = j - 1; continue;
              }
              cur += c;
            }
            if (cur.trim()) parts.push(cur.trim());
            return parts;
          }

          // CSS with descendant combinators that cross open shadow roots: each part is matched below the
          // elements the previous part found, in their own tree and in every shadow root under them.
          function css(root, selector) {
            if (selector.includes(',')) return deepAll(root, selector);
            let current = [root];
            for (const part of descendantParts(selector)) {
              const next = new Set();
              for (const base of current) for (const e of deepAll(base, part)) if (e !== base) next.add(e);
              current = [...next];
            }
            return current.filter((e) => e !== root);
          }

          // Containment across shadow boundaries (composed tree).
          function contains(ancestor, node) {
            for (let n = node; n; n = n.parentNode || n.host) if (n === ancestor) return true;
            return false;
          }

          function allElements(root) {
            const out = [];
            for (const r of [root, ...shadowRoots(root)]) {
              const it = document.createTreeWalker(r, NodeFilter.SHOW_ELEMENT);
              for (let e = it.nextNode(); e; e = it.nextNode()) out.push(e);
            }
            return out;
          }

          // A CSS choice with our extensions, as the XPath of BrowserSelector: first every element of the
          // document (and its open shadow roots) that a marker's standard CSS selects gets the marker
          // attribute (`:scope` marks the search root), then the XPath runs from the root and from each open
          // shadow root under it; the markers are removed on every path out.
          function markedXPath(root, expr, marks) {
            const marked = [];
            try {
              const everywhere = [document, ...shadowRoots(document)];
              marks.forEach((m, i) => {
                const name = 'data-wtc-mark-' + i;
                const mark = (e) => { if (!e.hasAttribute(name)) { e.setAttribute(name, ''); marked.push([e, name]); } };
                if (m === ':scope') { mark(root.nodeType === 1 ? root : document.documentElement); return; }
                for (const r of everywhere) for (const e of r.querySelectorAll(m)) mark(e);
              });
              const found = [];
              for (const r of [root, ...shadowRoots(root)]) found.push(...xpath(r, expr));
              return [...new Set(found)].filter((e) => e !== root);
            } finally {
              for (const [e, name] of marked) e.removeAttribute(name);
            }
          }

          function xpath(root, expr) {
            const doc = root.ownerDocument || root;
            const result = doc.evaluate(expr, root, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
            const out = [];
            for (let i = 0; i < result.snapshotLength; i++) {
              const n = result.snapshotItem(i);
              out.push(n.nodeType === 1 ? n : n.parentElement || n.ownerElement);
            }
            return out.filter(Boolean);
          }

          const skipText = new Set(['SCRIPT', 'STYLE', 'HEAD', 'TITLE', 'TEMPLATE', 'NOSCRIPT']);
          // The default match of label, text and role names (TextMatch in WTExtract): a case-insensitive
          // substring of the whitespace-normalised text; `exact` wants the whole normalised text.
          function textMatches(have, want, exact) {
            return exact ? norm(have) === norm(want) : norm(have).toLowerCase().includes(norm(want).toLowerCase());
          }

          // An element's text as a reader sees it: without what scripts, styles, templates and noscript hold
          // (WTExtract's ReadableText is the same rule), so a script naming "Next" does not make <body> a match.
          function readableText(e) {
            if (skipText.has(e.tagName) && e.tagName !== 'HEAD' && e.tagName !== 'TITLE') return '';
            let out = '';
            for (const n of e.childNodes) {
              if (n.nodeType === 3 || n.nodeType === 4) out += n.data;
              else if (n.nodeType === 1) out += readableText(n);
            }
            return out;
          }

          function byText(root, text, exact) {
            const matches = allElements(root).filter((e) => !skipText.has(e.tagName) && textMatches(readableText(e), text, exact));
            return matches.filter((e) => !matches.some((o) => o !== e && contains(e, o)));
          }

          const implicit = {
            button: (e) => e.tagName === 'BUTTON' || e.tagName === 'SUMMARY' ||
              (e.tagName === 'INPUT' && ['submit', 'button', 'reset', 'image'].includes(e.type)),
            link: (e) => (e.tagName === 'A' || e.tagName === 'AREA') && e.hasAttribute('href'),
            textbox: (e) => e.tagName === 'TEXTAREA' ||
              (e.tagName === 'INPUT' && ['text', 'email', 'tel', 'url', ''].includes(e.getAttribute('type') || '')),
            searchbox: (e) => e.tagName === 'INPUT' && e.type === 'search',
            checkbox: (e) => e.tagName === 'INPUT' && e.type === 'checkbox',
            radio: (e) => e.tagName === 'INPUT' && e.type === 'radio',
            combobox: (e) => e.tagName === 'SELECT' && !e.multiple && e.size <= 1,
            listbox: (e) => e.tagName === 'SELECT' && (e.multiple || e.size > 1),
            option: (e) => e.tagName === 'OPTION',
            heading: (e) => /^H[1-6]$/.test(e.tagName),
            list: (e) => ['UL', 'OL', 'MENU'].includes(e.tagName),
            listitem: (e) => e.tagName === 'LI',
            table: (e) => e.tagName === 'TABLE', row: (e) => e.tagName === 'TR', cell: (e) => e.tagName === 'TD',
            columnheader: (e) => e.tagName === 'TH', img: (e) => e.tagName === 'IMG' && e.getAttribute('alt') !== '',
            navigation: (e) => e.tagName === 'NAV', main: (e) => e.tagName === 'MAIN', form: (e) => e.tagName === 'FORM',
            dialog: (e) => e.tagName === 'DIALOG', article: (e) => e.tagName === 'ARTICLE',
            spinbutton: (e) => e.tagName === 'INPUT' && e.type === 'number',
            slider: (e) => e.tagName === 'INPUT' && e.type === 'range',
          };

          function labelsOf(e) {
            const texts = [];
            if (e.labels) for (const l of e.labels) texts.push(norm(l.textContent));
            const by = e.getAttribute('aria-labelledby');
            if (by) texts.push(norm(by.split(/\s+/).map((id) => (e.ownerDocument.getElementById(id) || {}).textContent).join(' ')));
            return texts;
          }

          function accessibleName(e) {
            const aria = e.getAttribute('aria-label');
            if (aria) return norm(aria);
            const labelled = labelsOf(e).filter(Boolean);
            if (labelled.length) return labelled[0];
            if (e.tagName === 'INPUT' && ['submit', 'button', 'reset'].includes(e.type)) return norm(e.value);
            if (e.tagName === 'IMG') return norm(e.alt);
            const text = norm(e.textContent);
            return text || norm(e.getAttribute('title') || e.getAttribute('placeholder') || '');
          }

          function byRole(root, role, name, exact) {
            const test = implicit[role];
            return allElements(root).filter((e) => {
              const explicit = e.getAttribute('role');
              const has = explicit ? explicit.split(/\s+/).includes(role) : (test ? test(e) : false);
              return has && (name == null || textMatches(accessibleName(e), name, exact));
            });
          }

          function byLabel(root, text, exact) {
            return allElements(root).filter((e) => ['INPUT', 'SELECT', 'TEXTAREA', 'BUTTON'].includes(e.tagName) &&
              [e.getAttribute('aria-label') || '', ...labelsOf(e)].some((l) => l && textMatches(l, text, exact)));
          }

          function choice(root, c) {
            switch (c.kind) {
              case 'css':
                if (!c.xpath) return css(root, c.value);
                // A quirks-mode page compares classes and ids ignoring case, as querySelectorAll does there.
                return markedXPath(root, (document.compatMode === 'BackCompat' && c.quirksXpath) || c.xpath, c.marks || []);
              case 'xpath': return xpath(root, c.value);
              case 'text': return byText(root, c.value, c.exact);
              case 'testid': return deepAll(root, `[data-testid="${CSS.escape(c.value)}"]`);
              case 'placeholder': return deepAll(root, `[placeholder="${CSS.escape(c.value)}"]`);
              case 'label': return byLabel(root, c.value, c.exact);
              case 'role': return byRole(root, c.value, c.name, c.exact);
            }
            return [];
          }

          function firstChoice(root, locator) {
            for (const c of locator.choices) {
              const found = choice(root, c);
              if (found.length) return found;
            }
            return [];
          }
        """#
}
