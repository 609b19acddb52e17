#!/usr/bin/env bash
# Regenerates generated/<model>/<isa>/ for every models/*.json and every ISA
# kiln emits (avx512, avx2: the blocked kernels; generic: the plain loops),
# compiled for 2 threads so the files do not depend on this machine.
# usage: regenerate.sh KILN_BINARY OUT_DIR
set -euo pipefail
kiln=$1; out=$2
cd "$(dirname "$0")/.."
for m in models/*.json; do
  name=$(basename "$m" .json)
  rm -rf "${out:?}/$name"
  for isa in avx512 avx2 generic; do
    "$kiln" compile "$m" -o "$out/$name/$isa" --isa="$isa" --threads 2
  done
done
