#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes PROGRAM's man page (help2man, from PROGRAM --help and --version) and its bash completion
# (make-completion.sh, from the same --help text) in OUTDIR: PROGRAM.help, PROGRAM.1,
# PROGRAM.1.gz and completion/PROGRAM. Run at build time by resources/CMakeLists.txt, so that
# neither can miss an option --help lists.
# Usage: make-docs.sh EXECUTABLE PROGRAM "ONE-LINE NAME" INCLUDE.h2m OUTDIR
set -eu
executable=$1
program=$2
name=$3
include=$4
outdir=$5
here=$(dirname "$0")
mkdir -p "$outdir/completion"
# English, and no display needed: tangent answers --help and --version before it opens one.
export LC_ALL=C.UTF-8 LANGUAGE=
# In the sanitizer build (scripts/sanitize.sh) a leak report at exit would fail the build; the
# leak checks are the tests' job, not the man page's.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
unset DISPLAY WAYLAND_DISPLAY || true
"$executable" --help >"$outdir/$program.help"
# The version alone ("tangent-cli 0.1.0", "Tangent 0.1.0"), so that help2man names the page after
# the executable rather than after the first word of --version.
version=$("$executable" --version | sed -n '1s/.* //p')
help2man --no-info --no-discard-stderr --name="$name" --include="$include" --version-string="$version" \
  --output="$outdir/$program.1" "$executable"
gzip -9 -n -f -c "$outdir/$program.1" >"$outdir/$program.1.gz"
sh "$here/../completion/make-completion.sh" "$program" "$version" "$outdir/$program.help" >"$outdir/completion/$program"
