#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what Tangent needs to build, test and run on Debian 12, skipping what is already there.
# With --bench, also what the benchmark and golden-data scripts need (Debian's numpy, scipy 1.10,
# pandas, matplotlib); the build and the tests never need Python.
# Extra packages may follow: bash scripts/install-deps.sh [--bench] [EXTRA-PACKAGE...]
# (package.sh adds its packaging tools). poppler-utils' pdftoppm renders an exported PDF figure
# to PNG for the README (scripts/render-screenshots.sh).
set -euo pipefail

packages=(
  cmake g++ make pkg-config
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n qt6-svg-dev libgl-dev libxkbcommon-dev
  libgtest-dev libgmock-dev libbenchmark-dev libmuparser-dev
  libzip-dev libexpat1-dev libxlsxwriter-dev
  clang-format clang-tidy python3
  xvfb xauth
  poppler-utils
  help2man
)
if [ "${1:-}" = "--bench" ]; then
  packages+=(python3 python3-numpy python3-scipy python3-pandas python3-matplotlib python3-openpyxl python3-odf python3-xlsxwriter)
  shift
fi
packages+=("$@")

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
