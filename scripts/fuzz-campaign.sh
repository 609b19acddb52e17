#!/usr/bin/env bash
# The long fuzz campaign: every libFuzzer target for 10^7 executions (or N),
# one after the other (each is CPU-heavy; run it on an otherwise quiet
# machine), with a summary table of executions, coverage and time per target
# in build-fuzz/campaign.txt.
# usage: fuzz-campaign.sh [EXECUTIONS (default 10000000)] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
B=${KILN_FUZZ_BUILD_DIR:-build-fuzz}
mkdir -p "$B"
n=${1:-10000000}
[ $# -gt 0 ] && shift
{
  echo "kiln fuzz campaign, $(date -u +%Y-%m-%dT%H:%MZ), $n executions per target"
  echo "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(nproc) CPUs"
  bash scripts/fuzz.sh --runs "$n" "$@"
} 2>&1 | tee "$B/campaign.txt"
exit "${PIPESTATUS[0]}"
