#!/usr/bin/env bash
# Training is bit-reproducible for a given seed and thread count (docs/architecture.md
# §4): the same command twice gives byte-identical checkpoints, for a model
# with dropout and BatchNormalization too; another seed gives other weights.
set -uo pipefail
cd "${KILN_SRC:-.}"
kiln=${KILN_BIN:?}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0
# Runs in $tmp: seed000's ModelCheckpoint writes model.safetensors where it runs.
src=$PWD
train() { (cd "$tmp" && "$kiln" train "$src/models/$1.json" --data mnist --epochs 1 --max-samples 1000 \
            --threads 2 --seed "$2" --save "$3" >/dev/null 2>&1); }
for m in seed000_cnn seed003_mlp; do
  train $m 5 "$tmp/a.safetensors" && train $m 5 "$tmp/b.safetensors" && train $m 6 "$tmp/c.safetensors" \
    || { echo "FAIL: $m: kiln train failed"; fail=$((fail+1)); continue; }
  if cmp -s "$tmp/a.safetensors" "$tmp/b.safetensors"; then pass=$((pass+1)); else
    echo "FAIL: $m: two runs with seed 5 differ"; fail=$((fail+1)); fi
  if cmp -s "$tmp/a.safetensors" "$tmp/c.safetensors"; then
    echo "FAIL: $m: seeds 5 and 6 gave identical weights"; fail=$((fail+1)); else pass=$((pass+1)); fi
done
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
