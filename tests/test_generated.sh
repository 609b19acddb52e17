#!/usr/bin/env bash
# generated/ must be exactly what the current compiler emits for models/
# (every ISA), emitting twice must give byte-identical files, and every
# generated module must compile warning-free under -Wall -Wextra.
set -euo pipefail
cd "${KILN_SRC:-.}"
kiln=${KILN_BIN:?KILN_BIN must point at the kiln binary}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0
bash scripts/regenerate.sh "$kiln" "$tmp/a" >/dev/null
bash scripts/regenerate.sh "$kiln" "$tmp/b" >/dev/null
for m in models/*.json; do
  name=$(basename "$m" .json)
  if diff -r "$tmp/a/$name" "$tmp/b/$name" >/dev/null; then pass=$((pass+1)); else
    echo "FAIL: $name: two runs of kiln compile differ"; fail=$((fail+1)); fi
  if diff -r "$tmp/a/$name" "generated/$name" >"$tmp/diff" 2>&1; then pass=$((pass+1)); else
    echo "FAIL: generated/$name is stale; run: cmake --build build --target generated"
    head -20 "$tmp/diff"; fail=$((fail+1)); fi
done
march() { case $1 in avx512) echo x86-64-v4;; avx2) echo x86-64-v3;; *) echo x86-64;; esac; }
for f in generated/*/*/*.c; do
  isa=$(basename "$(dirname "$f")")
  if clang-19 -std=c17 -fsyntax-only -Wall -Wextra -Werror -fopenmp -march="$(march "$isa")" "$f" 2>"$tmp/warn"; then
    pass=$((pass+1)); else echo "FAIL: $f does not compile warning-free"; head -20 "$tmp/warn"; fail=$((fail+1)); fi
done
extra=$(comm -13 <(ls models | sed 's/\.json$//' | sort) <(ls generated | sort) || true)
if [ -n "$extra" ]; then echo "FAIL: generated/ has directories with no model: $extra"; fail=$((fail+1)); else pass=$((pass+1)); fi
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
