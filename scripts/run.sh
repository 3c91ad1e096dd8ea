#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds Tangent and starts it on a bundled sample (or on the files given as arguments).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
if [ -x build/app/tangent ]; then
  # Without arguments the window would show its start page: show a sample, as this script promises.
  if [ "$#" -eq 0 ]; then
    set -- --sample noisy-sine
  fi
  if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display (DISPLAY is not set): starting Tangent under xvfb-run instead; it will not be visible." >&2
    exec xvfb-run -a build/app/tangent "$@"
  fi
  exec build/app/tangent "$@"
fi
# Without the window (configured with -DTANGENT_BUILD_UI=OFF): differentiate the sample.
exec build/app/tangent-cli resources/samples/numpy-doc-nonuniform.csv "$@"
