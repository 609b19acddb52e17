#!/usr/bin/env bash
# Side-by-side training speed: kiln and the PyTorch baseline (Debian's
# python3-torch, oneDNN inside) on the same model file and the same MNIST
# batches, one after the other in this process tree.
#
# usage: bench/compare.sh MODEL.json [STEPS] [THREADS]
# Prints ms per training step of each and kiln's speed-up (PyTorch time /
# kiln time; above 1 means kiln is faster).  Steps exclude validation for
# both: kiln holds out 1 % (--validation-split 0.01), PyTorch's script times
# its training loop only.
set -euo pipefail
cd "$(dirname "$0")/.."
model=$1; steps=${2:-100}; threads=${3:-2}
kiln=${KILN_BIN:-build/kiln}
batch=$(/usr/bin/python3 -c "import json,sys; print(json.load(open(sys.argv[1])).get('fit',{}).get('batch_size',32))" "$model")
samples=$(( (steps + 1) * batch * 100 / 99 ))
data=${XDG_CACHE_HOME:-$HOME/.cache}/kiln/datasets/mnist
"$kiln" train "$model" --data mnist --epochs 1 --max-samples "$samples" --validation-split 0.01 \
        --threads "$threads" >/dev/null  # warm the JIT cache and the dataset
"$kiln" train "$model" --data mnist --epochs 1 --max-samples "$samples" --validation-split 0.01 \
        --threads "$threads" --history /tmp/kiln-compare-$$.json >/dev/null
kiln_ms=$(/usr/bin/python3 -c "
import json,sys; h=json.load(open(sys.argv[1])); e=h['epochs'][0]
print(1000*e['seconds']/$((steps + 1)))" /tmp/kiln-compare-$$.json)
rm -f /tmp/kiln-compare-$$.json
torch_ms=$(/usr/bin/python3 bench/torch_baseline.py "$model" "$data" --epochs 1 --max-steps "$steps" \
             --threads "$threads" | sed -n 's/.* \([0-9.]*\)ms\/step.*/\1/p')
/usr/bin/python3 -c "
k, t = $kiln_ms, $torch_ms
print(f'$(basename "$model" .json): kiln {k:.1f} ms/step, PyTorch {t:.1f} ms/step, '
      f'speed-up {t / k:.2f}x ($threads threads, batch $batch)')"
