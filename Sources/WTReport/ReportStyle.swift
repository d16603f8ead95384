/// The one stylesheet of the run report and the console (which serves it as `/console.css`), so both look
/// the same. Plain CSS with no external resources; colours come in pairs for light and dark schemes, and
/// state is never shown by colour alone (each state also has a word or a mark).
public enum ReportStyle {
    public static let css = """
        :root { --fg: #1d2330; --muted: #5b6475; --bg: #ffffff; --panel: #f5f7fa; --line: #d9dee7;
          --ok: #116b3a; --ok-bg: #e6f4ea; --bad: #a3161b; --bad-bg: #fdecec; --warn: #7a4d00;
          --link: #1a56b8; --code: #f0f2f6; --mark: #fff4c2; }
        @media (prefers-color-scheme: dark) {
          :root { --fg: #e6e9ef; --muted: #a3abba; --bg: #14171d; --panel: #1c2029; --line: #343a47;
            --ok: #7ad19a; --ok-bg: #173322; --bad: #ff9b9b; --bad-bg: #3a1a1c; --warn: #f0c46a;
            --link: #8ab4ff; --code: #222733; --mark: #4a4220; }
        }
        * { box-sizing: border-box; }
        body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg);
          background: var(--bg); }
        a { color: var(--link); }
        a:focus-visible, button:focus-visible, summary:focus-visible, input:focus-visible,
        select:focus-visible, textarea:focus-visible { outline: 3px solid var(--link); outline-offset: 2px; }
        header.top { display: flex; flex-wrap: wrap; align-items: baseline; gap: 1rem; padding: .75rem 1.5rem;
          border-bottom: 1px solid var(--line); background: var(--panel); }
        header.top h1 { font-size: 1.2rem; margin: 0; }
        header.top nav ul { display: flex; gap: 1rem; list-style: none; margin: 0; padding: 0; }
        main { padding: 1rem 1.5rem 3rem; max-width: 78rem; }
        section { margin: 1.5rem 0; }
        h2 { font-size: 1.1rem; margin: 0 0 .5rem; }
        code, pre, .mono { font-family: ui-monospace, "SF Mono", Menlo, Consolas, monospace; font-size: 13px; }
        pre { background: var(--code); padding: .75rem; overflow-x: auto; border-radius: 6px; }
        table { border-collapse: collapse; width: 100%; }
        th, td { text-align: left; padding: .35rem .6rem; border-bottom: 1px solid var(--line); vertical-align: top; }
        th { color: var(--muted); font-weight: 600; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        .muted { color: var(--muted); }
        .badge { display: inline-block; padding: 0 .5rem; border-radius: 999px; font-size: 13px;
          border: 1px solid var(--line); }
        .badge.ok, .verdict.ok { color: var(--ok); background: var(--ok-bg); }
        .badge.failed, .verdict.failed { color: var(--bad); background: var(--bad-bg); }
        .badge.running { color: var(--warn); }
        .verdict { display: inline-block; padding: .15rem .6rem; border-radius: 6px; font-weight: 600; }
        .diagnostic { border-left: 4px solid var(--bad); background: var(--bad-bg); padding: .75rem 1rem;
          border-radius: 0 6px 6px 0; }
        .diagnostic p { margin: .25rem 0; }
        ol.program { list-style: none; margin: 0; padding: 0; border: 1px solid var(--line); border-radius: 6px;
          overflow-x: auto; background: var(--code); }
        ol.program > li { display: grid; grid-template-columns: 3.5rem 1.6rem 1fr auto; gap: .25rem;
          padding: 0 .5rem; }
        ol.program > li.failed { background: var(--bad-bg); }
        ol.program > li.failed .mark { color: var(--bad); }
        ol.program > li.ok .mark { color: var(--ok); }
        ol.program .ln { color: var(--muted); text-align: right; user-select: none; }
        ol.program code { white-space: pre; }
        ol.program .time { color: var(--muted); font-size: 12px; white-space: nowrap; }
        ol.program .explain { grid-column: 3 / 5; margin: 0 0 .25rem; padding-left: 1rem; color: var(--muted);
          font-size: 13px; }
        ol.steps { padding-left: 0; list-style: none; }
        ol.steps > li { border-bottom: 1px solid var(--line); padding: .25rem 0; }
        ol.steps summary { cursor: pointer; }
        .shots { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 1rem;
          margin: .5rem 0; }
        figure { margin: 0; }
        figcaption { color: var(--muted); font-size: 13px; }
        .shot { width: 100%; border: 1px solid var(--line); background-size: contain; background-repeat: no-repeat; }
        img.shot { height: auto; }
        .json ul { list-style: none; margin: 0; padding-left: 1.25rem; }
        .json summary { cursor: pointer; color: var(--muted); }
        .json .key { color: var(--fg); font-weight: 600; }
        .json .string { color: var(--ok); }
        .json .number { color: var(--link); }
        .json .literal { color: var(--warn); }
        .diff { list-style: none; padding: 0; margin: 0; background: var(--code); border-radius: 6px; }
        .diff li { white-space: pre; font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 13px;
          padding: 0 .5rem; }
        .diff li.added { background: var(--ok-bg); }
        .diff li.removed { background: var(--bad-bg); }
        .diff li.hunk { color: var(--muted); }
        form.stack label { display: block; font-weight: 600; margin-top: .75rem; }
        form.stack .hint, form.stack .error { font-weight: normal; font-size: 13px; margin: .1rem 0; }
        form.stack .error { color: var(--bad); }
        input, select, textarea, button { font: inherit; }
        input[type=text], input[type=password], input[type=url], input[type=date], select, textarea {
          padding: .35rem .5rem; border: 1px solid var(--line); border-radius: 4px; background: var(--bg);
          color: var(--fg); max-width: 100%; }
        textarea { width: 100%; min-height: 6rem; }
        button { padding: .4rem 1rem; border-radius: 4px; border: 1px solid var(--link); background: var(--link);
          color: var(--bg); cursor: pointer; }
        button.quiet { background: transparent; color: var(--link); }
        .empty { padding: 2rem; border: 1px dashed var(--line); border-radius: 6px; text-align: center; }
        svg.chart { max-width: 48rem; width: 100%; height: auto; }
        svg.chart .axis { stroke: var(--muted); }
        svg.chart .grid { stroke: var(--line); }
        svg.chart .series { stroke: var(--link); fill: none; stroke-width: 2; }
        svg.chart .point { fill: var(--link); }
        svg.chart text { fill: var(--muted); font-size: 12px; }
        footer { padding: 1rem 1.5rem; color: var(--muted); font-size: 13px; border-top: 1px solid var(--line); }
        """
}
