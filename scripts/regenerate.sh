#!/usr/bin/env bash
# Regenerates generated/<model>/ for every models/*.json with the given kiln.
# usage: regenerate.sh KILN_BINARY OUT_DIR
set -euo pipefail
kiln=$1; out=$2
cd "$(dirname "$0")/.."
for m in models/*.json; do
  name=$(basename "$m" .json)
  "$kiln" compile "$m" -o "$out/$name" --isa=generic
done
