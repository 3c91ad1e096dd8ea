#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""tangent-cli on a 10,000,000-row CSV: peak memory from a file and through a pipe, and the values
against numpy.gradient.

Usage: /usr/bin/python3 bench/stream_memory.py [BUILD_DIR] [--rows N] [--folder DIR] [--methods]

BUILD_DIR (default build/) must hold app/tangent-cli; this script builds nothing. It writes two
inputs with pandas (x with random gaps in [0.5e-3, 1.5e-3] and y = sin(x); and a uniform x =
i * 0.5, which tangent-cli must hold back until the last row, because numpy's uniform test needs
every difference), runs

    /usr/bin/time -v tangent-cli in.csv -o out.csv
    cat in.csv | /usr/bin/time -v tangent-cli - > pipe.csv

and prints the wall time, MB/s of input and the peak resident memory ("Maximum resident set size")
of each, against the 64 MB limit. Then it reads input and output back with pandas
(float_precision="round_trip") and checks that every derivative equals numpy.gradient(y, x)
bit for bit, and that the piped output is the same bytes as the file's. Needs python3-numpy,
python3-pandas and GNU time (/usr/bin/time, Debian package `time`). It needs about 2 GB of
memory and a minute or two of CPU for pandas; tangent-cli itself takes seconds.
With --methods it also runs, on the uneven input,

    /usr/bin/time -v tangent-cli in.csv --method savgol --window 21 --polyorder 3 -o out.csv
    /usr/bin/time -v tangent-cli in.csv --method kalman -o out.csv
    /usr/bin/time -v tangent-cli in.csv --method savgol --uncertainty --noise-sd 0.01 -o out.csv
    /usr/bin/time -v tangent-cli in.csv --method kalman --uncertainty --noise-sd 0.01 -o out.csv

(all streamed: the rows held in a temporary file, see README, Performance; the last two with the
sd[...] band, σ given) and prints their wall time and peak memory against the same limit. That
they equal the in-memory path byte for byte is tested in cli_tests (MethodStream.*,
MethodStreamBand.*) on small data with tiny blocks.
Exit status: 0 if every check passes, else 1.
"""

import argparse
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

LIMIT_MB = 64.0
CHUNK = 1_000_000


def parse_args():
    repo = Path(__file__).resolve().parent.parent
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("build_dir", nargs="?", type=Path, default=repo / "build")
    parser.add_argument("--rows", type=int, default=10_000_000)
    parser.add_argument("--folder", type=Path, help="work here instead of a temporary folder (kept)")
    parser.add_argument("--methods", action="store_true", help="also --method savgol 21/3 and kalman, and both with a band")
    return parser.parse_args()


def write_input(np, pd, path, rows, uniform):
    rng = np.random.default_rng(11)
    last = 0.0
    with open(path, "w") as out:
        for start in range(0, rows, CHUNK):
            n = min(CHUNK, rows - start)
            if uniform:
                x = (start + np.arange(n)) * 0.5
            else:
                x = last + np.cumsum(rng.uniform(0.5e-3, 1.5e-3, n))
                last = x[-1]
            pd.DataFrame({"x": x, "y": np.sin(x)}).to_csv(out, index=False, header=start == 0)


def peak_rss_mb(stderr):
    match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", stderr)
    return int(match.group(1)) / 1024 if match else float("nan")


def run_measured(command):
    start = time.perf_counter()
    done = subprocess.run(["bash", "-c", command], capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"stream_memory: failed: {command}\n{done.stderr}")
    return seconds, peak_rss_mb(done.stderr)


def matches_numpy(np, pd, source, output):
    exact_in = pd.read_csv(source, float_precision="round_trip")
    exact_out = pd.read_csv(output, float_precision="round_trip", usecols=["d(y)/d(x)"])
    expected = np.gradient(exact_in["y"].to_numpy(), exact_in["x"].to_numpy())
    return bool(np.array_equal(exact_out["d(y)/d(x)"].to_numpy(), expected, equal_nan=True))


METHODS = (
    ["--method", "savgol", "--window", "21", "--polyorder", "3"],
    ["--method", "kalman"],
    ["--method", "savgol", "--uncertainty", "--noise-sd", "0.01"],
    ["--method", "kalman", "--uncertainty", "--noise-sd", "0.01"],
)


def measure_methods(cli, source, folder, megabytes):
    """Peak memory and time of the streamed methods on `source`; True if all stay under the limit."""
    fine = True
    out = folder / "method-out.csv"
    for method in METHODS:
        seconds, peak = run_measured(f"/usr/bin/time -v '{cli}' '{source}' {' '.join(method)} -o '{out}'")
        print(f"  {' '.join(method)}: {seconds:6.2f} s, {megabytes / seconds:6.1f} MB/s, peak RSS {peak:5.1f} MB")
        fine = fine and peak <= LIMIT_MB
    out.unlink()
    return fine


def measure(np, pd, cli, folder, rows, uniform, methods=False):
    name = "uniform" if uniform else "uneven"
    source = folder / f"{name}.csv"
    write_input(np, pd, source, rows, uniform)
    megabytes = source.stat().st_size / 1e6
    out, piped = folder / f"{name}-out.csv", folder / f"{name}-pipe.csv"
    file_s, file_mb = run_measured(f"/usr/bin/time -v '{cli}' '{source}' -o '{out}'")
    pipe_s, pipe_mb = run_measured(f"cat '{source}' | /usr/bin/time -v '{cli}' - > '{piped}'")
    same = out.read_bytes() == piped.read_bytes()
    exact = matches_numpy(np, pd, source, out)
    print(f"{name} x, {rows} rows, {megabytes:.0f} MB:")
    print(f"  file: {file_s:6.2f} s, {megabytes / file_s:6.1f} MB/s, peak RSS {file_mb:5.1f} MB")
    print(f"  pipe: {pipe_s:6.2f} s, {megabytes / pipe_s:6.1f} MB/s, peak RSS {pipe_mb:5.1f} MB")
    print(f"  pipe output identical to file output: {'yes' if same else 'NO'}; "
          f"d(y)/d(x) identical to numpy.gradient: {'yes' if exact else 'NO'}")
    fine = True
    if methods:
        fine = measure_methods(cli, source, folder, megabytes)
    for path in (source, out, piped):
        path.unlink()
    return max(file_mb, pipe_mb) <= LIMIT_MB and same and exact and fine


def main():
    args = parse_args()
    import numpy as np
    import pandas as pd
    if not Path("/usr/bin/time").exists():
        sys.exit("stream_memory: /usr/bin/time is missing (Debian: apt-get install time)")
    cli = args.build_dir / "app" / "tangent-cli"
    if not cli.exists():
        sys.exit(f"stream_memory: {cli} not found; build it first (bash scripts/build.sh)")
    results = []
    with tempfile.TemporaryDirectory(prefix="tangent-stream-") as scratch:
        folder = args.folder or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        for uniform in (False, True):
            results.append(measure(np, pd, cli, folder, args.rows, uniform, args.methods and not uniform))
    print(f"limit: peak RSS <= {LIMIT_MB:g} MB; {sum(results)}/{len(results)} cases pass")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
