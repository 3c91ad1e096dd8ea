#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The window on a big CSV: time to open and draw it, CPU time, and peak memory.

Usage: /usr/bin/python3 bench/window_open.py [BUILD_DIR] [--rows N] [--csv FILE] [--runs R]
                                             [--tangent PATH]

Writes (once, unless --csv names an existing file) a CSV of N rows (default 10,000,000) of
x = 0, 1, 2, ... and y = sin(x / 1000) plus noise, written with 17 significant digits (about
290 MB), then runs, offscreen and with a scratch settings folder,

    /usr/bin/time -v BUILD_DIR/app/tangent FILE --screenshot out.png

R times (default 3), and the same without FILE (the empty window) for the memory baseline.
--screenshot waits until the file is loaded, computed and painted, then saves the picture and
quits. For each run it prints: the time until out.png exists (start to a drawn window showing the
file), the process's whole wall time, its CPU time (user + system; on a busy machine the wall
time can be far above the CPU time), and the peak resident memory ("Maximum resident set size")
minus the empty window's, against 1.5x the numeric data (N x columns x 8 bytes).

Then the notebook's way to the same picture, R times, in a fresh /usr/bin/python3 each time
(NOTEBOOK below: pandas.read_csv, numpy.gradient, matplotlib drawing the curve and its
derivative on a second axis to a PNG, Agg backend), and the ratio of the medians: the window's
time to a drawn window over the notebook's (issue 18's target: at most 0.08), and the memory of
each. --no-notebook skips it. Needs GNU time (/usr/bin/time, Debian package `time`),
python3-numpy to write the file, and python3-pandas and python3-matplotlib for the notebook.
"""

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def parse_args():
    repo = Path(__file__).resolve().parent.parent
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("build_dir", nargs="?", type=Path, default=repo / "build")
    parser.add_argument("--rows", type=int, default=10_000_000)
    parser.add_argument("--csv", type=Path, help="the CSV to open (written if missing)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--tangent", type=Path, help="the tangent binary (default BUILD_DIR/app/tangent)")
    parser.add_argument("--no-notebook", action="store_true", help="skip the notebook's run")
    return parser.parse_args()


def write_csv(path, rows):
    import numpy as np

    x = np.arange(rows, dtype=np.float64)
    y = np.sin(x * 1e-3) + 1e-3 * np.random.default_rng(1).standard_normal(rows)
    with open(path, "w") as out:
        out.write("x,y\n")
        step = 1_000_000
        for s in range(0, rows, step):
            out.write("".join(f"{a:.0f},{b!r}\n" for a, b in zip(x[s:s + step].tolist(), y[s:s + step].tolist())))


NOTEBOOK = """
import sys
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
frame = pd.read_csv(sys.argv[1])
x, y = frame.iloc[:, 0].to_numpy(), frame.iloc[:, 1].to_numpy()
dy = np.gradient(y, x)
figure, axis = plt.subplots(figsize=(12.8, 7.2), dpi=100)
axis.plot(x, y, linewidth=0.8)
axis.twinx().plot(x, dy, "--", linewidth=0.8, color="tab:orange")
figure.savefig(sys.argv[2])
"""


def run_notebook(csv, folder):
    """The notebook once: (wall seconds to the saved PNG, peak RSS in MB)."""
    shot = folder / "notebook.png"
    start = time.monotonic()
    done = subprocess.run(["/usr/bin/time", "-v", "/usr/bin/python3", "-c", NOTEBOOK, str(csv), str(shot)],
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.monotonic() - start
    if done.returncode != 0 or not shot.exists():
        sys.exit(f"the notebook failed ({done.returncode}):\n{done.stderr}")
    rss = float(re.search(r"Maximum resident set size \(kbytes\): ([0-9]+)", done.stderr).group(1)) / 1024
    return wall, rss


def run(tangent, args, folder):
    """One run: (seconds to the screenshot, wall seconds, CPU seconds, peak RSS in MB)."""
    shot = folder / "out.png"
    if shot.exists():
        shot.unlink()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TANGENT_NO_DIALOGS="1",
               HOME=str(folder), XDG_CONFIG_HOME=str(folder / "config"), XDG_DATA_HOME=str(folder / "data"),
               XDG_RUNTIME_DIR=str(folder))
    start = time.monotonic()
    process = subprocess.Popen(["/usr/bin/time", "-v", str(tangent), *args, "--screenshot", str(shot)],
                               env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    shown = None
    while process.poll() is None:
        if shown is None and shot.exists():
            shown = time.monotonic() - start
        time.sleep(0.005)
    wall = time.monotonic() - start
    report = process.stderr.read()
    if process.returncode != 0 or not shot.exists():
        sys.exit(f"tangent failed ({process.returncode}):\n{report}")

    def field(name):
        return float(re.search(re.escape(name) + r": ([0-9.]+)", report).group(1))

    cpu = field("User time (seconds)") + field("System time (seconds)")
    return (shown if shown is not None else wall), wall, cpu, field("Maximum resident set size (kbytes)") / 1024


def main():
    args = parse_args()
    tangent = args.tangent or args.build_dir / "app" / "tangent"
    with tempfile.TemporaryDirectory(prefix="tangent-window-") as scratch:
        folder = Path(scratch)
        csv = args.csv or folder / "big.csv"
        if not csv.exists():
            print(f"writing {args.rows:,} rows to {csv} ...", flush=True)
            write_csv(csv, args.rows)
        with open(csv) as f:
            columns = f.readline().count(",") + 1
            rows = sum(1 for _ in f) if args.csv else args.rows
        data_mb = rows * columns * 8 / 2**20
        size_mb = csv.stat().st_size / 2**20
        print(f"{tangent} on {csv}: {rows:,} rows x {columns} columns, {size_mb:.0f} MB of text, "
              f"{data_mb:.0f} MB of doubles; load average {os.getloadavg()[0]:.1f}")
        baseline = min(run(tangent, [], folder)[3] for _ in range(2))
        print(f"empty window: peak RSS {baseline:.0f} MB")
        results = []
        for i in range(args.runs):
            shown, wall, cpu, rss = run(tangent, [str(csv)], folder)
            results.append((shown, wall, cpu, rss))
            print(f"run {i + 1}: shown after {shown:.2f} s (process {wall:.2f} s), CPU {cpu:.2f} s, "
                  f"peak RSS {rss:.0f} MB ({rss - baseline:.0f} MB above the empty window)", flush=True)
        shown = statistics.median(r[0] for r in results)
        cpu = statistics.median(r[2] for r in results)
        above = statistics.median(r[3] for r in results) - baseline
        print(f"median: shown after {shown:.2f} s, CPU {cpu:.2f} s; "
              f"memory above the empty window {above:.0f} MB = {above / data_mb:.2f}x the numeric data "
              f"(budget 1.5x = {1.5 * data_mb:.0f} MB); load average {os.getloadavg()[0]:.1f}")
        if args.no_notebook:
            return
        notebook = []
        for i in range(args.runs):
            notebook.append(run_notebook(csv, folder))
            print(f"notebook run {i + 1}: PNG after {notebook[-1][0]:.2f} s, peak RSS {notebook[-1][1]:.0f} MB",
                  flush=True)
        wall = statistics.median(r[0] for r in notebook)
        rss = statistics.median(r[1] for r in notebook)
        print(f"notebook median: {wall:.2f} s, peak RSS {rss:.0f} MB; window / notebook time = "
              f"{shown / wall:.3f} (target <= 0.08); load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
