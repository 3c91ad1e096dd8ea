#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the main window under Xvfb to docs/screenshots/: once per bundled sample at 1280x780,
# files of 1 to 23 y columns, and the
# classroom views (Explain panel, tangent, Function Lab with its convergence and compare dialogs),
# the window in German and with the dark palette, and a restored session.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
out=docs/screenshots
mkdir -p "$out"
export TANGENT_NO_DIALOGS=1   # never wait on a question
# SIZE: the window's size (the samples are shown at 1280x780, the size a first start opens at).
shoot() {
  local name=$1; shift
  xvfb-run -a -s "-screen 0 1400x900x24" build/app/tangent --size "${SIZE:-1360x860}" "$@" \
    --screenshot "$out/$name.png"
  echo "$out/$name.png"
}
# Every bundled sample as a new user first meets it: 1280x780, the default layout, the noise banner
# where numpy's derivative is mostly noise (noisy-sine).
for csv in resources/samples/*.csv; do
  name=$(basename "$csv" .csv)
  SIZE=1280x780 shoot "$name" --sample "$name"
done
# Any number of columns stays readable: 1, 2, 4, 8 and 23 y columns (monthly series, made here),
# each in its default layout, and 23 stacked and overlaid (the legend beside the plot).
columns=$(mktemp -d)
trap 'rm -rf "$columns"' EXIT
for n in 1 2 4 8 23; do
  awk -v n="$n" 'BEGIN {
    printf "month"; for (c = 1; c <= n; c++) printf ",series %d [thousand]", c; printf "\n"
    srand(7)
    for (m = 0; m < 120; m++) {
      printf "%d", m
      for (c = 1; c <= n; c++) printf ",%.3f", 100 * c + 10 * sin(m / (4 + c)) + m * c / 20 + rand()
      printf "\n"
    }
  }' > "$columns/columns-$n.csv"
  SIZE=1280x780 shoot "columns-$n" "$columns/columns-$n.csv"
done
SIZE=1280x780 shoot columns-23-stacked "$columns/columns-23.csv" --layout stacked
SIZE=1280x780 shoot columns-23-overlay "$columns/columns-23.csv" --layout overlay
SIZE=1280x780 shoot columns-8-overlay "$columns/columns-8.csv" --layout overlay
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
# The start page and an exported figure (README "Start page and figures"), in a home of their own:
# the figure exports put the files they read into its recent files, with their row counts, which
# the start page then lists. The PDF is rendered to PNG with poppler-utils' pdftoppm.
home=$(mktemp -d)
mkdir -p "$home/measurements"
cp resources/samples/daily-weather.csv resources/samples/noisy-sine.csv resources/samples/stock-prices.csv "$home/measurements/"
for csv in stock-prices noisy-sine; do
  HOME="$home" build/app/tangent "$home/measurements/$csv.csv" --export-figure "$home/$csv.png" --size 800x450
done
HOME="$home" build/app/tangent "$home/measurements/daily-weather.csv" --layout stacked \
  --export-figure "$home/figure-stacked.pdf" --size 1600x900
pdftoppm -png -r 96 -singlefile "$home/figure-stacked.pdf" "$out/figure-stacked"
echo "$out/figure-stacked.png"
HOME="$home" xvfb-run -a -s "-screen 0 1400x900x24" build/app/tangent --size 1280x780 --screenshot "$out/start-page.png"
echo "$out/start-page.png"
rm -rf "$home"
