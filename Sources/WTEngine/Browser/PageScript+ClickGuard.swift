extension PageScript {
    /// The check Playwright calls hit-target interception: the driver finds the element's centre, then
    /// sends the input events a round trip or more later, and a page still laying out (images arriving
    /// above a "Next" link, a banner sliding in) may have moved something else under that point by then.
    /// `armClick` listens, in the capture phase, for the pointer and mouse events of the coming click; an
    /// event whose target is not the element (or inside it, or its label) is stopped and its default action
    /// prevented, so nothing else is clicked, and `clickResult` tells the driver, which then looks for the
    /// element again. It also notes a cross-document navigation the click requests of this context's own
    /// frame (`navigate` event of the Navigation API), so the driver waits for it even when the browser
    /// reports it late.
    static let clickGuard = #"""
          function armClick() {
            const e = window.__wtcLast;
            if (window.__wtcGuard) window.__wtcGuard.disarm();
            if (!e || !e.isConnected) return false;
            const win = e.ownerDocument.defaultView;
            const state = { missed: null, navigating: false };
            const inside = (t) => !!t && (t === e || contains(e, t) || (e.labels && [...e.labels].some((l) => contains(l, t))));
            const check = (ev) => {
              const t = ev.composedPath ? ev.composedPath()[0] : ev.target;
              if (!state.missed && inside(t)) return;
              if (!state.missed) state.missed = describe(t && t.nodeType === 1 ? t : e.ownerDocument.documentElement);
              ev.stopImmediatePropagation();
              ev.preventDefault();
            };
            const kinds = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click', 'auxclick', 'dblclick'];
            const nav = (ev) => { if (!ev.destination || !ev.destination.sameDocument) state.navigating = !ev.downloadRequest; };
            kinds.forEach((k) => win.addEventListener(k, check, true));
            if (window.navigation) window.navigation.addEventListener('navigate', nav);
            window.__wtcGuard = { state, disarm() {
              kinds.forEach((k) => win.removeEventListener(k, check, true));
              if (window.navigation) window.navigation.removeEventListener('navigate', nav);
              window.__wtcGuard = null; } };
            return true;
          }

          function clickResult() {
            const guard = window.__wtcGuard;
            if (!guard) return { missed: null, navigating: false };
            guard.disarm();
            return guard.state;
          }
        """#
}
