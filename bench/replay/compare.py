"""Runs the replay benchmark: wtc, the floor and the Playwright peer, interleaved, each run a whole process
against the same loopback site; checks that every one printed the same records; prints the medians and the
ratios wtc / floor and wtc / Playwright from this one set of runs, then wtc's per-phase profile
(`WTC_PROFILE`) from one more run, and the floor's own phases.

Usage: compare.py BASE_URL RUNS WTC PROGRAM PYTHON [--no-playwright]
"""
import json
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def timed(argv, env=None):
    start = time.perf_counter()
    done = subprocess.run(argv, capture_output=True, text=True, env=env)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"{' '.join(argv[:3])}… failed ({done.returncode}):\n{done.stderr[-3000:]}")
    return elapsed, json.loads(done.stdout), done.stderr


def main():
    base, runs, wtc, program, python = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
    with_playwright = "--no-playwright" not in sys.argv
    env = {k: v for k, v in os.environ.items() if k != "WTC_PROFILE"}
    contenders = {
        "wtc": [wtc, "exec", program, "--quiet", "--param", f"base_url={base}"],
        "wtc --load-media": [wtc, "exec", program, "--quiet", "--load-media", "--param", f"base_url={base}"],
        "floor": [python, os.path.join(HERE, "floor.py"), base],
    }
    if with_playwright:
        contenders["playwright"] = [python, os.path.join(HERE, "playwright_peer.py"), base]
    times = {name: [] for name in contenders}
    reference = None
    for _ in range(runs):
        for name, argv in contenders.items():
            elapsed, output, _ = timed(argv, env)
            count = len(output.get("records", []))
            if reference is None:
                reference = output
                print(f"records read: {count} ({len({r['sku'] for r in output['records']})} distinct)")
            elif output != reference:
                sys.exit(f"{name} read other records than {next(iter(contenders))} did")
            times[name].append(elapsed)
    print(f"\nwhole process, median of {runs} interleaved runs (all outputs identical):")
    medians = {name: statistics.median(values) for name, values in times.items()}
    for name, median in medians.items():
        spread = f"{min(times[name]) * 1000:.0f}–{max(times[name]) * 1000:.0f}"
        print(f"  {name:18} {median * 1000:7.0f} ms   (range {spread} ms)")
    print()
    print(f"  wtc / floor                    {medians['wtc'] / medians['floor']:.2f}x   (goal <= 1.2x)")
    print(f"  wtc --load-media / floor       {medians['wtc --load-media'] / medians['floor']:.2f}x")
    print(f"  wtc / wtc --load-media         {medians['wtc'] / medians['wtc --load-media']:.2f}x   (the gain of skipping media)")
    if with_playwright:
        print(f"  wtc / playwright               {medians['wtc'] / medians['playwright']:.2f}x")
    print("\nper-phase profile, one more run of each (WTC_PROFILE=1; the floor's --profile):")
    for name in ("wtc", "wtc --load-media"):
        _, _, stderr = timed(contenders[name], dict(env, WTC_PROFILE="1"))
        print(f"-- {name}")
        print("".join(line + "\n" for line in stderr.splitlines() if not line.startswith("[")), end="")
    _, _, stderr = timed(contenders["floor"] + ["--profile"], env)
    print("-- floor")
    print(stderr, end="")


if __name__ == "__main__":
    main()
