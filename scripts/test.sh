#!/usr/bin/env bash
# Builds Tangent and runs every test (ctest), twice: the Release build in build/, then every test
# suite again built with AddressSanitizer and UndefinedBehaviorSanitizer in build-asan/.
# Usage: bash scripts/test.sh            (TANGENT_SKIP_SANITIZERS=1 runs only the Release suites)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
ctest --test-dir build --output-on-failure -j"$(nproc)"

if [ "${TANGENT_SKIP_SANITIZERS:-0}" = 1 ]; then
  exit 0
fi
bash scripts/sanitize.sh
