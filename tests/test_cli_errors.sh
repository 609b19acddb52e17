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
# Callback flags: a bad value exits 2 before anything is read or written.
mlp=models/seed003_mlp.json
expect2 "early stopping syntax" "--early-stopping: expected MONITOR:PATIENCE[:restore]" \
  "$kiln" train $mlp --early-stopping val_loss --csv-logger "$tmp/a.csv"
expect2 "early stopping monitor" "MONITOR must be one of loss, val_loss, accuracy, val_accuracy, got 'val_acc'" \
  "$kiln" train $mlp --early-stopping val_acc:3 --csv-logger "$tmp/a.csv"
expect2 "early stopping patience" "PATIENCE must be a non-negative integer, got '-1'" \
  "$kiln" train $mlp --early-stopping val_loss:-1
expect2 "monitor without the metric" "the model logs no accuracy" \
  "$kiln" train models/seed003_denoising_ae.json --early-stopping val_accuracy:3
expect2 "checkpoint suffix" "--model-checkpoint: the file name must end in .safetensors" \
  "$kiln" train $mlp --model-checkpoint "$tmp/model.h5"
expect2 "checkpoint field" "unknown field 'val_los'" \
  "$kiln" train $mlp --model-checkpoint "$tmp/{val_los}.safetensors"
expect2 "reduce lr factor" "--reduce-lr-on-plateau: FACTOR must be a number in (0, 1), got '2'" \
  "$kiln" train $mlp --reduce-lr-on-plateau val_loss:2:3
expect2 "reduce lr syntax" "expected MONITOR:FACTOR:PATIENCE[:COOLDOWN[:MIN_LR]]" \
  "$kiln" train $mlp --reduce-lr-on-plateau val_loss:0.5
expect2 "tensorboard update_freq" "--tensorboard: update_freq must be epoch, batch or a positive number" \
  "$kiln" train $mlp --tensorboard "$tmp/tb:0"
expect2 "terminate on nan takes no value" "--terminate-on-nan takes no value" \
  "$kiln" train $mlp --terminate-on-nan=1
expect2 "csv logger directory" "kiln: error: --csv-logger: CSVLogger: the directory of '$tmp/none/log.csv' does not exist" \
  "$kiln" train $mlp --csv-logger "$tmp/none/log.csv" --tensorboard "$tmp/tb"
printf 'x' > "$tmp/file"
expect2 "tensorboard under a file" "'$tmp/file' is not a directory" \
  "$kiln" train $mlp --tensorboard "$tmp/file/logs" --csv-logger "$tmp/a.csv"
for f in a.csv model.h5 tb; do
  [ -e "$tmp/$f" ] && bad "a refused callback flag left $tmp/$f behind" || ok
done

# A model file's callback the run cannot serve: EarlyStopping on val_loss
# without validation data, reported at its place in the file.
cat > "$tmp/noval.json" <<'JSON'
{"input": {"shape": [784]},
 "layers": [{"type": "Dense", "units": 10, "activation": "softmax"}],
 "loss": "sparse_categorical_crossentropy",
 "fit": {"validation_data": null,
         "callbacks": [{"type": "CSVLogger", "filename": "never.csv"},
                       {"type": "EarlyStopping", "patience": 2}]}}
JSON
expect2 "monitor without validation" "$tmp/noval.json:6:24: \$.fit.callbacks[1]: EarlyStopping monitors val_loss, but this run has no validation data" \
  "$kiln" train "$tmp/noval.json" --data "$tmp"
[ -e never.csv ] && bad "a refused run created its CSV log" || ok
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
