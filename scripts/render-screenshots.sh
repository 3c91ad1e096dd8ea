#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
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
# The noisy sine with each derivative method (README "Noisy data in the window").
shoot method-savgol --sample noisy-sine --method savgol --window 21 --polyorder 3
for method in spline tvr kalman auto; do
  shoot "method-$method" --sample noisy-sine --method "$method"
done
# A many-column file in the two layouts made for it (the samples above take their default).
shoot weather-stacked --sample daily-weather --layout stacked
shoot weather-multiples --sample daily-weather --layout multiples
shoot explain --sample numpy-doc-uniform --select-row 2
shoot tangent --sample x-squared-nonuniform --tangent-row 30
shoot function-lab --function-lab "sin(x)" --noise 0.01 --seed 1
shoot convergence --function-lab "sin(x)" --show convergence
shoot noise-methods --function-lab "sin(x)" --points 201 --noise 0.05 --seed 1 --show methods
# Needs the window's --method (the method chooser's startup option).
if build/app/tangent --help 2>/dev/null | grep -q -- '--method'; then
  shoot explain-savgol --sample noisy-sine --method savgol --window 21 --polyorder 3 --select-row 15
fi
shoot compare-edges --sample noisy-sine --show compare-edges
shoot compare-methods --function-lab "sin(x)" --jitter 0.4 --seed 3 --show compare-methods
shoot german --lang de --sample measurement-gaps --select-row 3
shoot dark --palette dark --sample noisy-sine --tangent-row 40
shoot groups-prices --sample stock-prices --group symbol
# The uncertainty band (README "Uncertainty band in the window"), if this build has --band.
if build/app/tangent --help 2>/dev/null | grep -q -- '--band'; then
  shoot band-noisy-sine --sample noisy-sine --band --select-row 60
  shoot band-savgol --sample noisy-sine --band --method savgol --window 21 --polyorder 3 --select-row 60
  shoot band-weather --sample daily-weather --band --layout multiples
  shoot band-prices --sample stock-prices --group symbol --band
  shoot band-methods --function-lab "sin(x)" --points 201 --noise 0.05 --seed 1 --show methods
fi
# A lesson saved as a session (docs/examples/, its data the bundled sample): zoom, tangent, secant
# and Explain row restored.
shoot session-restored docs/examples/sine-lesson.tangent
