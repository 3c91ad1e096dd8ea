#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Reruns lupdate over the window's sources (ui/ and app/tangent_main.cpp) so that texts added or
# changed since the last run appear in resources/translations/tangent_{de,es,fr}.ts, and texts no
# longer in the sources leave them (tangent_en.ts holds only the English plural forms of "%n"
# texts, e.g. "%n row(s)": "1 row", "2 rows"). New entries are marked unfinished until a translator fills
# them in (Qt Linguist: linguist resources/translations/tangent_de.ts); the ui test
# Translations.EveryEntryIsFinishedWithTheSamePlaceholders fails until every entry is finished.
# Usage: bash scripts/update-translations.sh [BUILD-DIR]   (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"

bash scripts/install-deps.sh
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release
fi
# The lupdate target of the ui library (qt_add_translations in ui/CMakeLists.txt): the same
# sources, include path and options as the build.
cmake --build "$build" --target update_translations

for ts in resources/translations/tangent_*.ts; do
  unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
  echo "$ts: $unfinished unfinished"
done
