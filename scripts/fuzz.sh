#!/usr/bin/env bash
# Builds kiln's libFuzzer targets (fuzz/, clang-19, ASan + UBSan) into
# build-fuzz/ and runs each for a bounded time, starting from the checked-in
# seed corpus fuzz/corpus/TARGET.  Fails on any crash, leak, sanitizer report
# or timeout (the input is left in build-fuzz/artifacts/).
# usage: fuzz.sh [SECONDS_PER_TARGET (default 45)] [TARGET...]
#        fuzz.sh --runs N [TARGET...]    every target for N executions
set -euo pipefail
cd "$(dirname "$0")/.."
B=${KILN_FUZZ_BUILD_DIR:-build-fuzz}
limit=(-max_total_time="${1:-45}")
if [ "${1:-}" = --runs ]; then limit=(-runs="$2"); shift 2; elif [ $# -gt 0 ]; then shift; fi
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(model idx cifar npy safetensors history report)
mkdir -p "$B"
cmake -S fuzz -B "$B" -DCMAKE_C_COMPILER=clang-19 -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  > "$B/configure.log" 2>&1 || { cat "$B/configure.log"; exit 1; }
cmake --build "$B" -j "$(nproc)" > "$B/build.log" 2>&1 || { cat "$B/build.log"; exit 1; }
mkdir -p "$B/artifacts"
status=0
for t in "${targets[@]}"; do
  work="$B/corpus-work/$t"
  mkdir -p "$work"
  log="$B/fuzz_$t.log"
  start=$(date +%s)
  # model files past 8 KiB reach no new code (the layer limit needs ~3 KiB of
  # "{}," entries) and only slow the model target down; other inputs 64 KiB
  maxlen=65536; [ "$t" = model ] && maxlen=8192
  if "$B/fuzz_$t" "${limit[@]}" -max_len=$maxlen -timeout=20 -rss_limit_mb=4096 \
       -print_final_stats=1 -artifact_prefix="$B/artifacts/$t-" "$work" "fuzz/corpus/$t" \
       > "$log" 2>&1; then
    r="ok"
  else
    r="FAILED (see $log)"; status=1
  fi
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  cov=$(grep -oE 'cov: [0-9]+ ft: [0-9]+' "$log" | tail -1)
  printf 'fuzz_%-12s %s: %s executions, %s, %ss\n' "$t" "$r" "${runs:-?}" "${cov:-?}" \
    "$(( $(date +%s) - start ))"
done
exit $status
