#!/usr/bin/env bash
# Shared browser vs a browser per run: TASKS browser replays of the quotes task drained by a WorkerPool of
# WORKERS workers, ROUNDS times each way, interleaved. Usage: bench/pool.sh [TASKS] [WORKERS] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product wtc-bench-pool >&2
"$(swift build -c release --show-bin-path)/wtc-bench-pool" "${1:-20}" "${2:-4}" "${3:-3}"
