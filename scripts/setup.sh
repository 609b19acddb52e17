#!/usr/bin/env bash
# Installs what kiln needs on Debian 12, from Debian's packages only.
# Safe to run twice: it installs only what is missing.
set -euo pipefail
# usage: setup.sh [--tests]   (--tests adds what the test suite and bench/
# need: NumPy, the PyTorch baseline (Debian's python3-torch) and scikit-learn,
# the oracle of kiln evaluate --report)
# libprotobuf-c-dev + protobuf-c-compiler encode TensorBoard's event files
# (runtime/event.proto), libisal-dev computes their CRC-32C.
PKGS=(clang-19 llvm-19-dev libclang-19-dev libclang-cpp19-dev libomp-19-dev
      libffi-dev libcjson-dev zlib1g-dev libssl-dev libprotobuf-c-dev
      protobuf-c-compiler libisal-dev cmake make npm ca-certificates
      dataset-fashion-mnist)
# libdnnl-dev: oneDNN's C API, for bench/onednn_time (kiln profile --against onednn).
PKGS+=(libdnnl-dev)
# Keras files and figures: libzip (.keras archives), libhdf5 (.h5 files and
# model.weights.h5), PLplot with its cairo driver (kiln plot: PNG, SVG, PDF),
# Graphviz's libgvc (kiln plot model), found through pkg-config; a font for
# their texts.
PKGS+=(libzip-dev libhdf5-dev libplplot-dev plplot-driver-cairo libgraphviz-dev pkg-config
       fonts-dejavu-core)
# libopenblas0-pthread: without it Debian's torch multiplies matrices with the
# reference BLAS (BLAS_INFO=generic), a baseline far slower than PyTorch is.
# protobuf-compiler, python3-protobuf and python3-crc32c: the independent
# reader of kiln's TensorBoard files in tests/test_tensorboard.py.
# libclang-rt-19-dev: libFuzzer, ASan and UBSan for clang-19 (scripts/fuzz.sh,
# the sanitizer build of the unit tests).  python3-h5py: the independent reader
# of the .h5 and .keras files kiln exports (tests/test_keras.py).
if [ "${1:-}" = --tests ]; then
  PKGS+=(python3 python3-numpy python3-torch python3-sklearn libopenblas0-pthread
         protobuf-compiler python3-protobuf python3-crc32c python3-h5py
         libclang-rt-19-dev)
fi
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# npm may already come from another source (nodesource); accept any npm on PATH.
if command -v npm >/dev/null 2>&1; then
  tmp=(); for p in "${missing[@]}"; do [ "$p" = npm ] || tmp+=("$p"); done; missing=("${tmp[@]}")
fi
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  echo "setup: installing ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "setup: all packages present"
fi
