#!/usr/bin/env bash
# The README's test command: install, build, run every ctest suite; fuzz
# every reader for a bounded time; build kiln and its tests with ASan + UBSan
# in build-asan/ and run the C unit tests there.
#   KILN_FUZZ_SECONDS  seconds per fuzz target (default 45; 0 skips fuzzing)
#   KILN_ASAN=0        skips the sanitizer build
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --tests
bash scripts/build.sh
ctest --test-dir "${KILN_BUILD_DIR:-build}" --output-on-failure -j 2
if [ "${KILN_FUZZ_SECONDS:-45}" != 0 ]; then
  echo "== fuzzing every reader for ${KILN_FUZZ_SECONDS:-45} s (scripts/fuzz.sh)"
  bash scripts/fuzz.sh "${KILN_FUZZ_SECONDS:-45}"
fi
if [ "${KILN_ASAN:-1}" != 0 ]; then
  echo "== the unit tests under ASan + UBSan (build-asan/)"
  KILN_BUILD_DIR=build-asan KILN_CMAKE_ARGS=-DKILN_SANITIZE=ON bash scripts/build.sh
  # The C unit tests, and the CLI's hostile-input and error tests run on the
  # sanitized kiln.  Not test_onednn_map: its helper runs Debian's libdnnl on
  # GNU OpenMP, which does not start under ASan.  Leaks are checked (LLVM's
  # and Clang's process-lifetime caches suppressed: tests/lsan.supp), and any
  # UBSan report aborts the test.
  LSAN_OPTIONS=suppressions=$PWD/tests/lsan.supp \
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir build-asan --output-on-failure -j 2 \
      -R '^(test_data|test_formats|test_gradcheck|test_jit|test_kcall|test_models|test_parse|test_runtime|test_cli_errors|test_hostile)$' 
fi
