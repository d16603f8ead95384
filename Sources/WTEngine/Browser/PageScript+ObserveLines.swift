extension PageScript {
    /// The walk behind the view: each element gives the lines of its subtree, and a parent summarises runs
    /// of 4 or more similar siblings (same tag, classes and form controls) to the first 3 and
    /// `… N more like [ref]` unless
    /// the view is `full` (a closer look). The details after a line's name say what a person sees of a
    /// control: its value (a password only as dots), whether it is checked, its options.
    static let observeLines = #"""
          function hrefText(e) {
            const raw = e.getAttribute('href') || '';
            let url;
            try { url = new URL(raw, e.baseURI); } catch (err) { return short(raw, 60); }
            const same = url.origin === location.origin && url.protocol.startsWith('http');
            return short(same ? url.pathname + url.search + url.hash : url.href, 80);
          }

          function optionsText(e, full) {
            const options = [...e.options].map((o) => quote(short(norm(o.label || o.text), 40)));
            const shown = full ? options.length : 5;
            const more = options.length - shown;
            return ' options: ' + options.slice(0, shown).join(', ') + (more > 0 ? ', … (' + more + ' more)' : '');
          }

          function details(e, role, name, full) {
            let out = '';
            const attr = (a) => e.getAttribute(a);
            if (role === 'heading') out += ' level=' + (attr('aria-level') || e.tagName.slice(1) || '2');
            if (e.tagName === 'SELECT') {
              const chosen = [...e.selectedOptions].map((o) => quote(short(norm(o.label || o.text), 40)));
              if (chosen.length) out += (e.multiple ? ' selected: ' + chosen.join(', ') : ' value=' + chosen[0]);
              out += optionsText(e, full);
            } else if (e.tagName === 'TEXTAREA' || (e.tagName === 'INPUT' && !['checkbox', 'radio'].includes(e.type)
                && role !== 'button')) {
              const value = e.type === 'password' && e.value ? '••••' : e.value;
              if (value) out += ' value=' + quote(short(value.replace(/\s+/g, ' ')));
              const hint = attr('placeholder');
              if (hint && norm(hint) !== name) out += ' placeholder=' + quote(short(norm(hint), 40));
            } else if (e.isContentEditable && role === 'textbox') {
              const value = norm(e.innerText);
              if (value) out += ' value=' + quote(short(value));
            }
            if (e.checked || attr('aria-checked') === 'true') out += ' checked';
            if (attr('aria-selected') === 'true' && role !== 'option') out += ' selected';
            if (attr('aria-expanded') === 'true') out += ' expanded';
            if (e.required || attr('aria-required') === 'true') out += ' required';
            if (e.disabled || attr('aria-disabled') === 'true') out += ' disabled';
            if (e.readOnly && ['INPUT', 'TEXTAREA'].includes(e.tagName)) out += ' readonly';
            return out;
          }

          const shift = (lines, by) => lines.map((l) => Object.assign({}, l, { d: l.d + by }));
          const signature = (e) => e.tagName + '.' + [...e.classList].sort().join('.');
          // The form controls an element holds, in order: rows of a form (a name box, a password box, a
          // checkbox, the submit button) share a tag but not these, so they are never summarised away.
          const controlCache = new WeakMap();
          const controlShape = (e) => {
            if (!controlCache.has(e)) {
              const found = [...e.querySelectorAll('input, select, textarea, button')].slice(0, 6);
              controlCache.set(e, found.map((c) => c.tagName + ':' + (c.type || '')).join(','));
            }
            return controlCache.get(e);
          };
          const alike = (a, b) => signature(a) === signature(b) && controlShape(a) === controlShape(b);

          // The lines of `n`'s children, runs of similar siblings summarised (each shown item then has one
          // line at the top, a `group` line when it has none of its own, so the summary can name it). The
          // items after the third are only counted, not read: a list of thousands costs what three do.
          const spacer = new Set(['BR', 'WBR', 'HR']);
          function childLines(n, ctx) {
            const kids = childrenOf(n).filter((c) => c.nodeType === 1 && !(ctx.consumed.has(c) && !c.children.length)
              && !spacer.has(c.tagName) && !unread.has(c.tagName) && rendered(c));
            const out = [];
            for (let i = 0; i < kids.length;) {
              let j = i + 1;
              while (j < kids.length && alike(kids[j], kids[i])) j++;
              if (ctx.full || j - i < 4) {
                for (let k = i; k < j; k++) out.push(...elementLines(kids[k], ctx));
                i = j;
                continue;
              }
              let shown = 0, k = i, last = null;
              for (; k < j && shown < 3; k++) {
                let lines = elementLines(kids[k], ctx);
                if (!lines.length) continue;
                if (lines.filter((l) => l.d === 0).length > 1 || !lines[0].r) {
                  lines = [{ d: 0, r: refOf(kids[k]), t: 'group' }, ...shift(lines, 1)];
                }
                shown++;
                last = lines[0].r;
                out.push(...lines);
              }
              if (k < j) out.push({ d: 0, like: last, n: j - k });
              i = j;
            }
            return out;
          }

          function frameLines(e, ctx) {
            const doc = frameDocument(e);
            if (!doc) { ctx.slots.push(e); return [{ d: 0, slot: ctx.slots.length - 1, frame: refOf(e) }]; }
            const root = doc.body || doc.documentElement;
            return root ? elementLines(root, ctx) : [];
          }

          function elementLines(e, ctx) {
            if (unread.has(e.tagName) && !(e.tagName === 'svg' && e.getAttribute('role'))) return [];
            if (!rendered(e)) return [];
            const shown = visible(e);
            const role = roleOf(e);
            // Refs in document order: an element that may get a line is numbered before its descendants.
            if (shown && (role || hasOwnText(e))) refOf(e);
            if (role === 'frame') {
              if (!shown) return [];
              const name = viewName(e, role) || norm((frameDocument(e) || {}).title || '');
              return [{ d: 0, r: refOf(e), t: 'frame' + (name ? ' ' + quote(short(name)) : '') },
                ...shift(frameLines(e, ctx), 1)];
            }
            if (!role) {
              const text = ctx.consumed.has(e) ? '' : norm(ownText(e, ctx.consumed));
              if (e.tagName === 'LABEL' && e.control && text && norm(viewName(e.control, roleOf(e.control))) === text) {
                return childLines(e, ctx);
              }
              const inner = childLines(e, ctx);
              const merged = mergeable(inner, ctx, text);
              if (merged != null && shown && (text || inner.length > 1)) return [textLine(e, merged)];
              if (!text || !shown) return inner;
              return [textLine(e, text), ...shift(inner, 1)];
            }
            if (!shown) return controls.has(role) || fromContent.has(role) ? [] : childLines(e, ctx);
            let name = viewName(e, role);
            let inner = [];
            if (fromContent.has(role)) {
              inner = childLines(e, ctx).filter((l) => l.r && interactive(l)).map((l) => Object.assign({}, l, { d: 0 }));
            } else if (!controls.has(role)) {
              if (nameFromText.has(role) && !name) name = norm(ownText(e, ctx.consumed));
              inner = childLines(e, ctx);
              const merged = nameFromText.has(role) && !labelled(e) ? mergeable(inner, ctx, name) : null;
              if (merged != null) { name = merged; inner = []; }
            }
            // A list or group keeps a line of its own when it summarised its items: the ref a closer look needs.
            const summarised = inner.some((l) => l.d === 0 && l.like);
            if (role === 'list' && !name && !summarised) return inner;
            // A cell that only holds a link or button of its own name is that link or button.
            if (cells.has(role) && inner.length === 1 && inner[0].t.startsWith(inner[0].t.split(' ')[0] + ' ' + quote(short(name)))) {
              return inner;
            }
            if (elidable.has(role) && !name && !summarised && inner.filter((l) => l.d === 0).length <= 1) return inner;
            const line = { d: 0, r: refOf(e), t: role + (name ? ' ' + quote(short(name)) : '') + details(e, role, name, ctx.full) };
            if (role === 'link' && e.getAttribute('href') != null) line.href = hrefText(e);
            return [line, ...shift(inner, 1)];
          }

          // Text lines with nothing under them read as one: in the compact view an element whose lines are
          // only those shows as one line with their text after its own (a closer look keeps them apart).
          const nameFromText = new Set(['listitem', 'group', 'cell', 'columnheader', 'rowheader', 'gridcell']);
          function mergeable(lines, ctx, own) {
            if (ctx.full || !lines.length || !lines.every((l) => l.d === 0 && l.r && l.text != null)) return null;
            const merged = norm([own || '', ...lines.map((l) => l.text)].join(' '));
            return merged.length <= 80 ? merged : null;
          }
          const cells = new Set(['cell', 'gridcell']);
          const textLine = (e, text) => ({ d: 0, r: refOf(e), t: 'text ' + quote(short(text)), text });

          const interactiveRoles = /^(button|link|textbox|searchbox|checkbox|radio|combobox|listbox|slider|spinbutton|switch|tab|menuitem)\b/;
          const interactive = (l) => interactiveRoles.test(l.t || '');

          // A link shows where it goes when its name does not tell it apart (no name, or another link with
          // the same line), and always in a closer look: hrefs are most of a page's bytes otherwise.
          function withHrefs(lines, full) {
            const seen = new Map();
            for (const l of lines) if (l.href != null) seen.set(l.t, (seen.get(l.t) || 0) + 1);
            for (const l of lines) {
              if (l.href != null && (full || l.t === 'link' || seen.get(l.t) > 1)) l.t += ' href=' + l.href;
            }
          }

          function view(ref, full) {
            const ctx = { full: !!full, consumed: new Set(), slots: [] };
            let root = document.body || document.documentElement;
            if (ref) {
              root = byRef(ref);
              if (!root) return { error: 'stale' };
            }
            const lines = root ? elementLines(root, ctx) : [];
            withHrefs(lines, ctx.full);
            window.__wtcViewSlots = ctx.slots;
            return { url: location.href, title: document.title, doc: docKey, lines };
          }
        """#
}
