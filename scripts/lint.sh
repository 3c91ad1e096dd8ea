#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The style, enforced: every C++ file under app/, core/, ui/, tests/ and bench/ must be formatted
# as .clang-format says, and clang-tidy (.clang-tidy: its checks and their reasoned exclusions)
# must report nothing in app/, core/ and ui/. Needs build/compile_commands.json (scripts/build.sh).
# Before both, the size limits: no tracked source file over 600 lines, no folder holding more
# than 20 source files (.cpp/.h), so that a split stays split.
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
too_big=0
for file in "${sources[@]}"; do
  lines=$(wc -l <"$file")
  if [ "$lines" -gt 600 ]; then
    echo "lint: $file has $lines lines (at most 600: split it)" >&2
    too_big=1
  fi
done
while read -r count folder; do
  if [ "$count" -gt 20 ]; then
    echo "lint: $folder holds $count source files (at most 20: give some a folder of their own)" >&2
    too_big=1
  fi
done < <(printf '%s\n' "${sources[@]}" | xargs -n1 dirname | sort | uniq -c)
if [ "$too_big" -ne 0 ]; then
  exit 1
fi
echo "lint: clang-format on ${#sources[@]} files"
clang-format --dry-run -Werror "${sources[@]}"
if [ "${1:-}" = --format-only ]; then
  exit 0
fi
mapfile -t tidy < <(git ls-files 'app/*.cpp' 'core/*.cpp' 'ui/*.cpp')
echo "lint: clang-tidy on ${#tidy[@]} files"
log=$(mktemp)
# clang-tidy reads the build's compile commands without the precompiled headers (GCC's .gch files
# mean nothing to clang), so each file must include what it uses.
tidydb=$(mktemp -d)
trap 'rm -rf "$log" "$tidydb"' EXIT
python3 - build/compile_commands.json "$tidydb/compile_commands.json" <<'PY'
import json, re, sys
entries = [e for e in json.load(open(sys.argv[1])) if 'cmake_pch' not in e['file']]
for e in entries:
    e['command'] = re.sub(r' -Winvalid-pch -include \S*/cmake_pch\.hxx', '', e['command'])
    if 'cmake_pch' in e['command']:
        sys.exit('lint: could not take the precompiled header out of the command for ' + e['file'])
json.dump(entries, open(sys.argv[2], 'w'), indent=1)
PY
if ! run-clang-tidy -p "$tidydb" -j"$(nproc)" -quiet "${tidy[@]/#/$PWD/}" >"$log" 2>&1; then
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
