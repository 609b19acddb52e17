#!/usr/bin/env bash
# Side-by-side training speed: kiln and the PyTorch baseline (Debian's
# python3-torch, oneDNN inside) on the same model file and the same MNIST
# images, run one after the other in this process tree (docs/architecture.md §9).
#
# usage: bench/compare.sh MODEL.json [STEPS] [ROUNDS]
# Each round times STEPS training steps of kiln (2 threads) and of PyTorch
# with 1 and with 2 threads; rounds alternate so that drift in the machine's
# speed hits both.  Prints the best ms/step of each (PyTorch: the faster of
# 1 and 2 threads) and kiln's speed-up (PyTorch time / kiln time; above 1
# means kiln is faster).  Validation is left out of both: kiln holds out 1 %
# (--validation-split 0.01), PyTorch's script times its training loop only.
set -euo pipefail
cd "$(dirname "$0")/.."
model=$1; steps=${2:-100}; rounds=${3:-3}
kiln=${KILN_BIN:-build/kiln}
py=/usr/bin/python3
batch=$($py -c "import json,sys; print(json.load(open(sys.argv[1])).get('fit',{}).get('batch_size',32))" "$model")
samples=$(( (steps + 1) * batch * 100 / 99 ))
data=${XDG_CACHE_HOME:-$HOME/.cache}/kiln/datasets/mnist
hist=$(mktemp --suffix=.json); trap 'rm -f "$hist"' EXIT
kiln_run() {
  "$kiln" train "$model" --data mnist --epochs 1 --max-samples "$samples" --validation-split 0.01 --no-callbacks \
          --threads 2 --history "$hist" >/dev/null
  $py -c "import json,sys; e=json.load(open(sys.argv[1]))['epochs'][0]; print(1000*e['seconds']/$((steps + 1)))" "$hist"
}
torch_run() {
  $py bench/torch_baseline.py "$model" "$data" --epochs 1 --max-steps "$steps" --threads "$1" |
    sed -n 's/.* \([0-9.]*\)ms\/step.*/\1/p'
}
kiln_run >/dev/null  # warm the JIT cache and the dataset
k=(); t=()
for r in $(seq "$rounds"); do
  k+=("$(kiln_run)"); t+=("$(torch_run 1)" "$(torch_run 2)")
done
$py - "${k[*]}" "${t[*]}" <<PY
import sys
k = [float(v) for v in sys.argv[1].split()]
t = [float(v) for v in sys.argv[2].split()]
print(f"$(basename "$model" .json): kiln {min(k):.1f} ms/step (rounds: {', '.join(f'{v:.1f}' for v in k)}), "
      f"PyTorch {min(t):.1f} ms/step (1 and 2 threads: {', '.join(f'{v:.1f}' for v in t)}), "
      f"speed-up {min(t) / min(k):.2f}x, batch $batch, $steps steps")
PY
