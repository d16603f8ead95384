extension PageScript {
    /// The check Playwright calls hit-target interception: the driver finds the element's centre, then
    /// sends the input events a round trip or more later, and a page still laying out (images arriving
    /// above a "Next" link, a banner sliding in) may have moved something else under that point by then.
    /// `armClick` listens, in the capture phase, for the pointer and mouse events of the coming click; an
    /// event whose target is not the element (or inside it, or its label) is stopped and its default action
    /// prevented, so nothing else is clicked, and `clickResult` tells the driver, which then looks for the
    /// element again. It also notes a cross-document navigation the click requests of this context's own
    /// frame (`navigate` event of the Navigation API), so the driver waits for it even when the browser
    /// reports it late. `settledTarget` is the stability check before it.
    static let clickGuard = #"""
          function armClick() {
            const e = window.__wtcLast;
            if (window.__wtcGuard) window.__wtcGuard.disarm();
            if (!e || !e.isConnected) return false;
            const win = e.ownerDocument.defaultView;
            const state = { missed: null, navigating: false };
            const inside = (t) => !!t && (t === e || contains(e, t) || (e.labels && [...e.labels].some((l) => contains(l, t))));
            // The checks end with the click they were armed for (the navigation it asks for comes after the
            // click event), and everything after 10 s in any case.
            // The first input event of the click decides: a press that reached the element lets the rest of
            // the click through (a page may re-render the element while it is pressed), one that did not
            // stops it all. Only input the driver sends counts (trusted events), never a page's own clicks.
            let reached = null;
            const check = (ev) => {
              if (!ev.isTrusted) return;
              const t = ev.composedPath ? ev.composedPath()[0] : ev.target;
              if (reached === null) reached = inside(t);
              if (ev.type === 'click') guard.stopChecking();
              if (reached) return;
              if (!state.missed) state.missed = describe(t && t.nodeType === 1 ? t : e.ownerDocument.documentElement);
              ev.stopImmediatePropagation();
              ev.preventDefault();
            };
            const kinds = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click', 'auxclick', 'dblclick'];
            const nav = (ev) => { if (!ev.destination || !ev.destination.sameDocument) state.navigating = !ev.downloadRequest; };
            kinds.forEach((k) => win.addEventListener(k, check, true));
            if (window.navigation) window.navigation.addEventListener('navigate', nav);
            const timer = setTimeout(() => guard.disarm(), 10000);
            const guard = { state,
              stopChecking() { kinds.forEach((k) => win.removeEventListener(k, check, true)); },
              disarm() {
                clearTimeout(timer);
                guard.stopChecking();
                if (window.navigation) window.navigation.removeEventListener('navigate', nav);
                if (window.__wtcGuard === guard) window.__wtcGuard = null; } };
            window.__wtcGuard = guard;
            window.__wtcLastGuard = guard;
            return true;
          }

          // `target`, looked at again after the next animation frame: `stable` when the element is the same
          // and its centre has not moved (what a second look one poll later would tell, a poll sooner). A
          // page that draws no frame answers with the first look after 100 ms.
          function settledTarget(spec) {
            const first = target(spec);
            if (first.error || first.frame || first.x === undefined) return first;
            const e = window.__wtcLast;
            return new Promise((done) => {
              const timer = setTimeout(() => done(first), 100);
              requestAnimationFrame(() => {
                clearTimeout(timer);
                const again = target(spec);
                again.stable = window.__wtcLast === e && again.x === first.x && again.y === first.y;
                done(again);
              });
            });
          }

          function clickResult() {
            const guard = window.__wtcLastGuard;
            window.__wtcLastGuard = null;
            if (!guard) return { missed: null, navigating: false };
            guard.disarm();
            return guard.state;
          }
        """#
}
