#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes a bash completion script for PROGRAM from the text its --help prints, so that the
# completion knows exactly the options --help lists (resources/CMakeLists.txt runs this at build
# time; there is no hand-kept list). What it reads from the help text:
#   - an option line: up to 8 spaces, then the options ("-o, --output FILE", "--header, --no-header",
#     "--layout <overlay|stacked|multiples>", Qt's "-h, --help"), then two spaces and the text;
#   - an option's value: A|B|C lists its choices (completed), a name with FILE, FOLDER or DIR in it
#     completes file names, any other name (COL, N) is free text (nothing is offered);
#   - the file types: every *.EXT in the text (e.g. "*.csv *.npy"); the program's file arguments
#     complete to folders and files of those types.
# Usage: make-completion.sh PROGRAM VERSION HELP-TEXT-FILE > COMPLETION-FILE
set -eu
program=$1
version=$2
help=$3
function=_$(printf '%s' "$program" | tr -c 'A-Za-z0-9\n' '_')

awk -v program="$program" -v version="$version" -v fname="$function" '
function trim(s) { sub(/^[ \t]+/, "", s); sub(/[ \t]+$/, "", s); return s }
function quote(s) { gsub(/'\''/, "'\''\\'\'''\''", s); return "'\''" s "'\''" }
# Options and their values, from the option lines.
match($0, /^ +-/) && RLENGTH <= 9 {
  spec = trim($0)
  if (match(spec, /  +/)) spec = substr(spec, 1, RSTART - 1)
  n = split(spec, alternatives, /, +/)
  value = ""
  first = count + 1
  for (i = 1; i <= n; i++) {
    alt = trim(alternatives[i])
    if (alt !~ /^--?[A-Za-z0-9]/) continue
    name = alt
    rest = ""
    if (match(alt, /[ =<]/)) { name = substr(alt, 1, RSTART - 1); rest = trim(substr(alt, RSTART)) }
    sub(/^=/, "", rest)
    if (rest != "") value = rest
    names[++count] = name
  }
  group = ""
  for (i = first; i <= count; i++) if (!(names[i] in seen)) { seen[names[i]] = 1; options = options " " names[i]; group = group (group == "" ? "" : "|") names[i] }
  if (value == "" || group == "") next
  gsub(/[<>\[\]]/, "", value)
  if (value ~ /\|/) { gsub(/\|/, " ", value); choices[group] = trim(value) }
  else if (toupper(value) ~ /FILE|FOLDER|DIR/) files[group] = 1
  else free[group] = 1
}
# File types: *.EXT anywhere in the text.
{
  line = $0
  while (match(line, /\*\.[A-Za-z0-9]+/)) {
    ext = substr(line, RSTART + 2, RLENGTH - 2)
    line = substr(line, RSTART + RLENGTH)
    if (!(ext in extseen)) { extseen[ext] = 1; exts = exts (exts == "" ? "" : " ") ext }
  }
}
END {
  print "# bash completion for " program " version " version ", generated from `" program " --help` by"
  print "# resources/completion/make-completion.sh; do not edit (rebuild instead)."
  print "# SPDX-License-Identifier: GPL-3.0-or-later"
  print fname "()"
  print "{"
  print "    local cur=${COMP_WORDS[COMP_CWORD]} prev=\"\""
  print "    ((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}"
  print "    # --option=value: bash splits the word at the ="
  print "    if [[ $cur == = ]]; then"
  print "        cur=\"\""
  print "    elif [[ $prev == = ]] && ((COMP_CWORD > 1)); then"
  print "        prev=${COMP_WORDS[COMP_CWORD - 2]}"
  print "    fi"
  print "    case $prev in"
  for (g in choices) print "    " g ") COMPREPLY=($(compgen -W " quote(choices[g]) " -- \"$cur\")); return 0 ;;"
  for (g in files) print "    " g ") compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- \"$cur\")); return 0 ;;"
  for (g in free) print "    " g ") COMPREPLY=(); return 0 ;;"
  print "    esac"
  print "    if [[ $cur == -* ]]; then"
  print "        COMPREPLY=($(compgen -W " quote(trim(options)) " -- \"$cur\"))"
  print "        return 0"
  print "    fi"
  print "    compopt -o filenames 2>/dev/null"
  print "    local ext"
  print "    COMPREPLY=($(compgen -d -- \"$cur\"))"
  print "    for ext in " exts "; do"
  print "        COMPREPLY+=($(compgen -f -X \"!*.$ext\" -- \"$cur\") $(compgen -f -X \"!*.${ext^^}\" -- \"$cur\"))"
  print "    done"
  print "}"
  print "complete -F " fname " " program
}
' "$help"
