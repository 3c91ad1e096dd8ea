#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds Tangent and runs every test (ctest) on the Release build in build/, checks the style
# (clang-format and clang-tidy, scripts/lint.sh), then runs every test suite again built with
# AddressSanitizer and UndefinedBehaviorSanitizer in build-asan/.
# Usage: bash scripts/test.sh   (while developing: TANGENT_SKIP_LINT=1, TANGENT_SKIP_SANITIZERS=1)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
ctest --test-dir build --output-on-failure -j"$(nproc)"

if [ "${TANGENT_SKIP_LINT:-0}" != 1 ]; then
  bash scripts/lint.sh
fi

if [ "${TANGENT_SKIP_SANITIZERS:-0}" = 1 ]; then
  exit 0
fi
bash scripts/sanitize.sh
