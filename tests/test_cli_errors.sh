#!/usr/bin/env bash
# Bad input on the command line: a clear message, exit status 2, nothing
# written (docs/architecture.md §2, §7).
set -uo pipefail
cd "${KILN_SRC:-.}"
kiln=${KILN_BIN:?}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0
ok() { pass=$((pass+1)); }
bad() { echo "FAIL: $*"; fail=$((fail+1)); }

expect2() {  # description, expected text, command...
  local what=$1 text=$2; shift 2
  "$@" >"$tmp/out" 2>&1; local rc=$?
  if [ "$rc" = 2 ]; then ok; else bad "$what: exit status $rc, expected 2"; cat "$tmp/out"; fi
  if grep -qF -- "$text" "$tmp/out"; then ok; else bad "$what: message lacks '$text'"; cat "$tmp/out"; fi
}

expect2 "bad model, compile" "tests/bad_models/kernel_size.json:7:21: \$.layers[2].kernel_size: expected 1 or 2 positive integers, got -3" \
  "$kiln" compile tests/bad_models/kernel_size.json -o "$tmp/gen"
[ -e "$tmp/gen" ] && bad "compile of a bad model created its output directory" || ok

# A model that parses but cannot be lowered: Dense on a 4-D tensor.
cat > "$tmp/noflat.json" <<'JSON'
{"input": {"shape": [8, 8, 1]},
 "layers": [{"type": "Conv2D", "filters": 4, "kernel_size": 3},
            {"type": "Dense", "units": 10, "activation": "softmax"}],
 "loss": "sparse_categorical_crossentropy", "optimizer": "adam"}
JSON
expect2 "Dense without Flatten" "$tmp/noflat.json:3:13: \$.layers[1]: expected a 2-D (batch, features) input for Dense" \
  "$kiln" train "$tmp/noflat.json" --data "$tmp" --save "$tmp/w.safetensors"
[ -e "$tmp/w.safetensors" ] && bad "a failed train wrote its checkpoint" || ok

expect2 "unknown flag" "--epoch" "$kiln" train models/seed003_mlp.json --epoch 3
expect2 "bad flag value" "--epochs" "$kiln" train models/seed003_mlp.json --epochs -1
expect2 "missing dataset directory" "$tmp/none" "$kiln" train models/seed003_mlp.json --data "$tmp/none"
expect2 "unknown verb" "frobnicate" "$kiln" frobnicate
printf 'not IDX data' > "$tmp/train-images-idx3-ubyte"
printf 'x' > "$tmp/train-labels-idx1-ubyte"
expect2 "corrupt IDX" "train-images-idx3-ubyte" "$kiln" train models/seed003_mlp.json --data "$tmp"
expect2 "missing weights" "$tmp/nope.safetensors" "$kiln" evaluate models/seed003_mlp.json --weights "$tmp/nope.safetensors"
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
