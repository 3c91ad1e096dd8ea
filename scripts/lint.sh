#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The style, enforced: every C++ file under app/, core/, ui/, tests/ and bench/ must be formatted
# as .clang-format says, and clang-tidy (.clang-tidy: its checks and their reasoned exclusions)
# must report nothing in app/, core/ and ui/. Needs build/compile_commands.json (scripts/build.sh).
# Usage: bash scripts/lint.sh [--format-only]
set -euo pipefail
cd "$(dirname "$0")/.."
# Licence: every tracked C++, CMake, shell and Python file (and any script with a #! line)
# carries an SPDX-License-Identifier line within its first 5 lines.
mapfile -t licensed < <({
  git ls-files '*.cpp' '*.h' '*.cc' '*.hpp' '*.cmake' '*CMakeLists.txt' '*.sh' '*.py' '*.h2m'
  git ls-files | while read -r f; do [ -f "$f" ] && head -c 2 "$f" | grep -q '^#!' && echo "$f"; done
} | sort -u)
unlicensed=()
for f in "${licensed[@]}"; do
  head -n 5 "$f" | grep -q 'SPDX-License-Identifier: ' || unlicensed+=("$f")
done
if [ ${#unlicensed[@]} -gt 0 ]; then
  printf 'lint: no SPDX-License-Identifier line in the first 5 lines of %s\n' "${unlicensed[@]}" >&2
  exit 1
fi
echo "lint: SPDX-License-Identifier in all ${#licensed[@]} source, build and script files"

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
