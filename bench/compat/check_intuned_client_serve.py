"""The published `intuned-client` against a real `wtc serve` (not the fake backend): the demo task started
and polled to the end twice, sync then async, with only base_url changed; the first run explores and
saves the key's program, the second replays it.

Usage: check_intuned_client_serve.py BASE_URL WORKSPACE API_KEY START_URL
"""

import asyncio
import sys

from intuned_client import AsyncIntunedClient, IntunedClient, models

BASE, WORKSPACE, KEY, START = sys.argv[1:5]
results = {"passed": 0, "failed": 0}
BODY = {"task": "Collect every quote tagged love, with its author and tags", "startUrl": START,
        "reuseKey": "compat-quotes", "model": "haiku"}


def check(name, condition, detail=""):
    results["passed" if condition else "failed"] += 1
    print(("ok   " if condition else "FAIL ") + name + ("" if condition else f": {detail}"))


def check_run(tag, r, first):
    check(f"{tag}: completed model", isinstance(r, models.WebTasksResultResponseValueOption3), type(r))
    check(f"{tag}: success", r.outcome == "success", getattr(r, "error", None))
    check(f"{tag}: ten quotes inline", r.result.type == "inline" and len(r.result.data["quotes"]) == 10, r.result)
    if first:
        check(f"{tag}: program created", r.reuse.created and r.reuse.revision_id == r.web_task_id, r.reuse)
    else:
        check(f"{tag}: program replayed, $0 AI", r.reuse.used and r.cost.ai_usd == 0, (r.reuse, r.cost))


with IntunedClient(api_key=KEY, workspace_id=WORKSPACE, base_url=BASE) as client:
    check_run("sync first", client.web_tasks.run(body=BODY, poll_interval_seconds=0.05, timeout_seconds=120), True)
    check_run("sync second", client.web_tasks.run(body=BODY, poll_interval_seconds=0.05, timeout_seconds=120), False)


async def async_runs():
    async with AsyncIntunedClient(api_key=KEY, workspace_id=WORKSPACE, base_url=BASE) as client:
        runs = await asyncio.gather(*[
            client.web_tasks.run(body=BODY, poll_interval_seconds=0.05, timeout_seconds=120) for _ in range(3)])
        for n, run in enumerate(runs):
            check_run(f"async {n + 1}", run, False)


asyncio.run(async_runs())
print(f"{results['passed']} passed, {results['failed']} failed")
sys.exit(1 if results["failed"] else 0)
