#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fuzzes every parser of outside input: builds the libFuzzer harnesses of tests/fuzz with ASan and
# UBSan (clang 14) in build-fuzz/, then runs each for SECONDS, one after another.
#
#   bash scripts/fuzz.sh SECONDS [HARNESS...]     e.g. bash scripts/fuzz.sh 60 fuzz_csv
#
# Ends with "fuzz: N harnesses, M runs, K crashes" and exits non-zero when K > 0. Inputs that
# crash, leak or time out are kept in build-fuzz/artifacts/RUN/HARNESS/; what the fuzzers learn
# is kept in build-fuzz/corpus/HARNESS/ and reused by the next run.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ $# -lt 1 ]; then
    echo "usage: bash scripts/fuzz.sh SECONDS [HARNESS...]" >&2
    exit 2
fi
seconds="$1"
shift
if ! [[ "$seconds" =~ ^[0-9]+$ ]] || [ "$seconds" -lt 1 ]; then
    echo "fuzz.sh: SECONDS must be a positive whole number, not '$seconds'" >&2
    exit 2
fi

# What the fuzz build needs (the core and its test tools; Qt Core for the session reader), clang 14
# and libFuzzer; installs only what is missing.
missing=()
for p in cmake make pkg-config libgtest-dev libmuparser-dev libzip-dev libexpat1-dev libxlsxwriter-dev clang clang-14 libfuzzer-14-dev libclang-rt-14-dev qt6-base-dev; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get -o DPkg::Lock::Timeout=600 update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
        --no-install-recommends "${missing[@]}"
fi

build=build-fuzz
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTANGENT_FUZZ=ON -DTANGENT_BUILD_UI=OFF \
        -DTANGENT_BUILD_BENCH=OFF -DTANGENT_WERROR=ON \
        -DCMAKE_C_COMPILER=clang-14 -DCMAKE_CXX_COMPILER=clang++-14 \
        -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
fi
cmake --build "$build" -j"${FUZZ_BUILD_JOBS:-2}" --target fuzzers

# Seeds: the bundled samples and the test files, each behind the option byte(s) its harness
# reads first (0: detect everything), plus the small hand-written corpora in tests/fuzz/corpus.
seeds="$build/seeds"
rm -rf "$seeds"
mkdir -p "$seeds/fuzz_csv" "$seeds/fuzz_npy" "$seeds/fuzz_datetime" "$seeds/fuzz_clipboard" "$seeds/fuzz_workbook" \
    "$seeds/fuzz_csvsplit" "$seeds/fuzz_stream" "$seeds/fuzz_session"
for f in resources/samples/*.csv; do
    { printf '\0'; head -c 8192 "$f"; } >"$seeds/fuzz_csv/$(basename "$f")"
    # The two-thread reader split a few dozen bytes in, and the streamed path in blocks of bytes.
    { printf '\0\40'; head -c 4096 "$f"; } >"$seeds/fuzz_csvsplit/$(basename "$f")"
    { printf '\0\125'; head -c 4096 "$f"; } >"$seeds/fuzz_stream/$(basename "$f")"
    # The same rows as a pasted block: tabs, and the date column read as dates.
    { printf '\1\0'; head -c 4096 "$f" | tr ',' '\t'; } >"$seeds/fuzz_clipboard/$(basename "$f")"
done
cut -d, -f1 resources/samples/measurement-gaps.csv | head -n 40 | while read -r cell; do
    printf '\0%s' "$cell" >"$seeds/fuzz_datetime/sample-$(printf '%s' "$cell" | md5sum | cut -c1-12)"
done
cp tests/golden/npy/*.npy "$seeds/fuzz_npy/"
# Sessions as the window writes them (docs/examples/).
cp docs/examples/*.tangent "$seeds/fuzz_session/"
# The golden workbooks (good and bad), first sheet and header detected.
for f in tests/golden/sheets/*.xlsx tests/golden/sheets/*.ods; do
    { printf '\0'; cat "$f"; } >"$seeds/fuzz_workbook/$(basename "$f")"
done

harnesses=("$@")
if [ ${#harnesses[@]} -eq 0 ]; then
    for source in tests/fuzz/fuzz_*.cpp; do
        harnesses+=("$(basename "$source" .cpp)")
    done
fi

run="$(date -u +%Y%m%dT%H%M%SZ)"
total_runs=0
total_crashes=0
for name in "${harnesses[@]}"; do
    binary="$build/tests/fuzz/$name"
    if [ ! -x "$binary" ]; then
        echo "fuzz.sh: no harness '$name' (expected $binary)" >&2
        exit 2
    fi
    corpus="$build/corpus/$name"
    artifacts="$build/artifacts/$run/$name"
    log="$build/logs/$run/$name.log"
    mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"
    corpora=("$corpus")
    for dir in "tests/fuzz/corpus/$name" "$seeds/$name"; do
        [ -d "$dir" ] && corpora+=("$dir")
    done
    status=0
    "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$artifacts/" "${corpora[@]}" >"$log" 2>&1 || status=$?
    runs="$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -n 1 || true)"
    runs="${runs:-0}"
    crashes="$(find "$artifacts" -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) | wc -l)"
    # A fuzzer that failed without leaving an input (it could not start, say) counts as one.
    if [ "$status" -ne 0 ] && [ "$crashes" -eq 0 ]; then
        crashes=1
    fi
    echo "$name: $runs runs, $crashes crashes in ${seconds} s (log: $log)"
    if [ "$crashes" -gt 0 ]; then
        grep -m 3 -E '^(==[0-9]+==ERROR|SUMMARY|.*runtime error)' "$log" | sed 's/^/    /' || true
    fi
    total_runs=$((total_runs + runs))
    total_crashes=$((total_crashes + crashes))
done

echo "fuzz: ${#harnesses[@]} harnesses, $total_runs runs, $total_crashes crashes"
[ "$total_crashes" -eq 0 ]
