#!/usr/bin/env bash
# Renders the main window on each bundled sample to docs/screenshots/SAMPLE.png under Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
mkdir -p docs/screenshots
for csv in resources/samples/*.csv; do
  name=$(basename "$csv" .csv)
  xvfb-run -a -s "-screen 0 1400x900x24" build/app/tangent --sample "$name" --size 1360x860 \
    --screenshot "docs/screenshots/$name.png"
  echo "docs/screenshots/$name.png"
done
