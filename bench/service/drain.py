"""Queue drain against one `wtc serve`: TASKS start requests at once (8 connections) over KEYS reuse keys
named PREFIX-0 … (the first run per key explores with the recorded conversation, the rest replay), then
waits (deadline 600 s) until every task is completed, watching the task list (`status=completed`, its
newest pages of 200) every 0.1 s. Prints one JSON object on stdout: the drain time from the first start request
to the last completion seen, tasks/s, per-task time from its start request to its completion (p50/p99, to
the watcher's 0.1 s), outcomes, explores vs replays, and the mean run time from the server's
`wtc_run_duration_seconds` histogram (so mean queue wait = mean per-task time - mean run time).

Usage: drain.py API WORKSPACE KEY START_URL PREFIX LABEL TASKS KEYS WORKERS
"""

import asyncio
import json
import math
import re
import sys
import time
import urllib.parse
import urllib.request

from http_load import Connection, call_json

TASK = "Collect every quote tagged love, with its author and tags"
DEADLINE = 600.0
WATCH_EVERY = 0.1


def percentile(values, p):
    """Nearest rank."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(p * len(ordered) / 100 - 1e-9) - 1))]


def run_duration(api):
    """(sum, count) of wtc_run_duration_seconds from /metrics, or None when the server has no such metric."""
    with urllib.request.urlopen(api + "/metrics", timeout=10) as answer:
        text = answer.read().decode()
    found = {}
    for name in ("sum", "count"):
        match = re.search(rf"^wtc_run_duration_seconds_{name}(?:{{[^}}]*}})? ([0-9.e+-]+)$", text, re.M)
        if match is None:
            return None
        found[name] = float(match.group(1))
    return found["sum"], found["count"]


async def submit(host, port, workspace, headers, bodies, submitted):
    """Sends the start requests from one connection; records each task's send time by id."""
    connection = Connection(host, port)
    try:
        while bodies:
            body = bodies.pop()
            sent = time.monotonic()
            status, answer = await call_json(connection, "POST", f"{workspace}/web-tasks/start", headers, body)
            if status != 200:
                sys.exit(f"drain: start answered {status}: {answer}")
            submitted[answer["webTaskId"]] = sent
    finally:
        connection.close()


async def completed_page(connection, workspace, headers, cursor):
    """One page of completed tasks, newest first; returns (items, next cursor or None)."""
    path = f"{workspace}/web-tasks?status=completed&limit=200"
    if cursor:
        path += "&cursor=" + urllib.parse.quote(cursor, safe="")
    status, page = await call_json(connection, "GET", path, headers)
    if status != 200:
        sys.exit(f"drain: the task list answered {status}: {page}")
    return page["items"], page.get("nextCursor")


async def watch(connection, workspace, headers, submitted, total, done):
    """Polls the completed tasks until all `total` submitted ones are seen; records when each was seen.
    Ours are the newest tasks, so the first ceil(total / 200) pages hold them all once they are done."""
    deadline = time.monotonic() + DEADLINE
    while len(done) < total:
        if time.monotonic() > deadline:
            sys.exit(f"drain: only {len(done)} of {total} tasks completed within {DEADLINE:g} s")
        await asyncio.sleep(WATCH_EVERY)
        cursor = None
        for _ in range(math.ceil(total / 200)):
            items, cursor = await completed_page(connection, workspace, headers, cursor)
            seen = time.monotonic()
            for item in items:
                if item["webTaskId"] in submitted and item["webTaskId"] not in done:
                    done[item["webTaskId"]] = (seen, item.get("outcome"))
            if cursor is None:
                break


async def details(connection, workspace, headers, task_ids):
    """How many runs replayed a saved program (reuse.used) and the failures' error codes."""
    replays, failures = 0, {}
    for task_id in task_ids:
        _, result = await call_json(connection, "GET", f"{workspace}/web-tasks/{task_id}/result", headers)
        replays += bool((result.get("reuse") or {}).get("used"))
        if result.get("outcome") != "success":
            code = (result.get("error") or {}).get("code", "unknown")
            failures[code] = failures.get(code, 0) + 1
    return replays, failures


async def main():
    api, workspace_id, key, start_url, prefix, label = sys.argv[1:7]
    tasks, keys, workers = (int(x) for x in sys.argv[7:10])
    url = urllib.parse.urlsplit(api)
    headers = {"x-api-key": key}
    workspace = f"/api/v1/workspace/{workspace_id}"
    bodies = [{"task": TASK, "startUrl": start_url, "reuseKey": f"{prefix}-{i % keys}"} for i in range(tasks)]
    bodies.reverse()  # popped from the end: key 0, 1, 2, … in order
    before = run_duration(api)
    submitted, done = {}, {}
    watcher = Connection(url.hostname, url.port)
    start = time.monotonic()
    watching = asyncio.create_task(watch(watcher, workspace, headers, submitted, tasks, done))
    await asyncio.gather(*[submit(url.hostname, url.port, workspace, headers, bodies, submitted) for _ in range(8)])
    submit_seconds = time.monotonic() - start
    await watching
    last = max(seen for seen, _ in done.values())
    per_task = [done[i][0] - submitted[i] for i in submitted]
    replays, failures = await details(watcher, workspace, headers, list(submitted))
    watcher.close()
    after = run_duration(api)
    mean_run = None
    if before is not None and after is not None and after[1] > before[1]:
        mean_run = (after[0] - before[0]) / (after[1] - before[1])
    seconds = last - start
    print(json.dumps({
        "kind": "drain", "label": label, "workers": workers, "tasks": tasks, "keys": keys,
        "submit_s": round(submit_seconds, 3), "seconds": round(seconds, 3), "tasks_per_s": round(tasks / seconds, 2),
        "per_task_p50_s": round(percentile(per_task, 50), 3), "per_task_p99_s": round(percentile(per_task, 99), 3),
        "per_task_mean_s": round(sum(per_task) / len(per_task), 3),
        "mean_run_s": None if mean_run is None else round(mean_run, 3),
        "success": sum(1 for _, outcome in done.values() if outcome == "success"),
        "replays": replays, "explores": tasks - replays, "failures": failures,
    }))


asyncio.run(main())
