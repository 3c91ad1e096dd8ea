#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The style, enforced: every C++ file under app/, core/, ui/, tests/ and bench/ must be formatted
# as .clang-format says, and clang-tidy (.clang-tidy: its checks and their reasoned exclusions)
# must report nothing in app/, core/ and ui/. Needs build/compile_commands.json (scripts/build.sh).
# Usage: bash scripts/lint.sh [--format-only]
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t sources < <(git ls-files 'app/*.cpp' 'app/*.h' 'core/*.cpp' 'core/*.h' 'ui/*.cpp' 'ui/*.h' \
  'tests/*.cpp' 'tests/*.h' 'bench/*.cpp' 'bench/*.h')
echo "lint: clang-format on ${#sources[@]} files"
clang-format --dry-run -Werror "${sources[@]}"
if [ "${1:-}" = --format-only ]; then
  exit 0
fi
mapfile -t tidy < <(git ls-files 'app/*.cpp' 'core/*.cpp' 'ui/*.cpp')
echo "lint: clang-tidy on ${#tidy[@]} files"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! run-clang-tidy -p build -j"$(nproc)" -quiet "${tidy[@]/#/$PWD/}" >"$log" 2>&1; then
  grep -E "(warning|error):" "$log" | sort -u || cat "$log"
  echo "lint: clang-tidy found problems (above)" >&2
  exit 1
fi
if grep -qE "(warning|error):" "$log"; then
  grep -E "(warning|error):" "$log" | sort -u
  echo "lint: clang-tidy found problems (above)" >&2
  exit 1
fi
echo "lint: clean"
