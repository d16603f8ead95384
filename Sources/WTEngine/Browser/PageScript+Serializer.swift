extension PageScript {
    /// The serializer: the composed tree as HTML, with open shadow roots as `<wtc-shadow-root>`, each frame's
    /// document as a `<wtc-frame>` child of its iframe or frame (`<frame>` and `<frameset>` written under
    /// aliases libxml2 nests, which the parse renames back: `FrameElements` in WTExtract), and form state (value, checked, selected) as
    /// attributes. A frame this context cannot read (cross-origin) becomes a slot the driver fills with the
    /// frame's own `frameSnapshot`; its element is kept in `window.__wtcSlots` for that. The slot names the
    /// driver's token, which the page cannot guess, so page content never passes for a slot.
    static let serializer = #"""
          const voids = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
          const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
          const escAttr = (s) => esc(s).replace(/"/g, '&quot;');
          let slots = [], slotToken = '';
          // Whether each element is `visible` (the rule actions wait for). Only changes from the parent are
          // marked (wtc-hidden, wtc-shown), so a hidden menu adds one attribute, not one per element; libxml2
          // reads the nearest mark.
          // Inside an element that is not rendered at all (display: none), nothing is: no need to ask.
          function visibilityMark(el, parentShown) {
            const parent = el.parentElement;
            if (parent && parent.__wtcGone) { el.__wtcShown = false; el.__wtcGone = true; return ''; }
            let shown;
            try { shown = el.ownerDocument.defaultView ? visible(el) : false; } catch (e) { shown = parentShown; }
            el.__wtcShown = shown;
            el.__wtcGone = !shown && typeof el.checkVisibility === 'function' && !el.checkVisibility();
            if (shown === parentShown) return '';
            return shown ? ' wtc-shown=""' : ' wtc-hidden=""';
          }
          function parentShown(node) {
            const p = node.parentNode;
            if (!p) return true;
            if (p.nodeType === 11) return p.host ? p.host.__wtcShown !== false : true;
            return p.nodeType === 1 ? p.__wtcShown !== false : true;
          }
          function serialize(node) {
            if (node.nodeType === 3) return esc(node.data);
            if (node.nodeType === 8) return '';
            if (node.nodeType !== 1 && node.nodeType !== 11) return '';
            if (node.nodeType === 11) return [...node.childNodes].map(serialize).join('');
            const tag = node.tagName.toLowerCase();
            // libxml2 would empty a <frame> and break up a <frameset>: aliases it renames back (FrameElements).
            const name = tag === 'frame' ? 'wtc-frame-element' : tag === 'frameset' ? 'wtc-frameset' : tag;
            let out = '<' + name;
            // Live form state replaces the attributes it shadows, so extraction sees what a person sees.
            const toggle = tag === 'input' && (node.type === 'checkbox' || node.type === 'radio');
            for (const a of node.attributes) {
              if (tag === 'input' && ((a.name === 'value' && !toggle) || a.name === 'checked')) continue;
              if (tag === 'option' && a.name === 'selected') continue;
              out += ' ' + a.name + '="' + escAttr(a.value) + '"';
            }
            if (tag === 'input') {
              if (!toggle && node.value !== '') out += ' value="' + escAttr(node.value) + '"';
              if (node.checked) out += ' checked="checked"';
            }
            if (tag === 'option' && node.selected) out += ' selected="selected"';
            out += visibilityMark(node, parentShown(node));
            out += '>';
            if (voids.has(tag)) return out;
            if (node.shadowRoot) out += '<wtc-shadow-root>' + serialize(node.shadowRoot) + '</wtc-shadow-root>';
            if ((tag === 'iframe' || tag === 'frame')) {
              const doc = frameDocument(node);
              if (doc && doc.documentElement) {
                out += '<wtc-frame>' + serialize(doc.body || doc.documentElement) + '</wtc-frame>';
              } else if (!doc) {
                slots.push(node);
                out += '<wtc-frame-slot id="' + slotToken + '-' + (slots.length - 1) + '"></wtc-frame-slot>';
              }
            } else if (tag === 'textarea') {
              out += esc(node.value);
            } else if (tag === 'template') {
              out += serialize(node.content);
            } else {
              for (const child of node.childNodes) out += serialize(child);
            }
            return out + '</' + name + '>';
          }

          // Serializes `node` with fresh slots; the slot count tells the driver how many frames to fill.
          function serializeWithSlots(node, token) {
            slots = []; slotToken = token || '';
            const html = serialize(node);
            window.__wtcSlots = slots;
            return { html, slots: slots.length };
          }

          function snapshot(token) {
            looked();
            const r = serializeWithSlots(document.documentElement, token);
            // A quirks-mode page stays one in the snapshot (no DOCTYPE), so class and id selectors ignore case
            // there as they do in the page.
            const doctype = document.compatMode === 'BackCompat' ? '' : '<!DOCTYPE html>';
            return { url: location.href, title: document.title, html: doctype + r.html, slots: r.slots };
          }

          // A frame's part of the snapshot: what a same-origin parent puts inside <wtc-frame>. A frame that
          // failed to load shows Chromium's error page (never readable from its parent): it is left out.
          function frameSnapshot(token) {
            if (location.protocol === 'chrome-error:') return { skipped: true };
            return serializeWithSlots(document.body || document.documentElement, token);
          }
        """#

    /// The slot the serializer leaves for the cross-origin frame at `index` of one serialization.
    static func slot(token: String, index: Int) -> String {
        "<wtc-frame-slot id=\"\(token)-\(index)\"></wtc-frame-slot>"
    }
}
