#!/usr/bin/env bash
# Renders the main window under Xvfb to docs/screenshots/: once per bundled sample, and the
# classroom views (Explain panel, tangent, Function Lab with its convergence and compare dialogs),
# the window in German and with the dark palette, and a restored session.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
out=docs/screenshots
mkdir -p "$out"
export TANGENT_NO_DIALOGS=1   # never wait on a question
shoot() {
  local name=$1; shift
  xvfb-run -a -s "-screen 0 1400x900x24" build/app/tangent --size 1360x860 "$@" --screenshot "$out/$name.png"
  echo "$out/$name.png"
}
for csv in resources/samples/*.csv; do
  name=$(basename "$csv" .csv)
  shoot "$name" --sample "$name"
done
shoot explain --sample numpy-doc-uniform --select-row 2
shoot tangent --sample x-squared-nonuniform --tangent-row 30
shoot function-lab --function-lab "sin(x)" --noise 0.01 --seed 1
shoot convergence --function-lab "sin(x)" --show convergence
shoot compare-edges --sample noisy-sine --show compare-edges
shoot compare-methods --function-lab "sin(x)" --jitter 0.4 --seed 3 --show compare-methods
shoot german --lang de --sample measurement-gaps --select-row 3
shoot dark --palette dark --sample noisy-sine --tangent-row 40
shoot groups-prices --sample stock-prices --group symbol
# A lesson saved as a session (docs/examples/, its data the bundled sample): zoom, tangent, secant
# and Explain row restored.
shoot session-restored docs/examples/sine-lesson.tangent
