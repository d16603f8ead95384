"""Drives the published `intuned-client` against wtc's API (the fake backend's scripted scenarios).

Usage: check_intuned_client.py BASE_URL   (BASE_URL ends in /api/v1/workspace)
Only base_url differs from how the client is used against the hosted product. Prints one line per
check and a closing 'N passed, N failed'; exits 1 when any check failed.
"""

import asyncio
import sys

import httpx
from intuned_client import AsyncIntunedClient, IntunedClient, models
from intuned_client.exceptions import AuthenticationError, NotFoundError, ValidationError

BASE = sys.argv[1]
WORKSPACE, KEY = "ws_compat", "key_compat"
results = {"passed": 0, "failed": 0}


def check(name, condition, detail=""):
    results["passed" if condition else "failed"] += 1
    print(("ok   " if condition else "FAIL ") + name + ("" if condition else f": {detail}"))


def body(scenario):
    return {
        "task": "Read the page title",
        "startUrl": "https://example.com/",
        "parameters": {"scenario": scenario},
        "reuseKey": f"compat-{scenario}",
        "model": "haiku",
        "outputSchema": {"type": "object", "properties": {"title": {"type": "string"}}},
    }


def check_terminal(mode, scenario, r):
    """The terminal state each scenario scripts, as the client's own models parse it."""
    tag = f"{mode} {scenario}"
    if scenario == "canceled":
        check(f"{tag}: canceled model", isinstance(r, models.WebTasksResultResponseValueOption4), type(r))
        check(f"{tag}: startedAt null", r.started_at is None, r.started_at)
        return
    check(f"{tag}: completed model", isinstance(r, models.WebTasksResultResponseValueOption3), type(r))
    check(f"{tag}: cost.aiUsd", isinstance(r.cost.ai_usd, float), r.cost)
    if scenario == "success-inline":
        check(f"{tag}: outcome success", r.outcome == "success", r.outcome)
        check(f"{tag}: inline data", r.result.type == "inline" and r.result.data["title"] == "Example Domain", r.result)
        check(f"{tag}: reuse snake_case", r.reuse.revision_id == r.web_task_id and r.reuse.updated, r.reuse)
    elif scenario == "success-file":
        f = r.result.file
        check(f"{tag}: file result", r.result.type == "file" and f.content_type == "application/json", r.result)
        download = httpx.get(f.url)
        check(f"{tag}: signed URL downloads", download.status_code == 200 and len(download.content) == f.size_bytes,
              download.status_code)
    elif scenario == "failed":
        check(f"{tag}: outcome failed, code timeout", r.outcome == "failed" and r.error.code == "timeout", r.error)
        check(f"{tag}: finer reason in details", r.error.details["reason"] == "budget-exceeded", r.error)
        check(f"{tag}: no reuse on failure", r.reuse is None, r.reuse)
    elif scenario == "rejected":
        check(f"{tag}: code rejected", r.error.code == "rejected", r.error)
        check(f"{tag}: never started", r.started_at is None, r.started_at)


SCENARIOS = ["success-inline", "success-file", "failed", "rejected", "canceled"]


def sync_checks():
    with IntunedClient(api_key=KEY, workspace_id=WORKSPACE, base_url=BASE) as client:
        started = client.web_tasks.start(body=body("success-inline"))
        check("sync start: pending", started.status == "pending" and started.web_task_id.startswith("wt_"), started)
        seen = [client.web_tasks.result(web_task_id=started.web_task_id) for _ in range(3)]
        check("sync poll: pending model", isinstance(seen[0], models.WebTasksResultResponseValueOption1), seen[0])
        check("sync poll: started model", isinstance(seen[1], models.WebTasksResultResponseValueOption2), seen[1])
        check("sync poll: completed model", isinstance(seen[2], models.WebTasksResultResponseValueOption3), seen[2])
        for scenario in SCENARIOS:
            final = client.web_tasks.run(body=body(scenario), poll_interval_seconds=0.01, timeout_seconds=30)
            check_terminal("sync", scenario, final)
        try:
            client.web_tasks.result(web_task_id="wt_none")
            check("sync unknown task: NotFoundError", False, "no error")
        except NotFoundError:
            check("sync unknown task: NotFoundError", True)
        try:
            client.web_tasks.start(body={"task": ""})
            check("sync empty task: ValidationError", False, "no error")
        except ValidationError as error:
            check("sync empty task: ValidationError naming body.task", "body.task" in str(error.body), error.body)
    with IntunedClient(api_key="wrong", workspace_id=WORKSPACE, base_url=BASE) as client:
        try:
            client.web_tasks.start(body=body("success-inline"))
            check("sync bad key: AuthenticationError", False, "no error")
        except AuthenticationError as error:
            check("sync bad key: AuthenticationError", error.status_code == 401, error.status_code)
    with IntunedClient(api_key="key_other", workspace_id=WORKSPACE, base_url=BASE) as client:
        try:
            client.web_tasks.result(web_task_id="wt_1")
            check("sync other workspace: NotFoundError", False, "no error")
        except NotFoundError:
            check("sync other workspace: NotFoundError", True)


async def async_checks():
    async with AsyncIntunedClient(api_key=KEY, workspace_id=WORKSPACE, base_url=BASE) as client:
        started = await client.web_tasks.start(body=body("success-inline"))
        first = await client.web_tasks.result(web_task_id=started.web_task_id)
        check("async poll: pending model", isinstance(first, models.WebTasksResultResponseValueOption1), first)
        finals = await asyncio.gather(*[
            client.web_tasks.run(body=body(s), poll_interval_seconds=0.01, timeout_seconds=30) for s in SCENARIOS
        ])
        for scenario, final in zip(SCENARIOS, finals):
            check_terminal("async", scenario, final)


sync_checks()
asyncio.run(async_checks())
print(f"{results['passed']} passed, {results['failed']} failed")
sys.exit(1 if results["failed"] else 0)
