"""Prints the service benchmark's table from the JSON lines polls.py and drain.py wrote (one file each).
Exits 1 when a request failed or a drained task did not succeed (the numbers are then not comparable).

Usage: report.py FILE…
"""

import json
import sys


def ms(value):
    return f"{value:9.2f}"


def polls_table(runs):
    print("\nresult polls: open loop, keep-alive, latency from each request's due time")
    print(f"{'store':9} {'target':8} {'rate':>6} {'sent':>7} {'ok':>7} {'errors':>6} {'rate/s':>7} "
          f"{'p50 ms':>9} {'p90 ms':>9} {'p99 ms':>9} {'max ms':>9} {'srv CPU s':>9} {'load':>11}")
    for run in runs:
        for target in ("poll", "healthz"):
            s = run[target]
            print(f"{run['label']:9} {target:8} {run['rate']:6g} {s['sent']:7d} {s['ok']:7d} {s['errors']:6d} "
                  f"{s['rate']:7.1f} {ms(s['p50_ms'])} {ms(s['p90_ms'])} {ms(s['p99_ms'])} {ms(s['max_ms'])} "
                  f"{s['server_cpu_s']:9.2f} {s['load_before']:>5}-{s['load_after']:<5}")
        poll, health = run["poll"], run["healthz"]
        cpu = [1000 * run[t]["server_cpu_s"] / max(1, run[t]["ok"]) for t in ("poll", "healthz")]
        print(f"{run['label']:9} ratio    poll p99 / healthz p99 = {poll['p99_ms'] / health['p99_ms']:.2f}x, "
              f"p50 {poll['p50_ms'] / health['p50_ms']:.2f}x; server CPU per request "
              f"{cpu[0]:.3f} ms vs {cpu[1]:.3f} ms")
        for target in ("poll", "healthz"):
            if run[target]["rate"] < 0.95 * run["rate"]:
                print(f"{'':9} {target} OVERLOADED: {run[target]['rate']:.0f} of {run['rate']:g}/s answered; its "
                      "latency is mostly time queued behind earlier requests")
            if run[target]["error_kinds"]:
                print(f"{'':9} {target} errors: {run[target]['error_kinds']}")


def drain_table(runs):
    print("\nqueue drain: tasks started at once, time until the last is completed")
    print(f"{'store':9} {'workers':>7} {'tasks':>5} {'keys':>4} {'seconds':>8} {'tasks/s':>8} {'p50 s':>7} "
          f"{'p99 s':>7} {'mean run s':>10} {'mean wait s':>11} {'success':>7} {'explored':>8} {'replayed':>8}")
    for run in runs:
        mean_run = "n/a" if run["mean_run_s"] is None else f"{run['mean_run_s']:.3f}"
        # Every task was queued at the start, so its time is its wait for a worker plus its own run.
        mean_wait = "n/a" if run["mean_run_s"] is None else f"{run['per_task_mean_s'] - run['mean_run_s']:.2f}"
        print(f"{run['label']:9} {run['workers']:7d} {run['tasks']:5d} {run['keys']:4d} {run['seconds']:8.2f} "
              f"{run['tasks_per_s']:8.2f} {run['per_task_p50_s']:7.2f} {run['per_task_p99_s']:7.2f} "
              f"{mean_run:>10} {mean_wait:>11} {run['success']:7d} {run['explores']:8d} {run['replays']:8d}")
        if run["failures"]:
            print(f"{'':9} failures: {run['failures']}")
    by_store = {}
    for run in runs:
        by_store.setdefault(run["label"], {})[run["workers"]] = run
    for label, runs_by_workers in by_store.items():
        one = runs_by_workers.get(1)
        for workers, run in sorted(runs_by_workers.items()):
            if one is not None and workers != 1:
                print(f"{label:9} speed-up {workers} workers vs 1: "
                      f"{run['tasks_per_s'] / one['tasks_per_s']:.2f}x")


def main():
    records = []
    for path in sys.argv[1:]:
        with open(path) as f:
            records += [json.loads(line) for line in f if line.strip()]
    polls = [r for r in records if r["kind"] == "polls"]
    drains = [r for r in records if r["kind"] == "drain"]
    if polls:
        polls_table(polls)
    if drains:
        drain_table(drains)
    broken = [f"{r['label']} {t} at {r['rate']:g}/s: {r[t]['errors']} errors" for r in polls
              for t in ("poll", "healthz") if r[t]["errors"]]
    broken += [f"{r['label']} drain with {r['workers']} workers: {r['tasks'] - r['success']} tasks did not succeed"
               for r in drains if r["success"] != r["tasks"]]
    for line in broken:
        print(f"service.sh: {line}", file=sys.stderr)
    return 1 if broken else 0


sys.exit(main())
