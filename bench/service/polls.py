"""Result polls against one `wtc serve`: completes one task, then GETs its result at RATE per second for
SECONDS (open loop, keep-alive), then the same load on `/healthz` of the same server (the HTTP stack's
floor). Each phase starts with WARMUP seconds at the same rate that are not counted. RATES is one rate or
several separated by commas (each measured in turn). Prints one JSON object per rate (both phases'
summaries, the server's and this process's CPU seconds per phase, the load average around each phase) on
stdout; progress on stderr.

Usage: polls.py API WORKSPACE KEY START_URL SERVER_PID LABEL RATES SECONDS WARMUP
"""

import asyncio
import json
import os
import sys
import time
import urllib.parse

from http_load import Connection, call_json, run_load

TASK = "Collect every quote tagged love, with its author and tags"


def server_cpu_seconds(pid):
    """utime + stime of the server process, from /proc (0 where /proc is missing)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except OSError:
        return 0.0


def load_average():
    with open("/proc/loadavg") as f:
        return f.read().split()[0]


async def completed_task(connection, workspace, headers, start_url):
    """Starts the demo task and waits (deadline 120 s) until it is completed; returns its id."""
    body = {"task": TASK, "startUrl": start_url, "reuseKey": "bench-polls"}
    status, started = await call_json(connection, "POST", f"{workspace}/web-tasks/start", headers, body)
    if status != 200:
        sys.exit(f"polls: start answered {status}: {started}")
    task_id = started["webTaskId"]
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        _, result = await call_json(connection, "GET", f"{workspace}/web-tasks/{task_id}/result", headers)
        if result["status"] == "completed":
            if result.get("outcome") != "success":
                sys.exit(f"polls: the task failed: {json.dumps(result)}")
            return task_id
        await asyncio.sleep(0.05)
    sys.exit("polls: the task did not complete within 120 s")


async def phase(name, host, port, path, headers, rate, seconds, warmup, pid, check):
    print(f"  {name}: {warmup:g} s warm-up, then {rate:g}/s for {seconds:g} s", file=sys.stderr, flush=True)
    if warmup > 0:
        await run_load(host, port, path, headers, rate, warmup, check=check)
    before = (server_cpu_seconds(pid), time.process_time(), load_average())
    result = await run_load(host, port, path, headers, rate, seconds, check=check)
    summary = result.summary()
    summary |= {
        "server_cpu_s": round(server_cpu_seconds(pid) - before[0], 2),
        "client_cpu_s": round(time.process_time() - before[1], 2),
        "load_before": before[2], "load_after": load_average(),
    }
    print(f"  {name}: {json.dumps(summary)}", file=sys.stderr, flush=True)
    return summary


async def main():
    api, workspace_id, key, start_url, pid, label = sys.argv[1:7]
    rates = [float(x) for x in sys.argv[7].split(",")]
    seconds, warmup = (float(x) for x in sys.argv[8:10])
    url = urllib.parse.urlsplit(api)
    headers = {"x-api-key": key}
    workspace = f"/api/v1/workspace/{workspace_id}"
    connection = Connection(url.hostname, url.port)
    task_id = await completed_task(connection, workspace, headers, start_url)
    connection.close()
    poll_path = f"{workspace}/web-tasks/{task_id}/result"
    for rate in rates:
        poll = await phase("poll", url.hostname, url.port, poll_path, headers, rate, seconds, warmup, pid,
                           lambda body: b"completed" in body)
        health = await phase("healthz", url.hostname, url.port, "/healthz", {}, rate, seconds, warmup, pid,
                             lambda body: True)
        print(json.dumps({"kind": "polls", "label": label, "task": task_id, "rate": rate, "poll": poll,
                          "healthz": health}), flush=True)


asyncio.run(main())
