#!/usr/bin/env bash
# Compiler benchmark (issue: "compile a 1,000-step trace with 100 snapshots of 200 KB each in under a
# second, linear in trace size"): generates a recorded trace of a shop (search form, pagination, list →
# detail), compiles it with CompilerPipeline, prints the total and each stage's share, the same at 250 and
# 500 steps with the time per step, and lxml parsing the same snapshots in the same run. Release build.
# Usage: bench/compile.sh [runs (5)] [--sizes 250,500,1000] [--keep DIR] [--check]; also times `wtc compile` in a new process
# SCRATCH=.build-bench bench/compile.sh builds into another scratch path.
set -euo pipefail
cd "$(dirname "$0")/.."
scratch=${SCRATCH:-.build}
swift build -c release --scratch-path "$scratch" --product wtc-bench-compile >&2
swift build -c release --scratch-path "$scratch" --product wtc >&2
if [ ! -x bench/.venv/bin/python ]; then
    python3 -m venv bench/.venv >&2
    bench/.venv/bin/pip install --quiet parsel lxml >&2
fi
bin="$(swift build -c release --scratch-path "$scratch" --show-bin-path)"
"$bin/wtc-bench-compile" --python bench/.venv/bin/python --wtc "$bin/wtc" "$@"
