extension PageScript {
    /// The view the agent reads (`PageObserving`): one line per visible element worth acting on or reading,
    /// in the flat tree's order (open shadow roots and slots as rendered, same-origin frames inline). Each
    /// line is `{d, r, t}`: depth among the lines shown, ref, and what follows the ref; a run of similar
    /// siblings ends in `{d, like, n}`; a cross-origin frame is `{d, slot}`, which the driver fills from the
    /// frame's own context. Refs live in a JS property of the element (never an attribute: the page's
    /// change counter and the snapshot would see it) and in this document's map, so they stay put.
    static let observe = #"""
          const refs = { next: 1, byRef: new Map() };
          const docKey = Math.random().toString(36).slice(2);
          function refOf(e) {
            if (!e.__wtcRef) { e.__wtcRef = 'e' + refs.next++; refs.byRef.set(e.__wtcRef, new WeakRef(e)); }
            return e.__wtcRef;
          }
          function byRef(ref) {
            const held = refs.byRef.get(ref);
            const e = held && held.deref();
            return e && e.isConnected ? e : null;
          }
          const unread = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'OPTION', 'OPTGROUP', 'svg']);
          const phrasing = new Set(['B', 'I', 'EM', 'STRONG', 'SMALL', 'SPAN', 'CODE', 'ABBR', 'MARK', 'SUB', 'SUP',
            'TIME', 'Q', 'CITE', 'S', 'U', 'BR', 'WBR', 'DFN', 'KBD', 'VAR', 'SAMP', 'FONT']);
          const controls = new Set(['textbox', 'searchbox', 'checkbox', 'radio', 'combobox', 'listbox', 'slider',
            'spinbutton', 'switch', 'img', 'frame']);
          const fromContent = new Set(['button', 'link', 'heading', 'option', 'tab', 'menuitem', 'cell',
            'columnheader', 'rowheader', 'gridcell', 'menuitemcheckbox', 'menuitemradio', 'treeitem']);
          const elidable = new Set(['list', 'listitem', 'group', 'generic', 'presentation']);
          const short = (s, n) => s.length > (n || 80) ? s.slice(0, (n || 80) - 1) + '…' : s;
          const quote = (s) => '"' + s.replace(/\\/g, '\\\\').replace(/"/g, '\\"') + '"';

          function inputRole(e) {
            switch ((e.getAttribute('type') || 'text').toLowerCase()) {
              case 'hidden': return null;
              case 'checkbox': return 'checkbox';
              case 'radio': return 'radio';
              case 'button': case 'submit': case 'reset': case 'image': case 'file': return 'button';
              case 'search': return 'searchbox';
              case 'number': return 'spinbutton';
              case 'range': return 'slider';
            }
            return 'textbox';
          }
          const tagRoles = { BUTTON: 'button', SUMMARY: 'button', TEXTAREA: 'textbox', UL: 'list', OL: 'list',
            MENU: 'list', LI: 'listitem', TABLE: 'table', TR: 'row', TD: 'cell', TH: 'columnheader', NAV: 'navigation',
            MAIN: 'main', FORM: 'form', DIALOG: 'dialog', IFRAME: 'frame', FRAME: 'frame' };
          function roleOf(e) {
            const explicit = (e.getAttribute('role') || '').trim().split(/\s+/)[0].toLowerCase();
            if (/^[a-z]+$/.test(explicit) && !['none', 'presentation', 'generic'].includes(explicit)) return explicit;
            const t = e.tagName;
            if (t === 'A' || t === 'AREA') return e.hasAttribute('href') ? 'link' : null;
            if (t === 'INPUT') return inputRole(e);
            if (t === 'SELECT') return e.multiple || e.size > 1 ? 'listbox' : 'combobox';
            if (/^H[1-6]$/.test(t)) return 'heading';
            if (t === 'IMG') return e.getAttribute('alt') || e.title ? 'img' : null;
            if (t === 'HEADER' || t === 'FOOTER') {
              return e.parentElement && e.parentElement.closest('article, aside, main, nav, section') ? null
                : t === 'HEADER' ? 'banner' : 'contentinfo';
            }
            if (t === 'SECTION') return e.getAttribute('aria-label') || e.getAttribute('aria-labelledby') ? 'region' : null;
            if (tagRoles[t]) return tagRoles[t];
            if (e.isContentEditable && !(e.parentElement && e.parentElement.isContentEditable)) return 'textbox';
            return null;
          }

          // The flat tree: a shadow host shows its shadow root, a slot what is assigned to it.
          function childrenOf(n) {
            if (n.shadowRoot) return [...n.shadowRoot.childNodes];
            if (n.tagName === 'SLOT') {
              const assigned = n.assignedNodes();
              if (assigned.length) return assigned;
            }
            return [...n.childNodes];
          }

          // Text of `n` and of the plain formatting elements inside it (no id, class or role): what reads as
          // one piece of text; other elements get lines of their own (they often carry one value each).
          // Only an element with text of its own takes in its formatting children; one without gets none.
          const hasOwnText = (n) => childrenOf(n).some((c) => c.nodeType === 3 && c.data.trim());
          const rendered = (e) => typeof e.checkVisibility !== 'function' || e.checkVisibility() ||
            getComputedStyle(e).display === 'contents';
          function ownText(n, consumed) {
            if (!hasOwnText(n)) return '';
            return textOf(n, consumed);
          }
          function textOf(n, consumed) {
            let out = '';
            for (const c of childrenOf(n)) {
              if (c.nodeType === 3) out += c.data;
              else if (c.nodeType === 1 && c.tagName === 'BR') out += ' ';
              else if (c.nodeType === 1 && phrasing.has(c.tagName) && !c.attributes.length) {
                consumed.add(c); out += textOf(c, consumed);
              }
            }
            return out;
          }

          function textWithout(n, skip) {
            if (n === skip) return '';
            if (n.nodeType === 3) return n.data;
            if (n.nodeType !== 1 || unread.has(n.tagName)) return '';
            return childrenOf(n).map((c) => textWithout(c, skip)).join(' ');
          }

          function labelled(e) {
            const aria = e.getAttribute('aria-label');
            if (aria && norm(aria)) return norm(aria);
            const by = e.getAttribute('aria-labelledby');
            if (by) {
              const doc = e.getRootNode();
              const text = norm(by.split(/\s+/).map((id) => { const l = doc.getElementById ? doc.getElementById(id) : null;
                return l ? l.innerText || l.textContent : ''; }).join(' '));
              if (text) return text;
            }
            return '';
          }

          function viewName(e, role) {
            const given = labelled(e);
            if (given) return given;
            if (e.labels && e.labels.length) {
              const text = norm([...e.labels].map((l) => textWithout(l, e)).join(' '));
              if (text) return text;
            }
            if (e.tagName === 'INPUT' && ['submit', 'button', 'reset'].includes(e.type)) return norm(e.value);
            if (e.tagName === 'INPUT' && e.type === 'image' || e.tagName === 'IMG' || e.tagName === 'AREA') {
              return norm(e.getAttribute('alt') || e.title || '');
            }
            if (fromContent.has(role)) {
              const text = norm(e.innerText);
              if (text) return text;
              const img = e.querySelector('img[alt]');
              if (img && norm(img.alt)) return norm(img.alt);
            }
            if (role === 'frame') return norm(e.title || e.name || '');
            return norm(e.title || '');
          }
        """#
}
