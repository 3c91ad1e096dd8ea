#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Tangent's gradient and tangent-cli against numpy.gradient and pandas, on the same machine and run.

Usage: /usr/bin/python3 bench/compare_numpy.py [BUILD_DIR] [--repeats N] [--bench-repetitions N]
                                                [--cli-rows N] [--no-cli | --cli-only]

BUILD_DIR (default build/) must hold bench/tangent_bench and app/tangent-cli; this script builds
nothing. It runs tangent_bench --benchmark_format=json, times numpy.gradient on the same cases
(y = sin(x); uniform x = i * 1e-3, given to numpy as the scalar spacing 1e-3; non-uniform x the
cumulative sum of uniform(0.5e-3, 1.5e-3) steps) as the best of several repeats, and prints
each case's speed-up over numpy and its time relative to a plain copy of the same data
(copy_y for uniform cases, copy_xy for non-uniform ones). tangent's time is the best of
--bench-repetitions runs of tangent_bench's own timing loop; each case is run just before numpy's
timing of it, so that both see the same load on the machine. Then it times tangent-cli on a
1,000,000-row CSV against pandas (read_csv, numpy.gradient, to_csv).

numpy must be importable (the system /usr/bin/python3 has numpy and pandas). OPENBLAS_CORETYPE
and OPENBLAS_L2_SIZE slow numpy down on this machine, so if either is set the script re-executes
itself without them before importing numpy, and says so. Exit status: 0 if every target is met, else 1.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SLOW_NUMPY_VARIABLES = ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")
REEXEC_MARKER = "TANGENT_COMPARE_UNSET"

# Targets: speed-up over numpy (at least), time relative to a copy of the data (at most).
UNIFORM_SPEEDUP = 2.5
NONUNIFORM_SPEEDUP = 8.0
COPY_RATIO = 1.5
CLI_SPEEDUP = 30.0  # issue 18: at least 30x pandas
CLI_MB_PER_S = 400.0  # and at least 400 MB/s of input
CLI_PEAK_MB = 64.0  # in at most 64 MB


def reexec_without_slow_numpy_variables():
    """Replaces this process by itself with the OPENBLAS variables removed from the environment."""
    present = [name for name in SLOW_NUMPY_VARIABLES if name in os.environ]
    if not present:
        return
    env = {k: v for k, v in os.environ.items() if k not in SLOW_NUMPY_VARIABLES}
    env[REEXEC_MARKER] = " ".join(f"{name}={os.environ[name]}" for name in present)
    sys.stdout.flush()
    os.execve(sys.executable, [sys.executable, *sys.argv], env)


def parse_args():
    repo = Path(__file__).resolve().parent.parent
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("build_dir", nargs="?", default="build", help="CMake build folder (default: build)")
    parser.add_argument("--repeats", type=int, default=7, help="numpy timings: best of this many (default 7)")
    parser.add_argument("--bench-repetitions", type=int, default=3,
                        help="tangent_bench --benchmark_repetitions; the best is used (default 3)")
    parser.add_argument("--cli-rows", type=int, default=1_000_000, help="rows of the CLI test file")
    parser.add_argument("--no-cli", action="store_true", help="skip the tangent-cli vs pandas case")
    parser.add_argument("--cli-only", action="store_true", help="only the tangent-cli vs pandas case")
    args = parser.parse_args()
    build = Path(args.build_dir)
    if not build.is_absolute() and not build.exists() and (repo / build).exists():
        build = repo / build
    args.build_dir = build.resolve()
    return args


def require(path, what):
    if not path.is_file():
        sys.exit(f"compare_numpy: {what} not found at {path}; build it first "
                 f"(cmake --build <build dir> --target {path.name})")
    return path


# ---- tangent_bench ----

def list_gradient_cases(bench):
    """[(name, n)] of tangent_bench's gradient cases, e.g. ("gradient_uniform_edge1", 1000000)."""
    listing = subprocess.run([str(bench), "--benchmark_list_tests=true"], capture_output=True, text=True, check=True)
    cases = []
    for line in listing.stdout.split():
        name, size = line.split("/")[:2]
        if name.startswith("gradient_"):
            cases.append((name, int(size)))
    return sorted(cases, key=lambda case: (case[1], "_nonuniform_" in case[0], case[0]))


def run_tangent_bench(bench, pattern, repetitions):
    """Runs the tangent_bench cases matching `pattern`; returns {(name, n): best milliseconds}."""
    command = [str(bench), "--benchmark_format=json", f"--benchmark_filter={pattern}",
               f"--benchmark_repetitions={repetitions}"]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        sys.exit(f"compare_numpy: {bench} failed ({result.returncode}):\n{result.stderr}")
    to_ms = {"ns": 1e-6, "us": 1e-3, "ms": 1.0, "s": 1e3}
    times = {}
    for entry in json.loads(result.stdout)["benchmarks"]:
        if entry.get("run_type", "iteration") != "iteration":
            continue
        name, size = entry["name"].split("/")[:2]
        ms = entry["real_time"] * to_ms[entry["time_unit"]]
        times[(name, int(size))] = min(ms, times.get((name, int(size)), ms))
    return times


# ---- numpy ----

def make_data(np, n, uniform):
    """bench/gradient_bench.cpp's data (same distributions; numpy's own random stream)."""
    if uniform:
        x = np.arange(n, dtype=np.float64) * 1e-3
    else:
        steps = np.random.default_rng(42).uniform(0.5e-3, 1.5e-3, n - 1)
        x = np.concatenate(([0.0], np.cumsum(steps)))
    return x, np.sin(x)


def best_ms(function, repeats):
    """The fastest of `repeats` calls, in milliseconds (one warm-up call first)."""
    function()
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - start)
    return best * 1e3


def time_numpy(np, case, n, repeats):
    uniform = "_nonuniform_" not in case
    edge = int(case[-1])
    x, y = make_data(np, n, uniform)
    if uniform:
        return best_ms(lambda: np.gradient(y, 1e-3, edge_order=edge), repeats)
    return best_ms(lambda: np.gradient(y, x, edge_order=edge), repeats)


def compare_gradients(np, bench, args):
    """One row per gradient case: (label, tangent ms, numpy ms, speed-up, copy ms, copy ratio, target,
    pass). Each case's tangent_bench run (with its copy floor) comes right before its numpy timing,
    so both see the same machine load."""
    rows = []
    for name, n in list_gradient_cases(bench):
        uniform = "_nonuniform_" not in name
        copy = "copy_y" if uniform else "copy_xy"
        tangent = run_tangent_bench(bench, f"^({name}|{copy})/{n}/", args.bench_repetitions)
        tangent_ms, copy_ms = tangent[(name, n)], tangent[(copy, n)]
        numpy_ms = time_numpy(np, name, n, args.repeats)
        speedup = numpy_ms / tangent_ms
        copy_ratio = tangent_ms / copy_ms
        target = UNIFORM_SPEEDUP if uniform else NONUNIFORM_SPEEDUP
        passed = speedup >= target and copy_ratio <= COPY_RATIO
        label = f"{name.removeprefix('gradient_')}/{n}"
        rows.append((label, tangent_ms, numpy_ms, speedup, copy_ms, copy_ratio, target, passed))
        print_gradient_row(rows[-1])
    return rows


def print_gradient_header():
    print(f"{'case':<26}{'tangent ms':>11}{'numpy ms':>11}{'vs numpy':>10}{'copy ms':>9}{'vs copy':>9}  "
          f"{'target':<29}result")


def print_gradient_row(row):
    label, tangent_ms, numpy_ms, speedup, copy_ms, copy_ratio, target, passed = row
    goal = f">={target:g}x numpy, <={COPY_RATIO:g}x copy"
    print(f"{label:<26}{tangent_ms:>11.3f}{numpy_ms:>11.3f}{speedup:>9.2f}x{copy_ms:>9.3f}{copy_ratio:>8.2f}x  "
          f"{goal:<29}{'PASS' if passed else 'FAIL'}", flush=True)


# ---- tangent-cli vs pandas ----

def write_cli_input(np, pd, path, rows):
    steps = np.random.default_rng(7).uniform(0.5e-3, 1.5e-3, rows - 1)
    x = np.concatenate(([0.0], np.cumsum(steps)))
    pd.DataFrame({"x": x, "y": np.sin(x)}).to_csv(path, index=False)


def pandas_job(np, pd, source, target):
    frame = pd.read_csv(source)
    dy = np.gradient(frame["y"].to_numpy(), frame["x"].to_numpy())
    pd.DataFrame({"x": frame["x"], "y": frame["y"], "d(y)/d(x)": dy}).to_csv(target, index=False)


def best_wall_ms(function, repeats=3):
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - start)
    return best * 1e3


def compare_cli(np, pd, cli, rows):
    """Returns (tangent ms, pandas ms, speed-up, outputs identical, input MB, tangent-cli's peak RSS MB)."""
    with tempfile.TemporaryDirectory(prefix="tangent-compare-") as folder:
        source = Path(folder) / "in.csv"
        write_cli_input(np, pd, source, rows)
        tangent_out = Path(folder) / "out.csv"
        pandas_out = Path(folder) / "pandas.csv"

        def run_cli():
            done = subprocess.run([str(cli), str(source), "-o", str(tangent_out)], capture_output=True, text=True)
            if done.returncode != 0:
                sys.exit(f"compare_numpy: tangent-cli failed: {done.stderr}")

        tangent_ms = best_wall_ms(run_cli)
        pandas_ms = best_wall_ms(lambda: pandas_job(np, pd, source, pandas_out))
        # Correctness, outside the timings: tangent's derivative against numpy's on the exact input.
        exact_in = pd.read_csv(source, float_precision="round_trip")
        # The provenance block ("# ..." lines) comes first; no value or column name holds '#'.
        exact_out = pd.read_csv(tangent_out, float_precision="round_trip", comment="#")
        expected = np.gradient(exact_in["y"].to_numpy(), exact_in["x"].to_numpy())
        identical = bool(np.array_equal(exact_out["d(y)/d(x)"].to_numpy(), expected))
        megabytes = source.stat().st_size / 1e6
        # Peak memory from one more run under GNU time (a forked child's own rusage would count
        # the pages it shared with this python before exec).
        timed = subprocess.run(["/usr/bin/time", "-f", "%M", str(cli), str(source), "-o", str(tangent_out)],
                               capture_output=True, text=True, check=True)
        peak_mb = int(timed.stderr.strip().splitlines()[-1]) / 1024
    return tangent_ms, pandas_ms, pandas_ms / tangent_ms, identical, megabytes, peak_mb


# ---- main ----

def main():
    reexec_without_slow_numpy_variables()
    args = parse_args()
    try:
        import numpy as np
    except ImportError:
        sys.exit("compare_numpy: numpy is not installed for this python; run it with /usr/bin/python3")
    bench = None if args.cli_only else require(args.build_dir / "bench" / "tangent_bench", "tangent_bench")
    cli = require(args.build_dir / "app" / "tangent-cli", "tangent-cli")

    unset = os.environ.pop(REEXEC_MARKER, "")
    print(f"numpy {np.__version__}, python {sys.version.split()[0]}, build {args.build_dir}")
    if unset:
        print(f"note: re-executed with {unset} unset (those OpenBLAS settings slow numpy down here)")
    print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs (other work on the machine skews timings)")
    print()

    rows = []
    if not args.cli_only:
        print_gradient_header()
        rows = compare_gradients(np, bench, args)

    summary = [f"{label} {speedup:.2f}x numpy {copy_ratio:.2f}x copy {'PASS' if ok else 'FAIL'}"
               for label, _, _, speedup, _, copy_ratio, _, ok in rows]
    results = [ok for *_, ok in rows]
    if not args.no_cli:
        import pandas as pd
        print()
        tangent_ms, pandas_ms, speedup, identical, megabytes, peak_mb = compare_cli(np, pd, cli, args.cli_rows)
        rate = megabytes / (tangent_ms / 1e3)
        passed = speedup >= CLI_SPEEDUP and rate >= CLI_MB_PER_S and peak_mb <= CLI_PEAK_MB
        print(f"CLI, {args.cli_rows} rows x,y -> x,y,d(y)/d(x), best of 3 wall time:")
        print(f"  tangent-cli in.csv -o out.csv          {tangent_ms:9.1f} ms, "
              f"{rate:6.1f} MB/s of input ({megabytes:.1f} MB; target >= {CLI_MB_PER_S:g} MB/s), "
              f"peak RSS {peak_mb:.1f} MB (target <= {CLI_PEAK_MB:g} MB)")
        print(f"  pandas read_csv + np.gradient + to_csv {pandas_ms:9.1f} ms, "
              f"{megabytes / (pandas_ms / 1e3):6.1f} MB/s (pandas {pd.__version__})")
        print(f"  speed-up {speedup:.2f}x (target >= {CLI_SPEEDUP:g}x) {'PASS' if passed else 'FAIL'}; "
              f"derivative identical to numpy's: {'yes' if identical else 'NO'}")
        summary.append(f"cli {speedup:.2f}x pandas {'PASS' if passed else 'FAIL'}")
        results.append(passed and identical)
    print()
    print(f"summary: {sum(results)}/{len(results)} targets met; " + "; ".join(summary))
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
