#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""How far to trust a derivative: are tangent-cli's uncertainty bands right? Side by side with the
known truth.

Usage: /usr/bin/python3 bench/uncertainty.py [BUILD_DIR] [--markdown] [--cases N]

BUILD_DIR (default build/) must hold app/tangent-cli; this script builds nothing. It needs numpy
(Debian: python3-numpy).

Protocol (docs/uncertainty.md): signals with known derivatives (sums of sines, logistic, damped
oscillation, cubic, chirp) on t in [0, 10], n = 400 and 2000, x uniform and jittered (each step
times a random factor in [0.5, 1.5)), Gaussian noise at 1% and 5% of the signal's range, fixed
seeds. Each case is written as a CSV file and run through

    tangent-cli CASE.csv --x t --y y --method M --uncertainty

for M in numpy, savgol, spline, kalman, auto, with σ estimated from the data (never given). Over
the interior points (2.5% trimmed at each end), it measures:

- coverage: the fraction of points where the true derivative lies within ±1.96 sd;
- sharpness: median sd / the actual RMSE of the derivative against the truth (1 is ideal: the
  band is as wide as the error really is; above 1, wider than needed).

Goals (issue 19): mean coverage in [0.85, 0.99] for every method, no case below 0.6, sharpness at
most 3 in every case. Exit status 0 if every goal is met, else 1.
"""

import argparse
import csv
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

METHODS = ["numpy", "savgol", "spline", "kalman", "auto"]
SIZES = [400, 2000]
NOISES = [0.01, 0.05]
TRIM = 0.025


def signals():
    """name -> (f, f') on t in [0, 10]."""
    return {
        "sines": (lambda t: np.sin(t) + 0.5 * np.sin(3.1 * t + 0.4),
                  lambda t: np.cos(t) + 1.55 * np.cos(3.1 * t + 0.4)),
        "logistic": (lambda t: 1.0 / (1.0 + np.exp(-2.0 * (t - 5.0))),
                     lambda t: 2.0 * np.exp(-2.0 * (t - 5.0)) / (1.0 + np.exp(-2.0 * (t - 5.0))) ** 2),
        "damped": (lambda t: np.exp(-0.3 * t) * np.sin(2.0 * t),
                   lambda t: np.exp(-0.3 * t) * (2.0 * np.cos(2.0 * t) - 0.3 * np.sin(2.0 * t))),
        "cubic": (lambda t: 0.02 * (t - 2.0) * (t - 5.0) * (t - 8.0),
                  lambda t: 0.02 * (3.0 * t * t - 30.0 * t + 66.0)),
        "chirp": (lambda t: np.sin(0.3 * t * t), lambda t: 0.6 * t * np.cos(0.3 * t * t)),
    }


def make_case(name, n, jitter, noise, seed):
    f, df = signals()[name]
    rng = np.random.default_rng(seed)
    if jitter:
        steps = rng.uniform(0.5, 1.5, n - 1)
        t = np.concatenate([[0.0], np.cumsum(steps)])
        t *= 10.0 / t[-1]
    else:
        t = np.linspace(0.0, 10.0, n)
    clean = f(t)
    sigma = noise * (clean.max() - clean.min())
    y = clean + sigma * rng.standard_normal(n)
    return t, y, df(t)


def run_cli(cli, path, method):
    result = subprocess.run([str(cli), str(path), "--x", "t", "--y", "y", "--method", method, "--uncertainty"],
                            capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"tangent-cli failed on {path} --method {method}: {result.stderr.strip()}")
    lines = [line for line in result.stdout.splitlines() if not line.startswith("#")]
    names = next(csv.reader([lines[0]]))
    values = np.array([[float(v) for v in line.split(",")] for line in lines[1:]])
    derivative = names.index("d(y)/d(t)")
    if names[derivative + 1] != "sd[d(y)/d(t)]":
        raise RuntimeError(f"no sd column after the derivative: {names}")
    return values[:, derivative], values[:, derivative + 1]


def measure(d, sd, truth):
    n = len(truth)
    lo, hi = int(np.ceil(TRIM * n)), n - int(np.ceil(TRIM * n))
    err = d[lo:hi] - truth[lo:hi]
    s = sd[lo:hi]
    coverage = float(np.mean(np.abs(err) <= 1.96 * s))
    rmse = float(np.sqrt(np.mean(err ** 2)))
    return coverage, float(np.median(s)) / rmse


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("build", nargs="?", default="build")
    parser.add_argument("--markdown", action="store_true", help="print the summary as a Markdown table")
    args = parser.parse_args()
    cli = Path(args.build) / "app" / "tangent-cli"
    if not cli.exists():
        sys.exit(f"{cli} not found: build tangent-cli first")

    rows = []  # (case, method, coverage, sharpness)
    seed = 1900
    with tempfile.TemporaryDirectory() as tmp:
        for name in signals():
            for n in SIZES:
                for jitter in (False, True):
                    for noise in NOISES:
                        seed += 1
                        t, y, truth = make_case(name, n, jitter, noise, seed)
                        case = f"{name} n={n} {'jittered' if jitter else 'uniform'} noise={noise:.0%}"
                        path = Path(tmp) / "case.csv"
                        np.savetxt(path, np.column_stack([t, y]), delimiter=",", header="t,y", comments="",
                                   fmt="%.17g")
                        line = [case]
                        for method in METHODS:
                            d, sd = run_cli(cli, path, method)
                            coverage, sharpness = measure(d, sd, truth)
                            rows.append((case, method, coverage, sharpness))
                            line.append(f"{method} {coverage:.2f}/{sharpness:.2f}")
                        print("  ".join(line), flush=True)

    print()
    ok = True
    header = "| method | mean coverage | lowest coverage (case) | median sharpness | highest sharpness |"
    print(header if args.markdown else "method   mean-coverage  lowest-coverage  median-sharpness  max-sharpness")
    if args.markdown:
        print("|---|---|---|---|---|")
    for method in METHODS:
        mine = [r for r in rows if r[1] == method]
        cov = np.array([r[2] for r in mine])
        sharp = np.array([r[3] for r in mine])
        worst = mine[int(np.argmin(cov))][0]
        good = 0.85 <= cov.mean() <= 0.99 and cov.min() >= 0.6 and sharp.max() <= 3.0
        ok = ok and good
        mark = "" if good else "  <- goal missed"
        if args.markdown:
            print(f"| {method} | {cov.mean():.3f} | {cov.min():.2f} ({worst}) | {np.median(sharp):.2f} | "
                  f"{sharp.max():.2f} |{mark}")
        else:
            print(f"{method:8s} {cov.mean():13.3f} {cov.min():16.2f} {np.median(sharp):17.2f} "
                  f"{sharp.max():14.2f}{mark}   (lowest: {worst})")
    print("\ngoals: mean coverage in [0.85, 0.99], no case below 0.6, sharpness <= 3:",
          "met" if ok else "NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
