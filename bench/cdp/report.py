"""Prints wtc's CDP client and Python Playwright side by side (medians, ms) with the ratio peer / wtc."""
import json
import sys

ours, peer = (json.load(open(path)) for path in sys.argv[1:3])
rows = [
    ("launch (spawn → first reply)", "launchMs", "launchMs"),
    ("Target.createTarget + attachToTarget", "createTargetAttachMs", None),
    ("new page (create+attach+enable)", "newPageMs", "newPageMs"),
    ("evaluate('1') vs page.evaluate", "evaluateMs", "evaluateMs"),
    ("evaluate('1') vs CDPSession.send", "evaluateMs", "cdpSessionEvaluateMs"),
    ("navigate data: URL → load", "navigateMs", "navigateMs"),
    ("screenshot 800×600 PNG", "screenshotMs", "screenshotMs"),
    ("close → exited", "closeMs", "closeMs"),
]
print(f"browser: {ours['product']} (both clients, same binary)")
print(f"Playwright driver start (not in its launch time): {peer['driverStartMs']:.0f} ms")
print(f"{'metric (median, ms)':40} {'wtc CDP':>10} {'Playwright':>11} {'ratio':>7}")
for label, mine, theirs in rows:
    a = ours[mine]["median"]
    b = peer[theirs]["median"] if theirs else None
    ratio = f"{b / a:6.2f}x" if b and a else "      -"
    other = f"{b:11.3f}" if b is not None else f"{'-':>11}"
    print(f"{label:40} {a:10.3f} {other} {ratio}")
n = ours["evaluateMs"]["count"]
print(f"(evaluate: {n} sequential round trips each; p90 wtc {ours['evaluateMs']['p90']:.3f} ms, "
      f"Playwright {peer['evaluateMs']['p90']:.3f} ms; ratio > 1 means wtc is faster)")
