#!/usr/bin/env bash
# `kiln summary` must count parameters exactly as Keras does for the seeds
# (the counts Keras's model.summary() printed for the seed models).
set -uo pipefail
cd "${KILN_SRC:-.}"
kiln=${KILN_BIN:?}
pass=0; fail=0
expect() {  # model total trainable non_trainable
  out=$("$kiln" summary "models/$1.json" 2>&1)
  for want in "Total params: $2" "Trainable params: $3" "Non-trainable params: $4"; do
    if grep -qx "$want" <<<"$out"; then pass=$((pass+1)); else
      echo "FAIL: $1: expected '$want'"; grep -i params <<<"$out"; fail=$((fail+1)); fi
  done
}
expect seed000_cnn           131,630 131,518 112
expect seed001_cnn_bn         34,890  34,698 192
expect seed002_cnn            93,322  93,322   0
expect seed003_mlp            55,050  55,050   0
expect seed004_cifar_strided  37,146  37,146   0
# Per-layer rows follow Keras's table: name (Class), output shape, count.
out=$("$kiln" summary models/seed002_cnn.json)
for row in "conv2d \(Conv2D\) +\(None, 26, 26, 32\) +320" "conv2d_2 \(Conv2D\) +\(None, 3, 3, 64\) +36928" \
           "flatten \(Flatten\) +\(None, 576\) +0" "dense_1 \(Dense\) +\(None, 10\) +650"; do
  if grep -Eq "^ $row" <<<"$out"; then pass=$((pass+1)); else echo "FAIL: seed002 row /$row/"; fail=$((fail+1)); fi
done
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
