#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The man page and the bash completion made at build time (resources/CMakeLists.txt) against the
# program's own --help: every option --help mentions must be in the man page and be offered by
# the completion, and the completion must offer the values and file types the brief asks for.
# Both, and --version, must carry VERSION (CMake's project(VERSION)).
# Run by ctest (tests/CMakeLists.txt). Usage: check-docs.sh PROGRAM EXECUTABLE DOCS-DIR VERSION
set -uo pipefail
program=$1
executable=$2
docs=$(realpath "$3")
version=$4
man="$docs/$program.1"
completion="$docs/completion/$program"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

help=$(env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM= LC_ALL=C.UTF-8 "$executable" --help) \
  || { echo "FAIL: $executable --help exited $?"; exit 1; }
# Every long option anywhere in the text, and the short ones on option lines (found here by a
# simpler rule than the generators use, so that a line they misread shows up).
mapfile -t options < <({
  grep -oE -- '(^|[^A-Za-z0-9-])--[a-z][a-z0-9-]*' <<<"$help" | sed 's/^[^-]*//'
  grep -E '^ +-' <<<"$help" | sed 's/   .*//' | grep -oE -- '(^|[ ,])-[A-Za-z]\b' | sed 's/^[ ,]*//'
} | sort -u)
[ ${#options[@]} -ge 5 ] || fail "found only ${#options[@]} options in $program --help"

# The man page's text with roff's escapes for hyphens and fonts removed.
man_text() { sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' -e 's/\\[,\/&]//g' "$1"; }
missing_from_man() {
  local text option
  text=$(man_text "$1")
  for option in "${options[@]}"; do
    grep -qE -- "(^|[^A-Za-z0-9-])$option([^A-Za-z0-9-]|\$)" <<<"$text" || echo "$option"
  done
}
# What the completion offers for the words after the program name (the last is being completed).
complete_words() {
  (
    cd "${COMPLETE_IN:-.}" || exit 1
    # shellcheck source=/dev/null
    source "$completion"
    COMP_WORDS=("$program" "$@")
    COMP_CWORD=$#
    COMPREPLY=()
    "_${program//[^A-Za-z0-9]/_}"
    printf '%s\n' "${COMPREPLY[@]}" | sort
  )
}
expect_completion() { # EXPECTED (space-separated, sorted) then the words
  local expected=$1 got
  shift
  got=$(complete_words "$@" | tr '\n' ' ' | sed 's/ $//')
  [ "$got" = "$expected" ] || fail "completing '$program $*' gave '$got', not '$expected'"
}

[ -s "$man" ] || fail "no man page $man"
printed=$(env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM= "$executable" --version)
[ "${printed##* }" = "$version" ] || fail "$program --version printed '$printed', not version $version"
grep -q "^\.TH .* \"$program $version\"" "$man" || fail "$man's .TH line does not name $program $version"
grep -q "version $version" "$completion" || fail "$completion does not say it is for version $version"
[ -s "$completion" ] || fail "no completion $completion"
bash -n "$completion" || fail "$completion is not valid bash"

for option in $(missing_from_man "$man"); do fail "$option is in $program --help but not in $man"; done
# The check above can fail: a man page without one of the options must be caught.
broken=$(mktemp)
trap 'rm -f "$broken"; rm -rf "${files:-}"' EXIT
first=${options[0]}
sed "s/${first//-/\\\\-}\([^a-z0-9-]\)/\\\\-\\\\-x-removed\1/g; s/${first//-/\\\\-}\$/\\\\-\\\\-x-removed/" "$man" >"$broken"
[ "$(missing_from_man "$broken")" = "$first" ] || fail "a man page without $first was not caught"

for option in "${options[@]}"; do
  complete_words "$option" | grep -qxF -- "$option" || fail "completing '$program $option' does not offer it"
done

# Values and file types.
files=$(mktemp -d)
mkdir "$files/folder"
touch "$files/a.csv" "$files/b.tsv" "$files/c.txt" "$files/d.npy" "$files/e.CSV" "$files/f.png"
case $program in
  tangent-cli)
    expect_completion "savgol spline" --method s
    expect_completion "auto kalman numpy savgol spline tvr" --method ""
    expect_completion "savgol spline" --method = s
    expect_completion "d h min s y" --time-unit ""
    expect_completion "1 2" --edge-order ""
    COMPLETE_IN=$files expect_completion "a.csv b.tsv c.txt d.npy e.CSV folder" ""
    ;;
  tangent)
    expect_completion "savgol spline" --method s
    expect_completion "multiples overlay stacked" --layout ""
    touch "$files/g.tangent"
    COMPLETE_IN=$files expect_completion "a.csv b.tsv c.txt d.npy e.CSV folder g.tangent" ""
    ;;
esac
COMPLETE_IN=$files expect_completion "a.csv" data.csv -o a

if [ $failures -gt 0 ]; then
  echo "$failures problem(s) with $program's man page or completion"
  exit 1
fi
echo "$program: ${#options[@]} options, all in the man page and the completion"
