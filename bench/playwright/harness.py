"""The samples benchmark (run by bench/playwright.sh): for each sample, `wtc exec` in browser mode against
bench/playwright/<sample>.py (Python Playwright + parsel driving the same Chromium binary), and wtc's
http mode where the program can run over plain HTTP. Whole processes, against the sample's own site
on loopback.

Usage: harness.py RUNS        (from the repository root, after the release build)

For each sample it
1. checks the outputs: wtc browser == Playwright (challenge: all but report.path), == expected.json,
   and wtc http == wtc browser where http applies;
2. times RUNS whole processes of each, interleaved (wtc, Playwright, wtc http, wtc, …) so that load from
   other work on the machine falls on all of them alike, and takes the median;
3. runs each once more with progress on and timestamps every stderr line as it arrives: start-up
   (process start → first step begins), the steps, and the end (last step → exit), per program line;
4. runs wtc once with WTC_DEBUG=cdp to split its start-up: process → spawn, spawn → browser answers,
   → first navigation;
5. runs the Playwright peer once with --loads: the browser's own page-load time from DevTools timing
   events (see common.LoadRecorder), to set wtc's wall time against.
"""
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

WTC = ".build/release/wtc"
SITE = ".build/release/wtc-sample-site"
PYTHON = "bench/.venv/bin/python"
SAMPLES = ["quotes", "products", "rates", "login", "feed", "challenge", "quote-form", "search"]
HTTP_TOO = {"quotes", "products", "rates", "login"}    # the programs that can run over plain HTTP
PASSWORD = "correct horse battery staple"              # the login sample's demo account (a fixture)
TIMEOUT = 120                                           # seconds; a run that hangs is killed, not waited on

STEP_LINE = re.compile(r"^\[(\d+)\] line (\d+)  (.*?)  (\d+) ms(?:  \d+ records)?$")
SETUP_LINE = re.compile(r"^\[setup\] (.*?)  (\d+) ms$")


def wtc_cmd(sample, base, mode, run_dir, quiet=True):
    cmd = [WTC, "exec", f"samples/{sample}/program.wt", "--mode", mode, "--run-dir", run_dir,
           "--param", f"base_url={base}"]
    if sample == "login":
        cmd += ["--param", f"password={PASSWORD}"]
    return cmd + (["--quiet"] if quiet else [])


def peer_cmd(sample, base, run_dir, quiet=True, loads=None):
    cmd = [PYTHON, f"bench/playwright/{sample}.py", base] + ([PASSWORD] if sample == "login" else [])
    cmd += ["--run-dir", run_dir] + (["--loads", loads] if loads else [])
    return cmd + (["--quiet"] if quiet else [])


def end(proc):
    """Stops a run we gave up on: SIGTERM to its session first, since wtc answers it by killing the
    Chromium it started (in a process group of its own) and Playwright's driver closes its browser when
    its Python parent goes; SIGKILL to whatever is left after 5 s."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            return
        try:
            proc.wait(timeout=5)
            return
        except subprocess.TimeoutExpired:
            continue


def run(cmd, env=None, stdout=subprocess.DEVNULL):
    """Runs a whole process in its own session; returns (seconds, stdout bytes or None)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=stdout, stderr=subprocess.DEVNULL, env=env, start_new_session=True)
    try:
        out, _ = proc.communicate(timeout=TIMEOUT)
    except BaseException:          # a hang (TimeoutExpired) or Ctrl-C: leave nothing running
        end(proc)
        raise
    took = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"exit {proc.returncode}: {' '.join(cmd)}")
    return took, out


def timestamped(cmd, env=None):
    """Runs a process and returns [(ms since start, stderr line)] and its total time in ms."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env,
                            start_new_session=True, text=True)
    lines = []
    try:
        for line in proc.stderr:
            lines.append(((time.perf_counter() - start) * 1000, line.rstrip("\n")))
        proc.wait(timeout=TIMEOUT)
    except BaseException:
        end(proc)
        raise
    if proc.returncode != 0:
        raise SystemExit(f"exit {proc.returncode}: {' '.join(cmd)}")
    return lines, (time.perf_counter() - start) * 1000


def phases(lines, total):
    """From timestamped progress lines: start-up, the steps' span, the end, per-line step times, setup."""
    steps = [(t, STEP_LINE.match(text)) for t, text in lines if STEP_LINE.match(text)]
    setup = {m.group(1): int(m.group(2)) for _, text in lines if (m := SETUP_LINE.match(text))}
    first_t, first = steps[0]
    startup = first_t - int(first.group(4))           # the first step began when it printed minus its time
    last_t = steps[-1][0]
    per_line = {}
    for _, m in steps:
        n, ms = per_line.get(int(m.group(2)), (0, 0))
        per_line[int(m.group(2))] = (n + 1, ms + int(m.group(4)))
    return {"startup": startup, "steps": last_t - startup, "end": total - last_t, "total": total,
            "lines": per_line, "setup": setup}


def cdp_startup(lines):
    """wtc's start-up from a WTC_DEBUG=cdp run: process → first command sent (the browser was spawned
    just before), → first reply (the browser is up), → first Page.navigate (context, tab, scripts ready)."""
    sent = next(t for t, s in lines if s.startswith("[cdp] →"))
    reply = next(t for t, s in lines if s.startswith("[cdp] ←"))
    navigate = next(t for t, s in lines if s.startswith("[cdp] →") and '"Page.navigate"' in s)
    return {"process→spawn": sent, "spawn→browser answers": reply - sent, "→first navigate": navigate - reply}


def with_placeholders(value, base, run_dir):
    """expected.json with BASE and RUNDIR filled in."""
    if isinstance(value, dict):
        return {k: with_placeholders(v, base, run_dir) for k, v in value.items()}
    if isinstance(value, list):
        return [with_placeholders(v, base, run_dir) for v in value]
    if isinstance(value, str):
        if value == "BASE" or value.startswith("BASE/"):
            return base + value[4:]
        if value.startswith("RUNDIR/"):
            return run_dir + value[6:]
    return value


def without_path(result):
    """A challenge result without report.path: each run downloads into its own folder."""
    result = json.loads(json.dumps(result))
    if isinstance(result.get("report"), dict):
        result["report"].pop("path", None)
    return result


def start_site(sample):
    proc = subprocess.Popen([SITE, sample, "--seconds", "600"], stdout=subprocess.PIPE, text=True,
                            start_new_session=True)
    base = proc.stdout.readline().strip()
    if not base.startswith("http"):
        proc.kill()
        raise SystemExit(f"wtc-sample-site {sample} printed {base!r}")
    return proc, base.rstrip("/")


def bench(sample, runs, scratch):
    site, base = start_site(sample)
    try:
        return measure(sample, base, runs, scratch)
    finally:
        end(site)


def measure(sample, base, runs, scratch):
    n = 0

    def fresh_dir():
        nonlocal n
        n += 1
        path = os.path.join(scratch, f"{sample}-{n}")
        os.makedirs(path)
        return path

    # 1. Outputs.
    wtc_dir, peer_dir = fresh_dir(), fresh_dir()
    ours = json.loads(run(wtc_cmd(sample, base, "browser", wtc_dir), stdout=subprocess.PIPE)[1])
    theirs = json.loads(run(peer_cmd(sample, base, peer_dir), stdout=subprocess.PIPE)[1])
    expected = with_placeholders(json.load(open(f"samples/{sample}/expected.json")), base, wtc_dir)
    check = {"identical": without_path(ours) == without_path(theirs), "expected": ours == expected}
    if sample in HTTP_TOO:
        over_http = json.loads(run(wtc_cmd(sample, base, "http", fresh_dir()), stdout=subprocess.PIPE)[1])
        check["http"] = over_http == ours

    # 2. Whole processes, interleaved.
    times = {"wtc": [], "pw": [], "http": []}
    for _ in range(runs):
        times["wtc"].append(run(wtc_cmd(sample, base, "browser", fresh_dir()))[0])
        times["pw"].append(run(peer_cmd(sample, base, fresh_dir()))[0])
        if sample in HTTP_TOO:
            times["http"].append(run(wtc_cmd(sample, base, "http", fresh_dir()))[0])
    medians = {k: statistics.median(v) * 1000 for k, v in times.items() if v}

    # 3. Steps, 4. wtc's start-up, 5. the browser's own load time.
    wtc_steps = phases(*timestamped(wtc_cmd(sample, base, "browser", fresh_dir(), quiet=False)))
    pw_steps = phases(*timestamped(peer_cmd(sample, base, fresh_dir(), quiet=False)))
    debug_env = dict(os.environ, WTC_DEBUG="cdp")
    wtc_start = cdp_startup(timestamped(wtc_cmd(sample, base, "browser", fresh_dir(), quiet=False), debug_env)[0])
    loads_file = os.path.join(scratch, f"{sample}.loads.json")
    run(peer_cmd(sample, base, fresh_dir(), loads=loads_file))
    loads = json.load(open(loads_file))
    return {"check": check, "times": times, "medians": medians, "wtc_steps": wtc_steps,
            "pw_steps": pw_steps, "wtc_start": wtc_start, "loads": loads}


def fmt(ms):
    return f"{ms:.0f}" if ms is not None else "-"


def report(results, runs):
    print(f"\n== Whole process, median of {runs} runs (ms); same Chromium binary, same loopback site ==")
    head = (f"{'sample':11} {'wtc browser':>11} {'playwright':>10} {'pw/wtc':>7} {'wtc http':>9} "
            f"{'browser/http':>12}  outputs")
    print(head)
    print("-" * len(head) + "-" * 30)
    for sample, r in results.items():
        m, c = r["medians"], r["check"]
        http = m.get("http")
        outputs = ("identical" if c["identical"] else "DIFFERENT") + (", = expected.json" if c["expected"]
                                                                         else ", wtc ≠ expected.json")
        if "http" in c:
            outputs += ", http = browser" if c["http"] else ", http ≠ browser"
        ratio = f"{m['wtc'] / http:.1f}x" if http else "-"
        print(f"{sample:11} {fmt(m['wtc']):>11} {fmt(m['pw']):>10} {m['pw'] / m['wtc']:6.2f}x "
              f"{fmt(http):>9} {ratio:>12}  {outputs}")
    met = [s for s, r in results.items() if r["medians"]["pw"] / r["medians"]["wtc"] >= 2]
    print(f"goal 'wtc at most half of Playwright's wall time' (pw/wtc >= 2.00x): met by {len(met)} of "
          f"{len(results)}{': ' + ', '.join(met) if met else ''}")
    print("every run (ms), in order:")
    for sample, r in results.items():
        each = lambda key: "/".join(fmt(t * 1000) for t in r["times"][key])
        print(f"  {sample:11} wtc {each('wtc')}  pw {each('pw')}" + (f"  http {each('http')}" if r["times"]["http"] else ""))

    print("\n== Launch: one run each with timestamped stderr (ms) ==")
    print(f"{'sample':11} {'wtc start-up':>12} {'= process→spawn':>15} {'+ browser up':>12} {'+ page ready':>12} "
          f"{'pw start-up':>11} {'= driver':>8} {'+ launch':>8} {'+ ctx+page':>10} {'wtc end':>7} {'pw end':>6}")
    for sample, r in results.items():
        w, p, d = r["wtc_steps"], r["pw_steps"], r["wtc_start"]
        s = p["setup"]
        print(f"{sample:11} {fmt(w['startup']):>12} {fmt(d['process→spawn']):>15} "
              f"{fmt(d['spawn→browser answers']):>12} {fmt(d['→first navigate']):>12} "
              f"{fmt(p['startup']):>11} {fmt(s.get('driver start')):>8} {fmt(s.get('launch')):>8} "
              f"{fmt(s.get('context + page')):>10} {fmt(w['end']):>7} {fmt(p['end']):>6}")
    print("start-up = process start → first step begins; end = last step done → process exited. wtc's split "
          "comes from a separate WTC_DEBUG=cdp run (its own timings, so it need not add up exactly);\n"
          "Playwright's from the script's own timers (driver = sync_playwright().start(), Node starting).")

    print("\n== Per step: one run each, ms summed per program line (n× = times the line ran) ==")
    for sample, r in results.items():
        source = open(f"samples/{sample}/program.wt").read().splitlines()
        w, p = r["wtc_steps"], r["pw_steps"]
        print(f"-- {sample}: steps span wtc {fmt(w['steps'])} / playwright {fmt(p['steps'])}; "
              f"whole run wtc {fmt(w['total'])} / playwright {fmt(p['total'])}")
        for line in sorted(set(w["lines"]) | set(p["lines"])):
            a, b = w["lines"].get(line), p["lines"].get(line)
            cell = lambda x: f"{x[0]:>2}× {x[1]:6d}" if x else f"{'-':>10}"
            print(f"   {line:3d} {source[line - 1].strip()[:52]:52} wtc {cell(a)}   pw {cell(b)}")

    print("\n== Against the browser's own page-load time (DevTools timing events, from a Playwright run) ==")
    print(f"{'sample':11} {'loads ms':>8} {'requests':>8} {'docs':>5} {'wtc wall':>8} {'wall/loads':>10} "
          f"{'wtc steps':>9} {'steps/loads':>11}")
    for sample, r in results.items():
        l, w = r["loads"], r["wtc_steps"]
        wall = r["medians"]["wtc"]
        print(f"{sample:11} {fmt(l['loadMs']):>8} {l['requests']:>8} {l['documents']:>5} {fmt(wall):>8} "
              f"{wall / l['loadMs']:9.2f}x {fmt(w['steps']):>9} {w['steps'] / l['loadMs']:10.2f}x")
    print("loads = union of the intervals during which the browser had a request in flight "
          "(Network.requestWillBeSent → loadingFinished/Failed) or a document not yet at its load event\n"
          "(→ Page.lifecycleEvent 'load'), on the browser's clock, measured in a Playwright run of the same "
          "pages. It includes the sites' own server delays (feed API 250 ms a batch,\n"
          "challenge publish 500 ms) but not launching Chromium, the quote form's 200 ms autocomplete "
          "debounce, or the 2 s wtc waits after the feed's last scroll to see that nothing new loads.\n"
          "'wall' is wtc's whole-process median from the table above; 'steps' is the span of its steps in "
          "the per-step run (no process start, launch or close).")


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    scratch = tempfile.mkdtemp(prefix="wtc-bench-pw-")
    try:
        results = {}
        for sample in SAMPLES:
            print(f"{sample}…", file=sys.stderr, flush=True)
            results[sample] = bench(sample, runs, scratch)
        report(results, runs)
        if not all(r["check"]["identical"] for r in results.values()):
            sys.exit(1)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
