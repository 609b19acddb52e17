#!/usr/bin/env bash
# Configures and builds kiln with clang-19 into build/ (or $KILN_BUILD_DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
B=${KILN_BUILD_DIR:-build}
mkdir -p "$B"
cmake -S . -B "$B" -DCMAKE_C_COMPILER=clang-19 -DCMAKE_CXX_COMPILER=clang++-19 \
      -DCMAKE_BUILD_TYPE="${KILN_BUILD_TYPE:-RelWithDebInfo}" ${KILN_CMAKE_ARGS:-} \
      > "$B/configure.log" 2>&1 \
  || { cat "$B/configure.log"; exit 1; }
cmake --build "$B" -j "$(nproc)"
