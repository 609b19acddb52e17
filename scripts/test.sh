#!/usr/bin/env bash
# The README's test command: install, build, run every ctest suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --tests
bash scripts/build.sh
ctest --test-dir "${KILN_BUILD_DIR:-build}" --output-on-failure -j 2
