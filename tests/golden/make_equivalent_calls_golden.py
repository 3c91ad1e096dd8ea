#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Golden data for the window's equivalent-call read-out (tests/ui/document/test_equivalentcall.cpp).

The Explain panel and the Diagnostics panel show, for a derivative computed by Savitzky-Golay or
the smoothing spline, the scipy call that computes the same thing. This script writes down, by
hand, the call each case should show, runs exactly that text with scipy, and stores the result, so
the C++ test checks both that the window shows this text and that the text really gives Tangent's
numbers. Run with Debian's interpreter (numpy 1.24, scipy 1.10):

    /usr/bin/python3 tests/golden/make_equivalent_calls_golden.py

It rewrites tests/golden/equivalent-calls/calls.txt. The data are fixed formulas (no random
numbers), so a rerun gives the same file.

FILE FORMAT: one record per line, tokens separated by single spaces; '#' starts a comment.

    case NAME
    method M         savgol or spline
    window W / polyorder P / lam L / order K     the settings of the window
    dx H             the table has no x column; the spacing is H
    call TEXT        the rest of the line: the Python call, evaluated with numpy, scipy, x, y
    x N V...         the x column (absent with dx)
    y N V...
    d N V...         what the call returned
    end

Floats are written with float.hex(), which C's strtod reads exactly.
"""

from pathlib import Path

import numpy
import scipy.interpolate
import scipy.signal

OUT = Path(__file__).resolve().parent / "equivalent-calls" / "calls.txt"


def noisy(x):
    # A smooth signal with a deterministic ripple standing in for noise.
    return numpy.sin(x) + 0.3 * numpy.cos(0.7 * x) + 0.02 * numpy.sin(37.0 * x + 0.3)


CASES = [
    # name, method, settings, dx (None: x column), x, call
    ("savgol_dx", "savgol", {"window": 21, "polyorder": 3, "order": 1}, 0.05, None,
     "scipy.signal.savgol_filter(y, 21, 3, deriv=1, delta=0.05)"),
    ("savgol_xcolumn", "savgol", {"window": 21, "polyorder": 3, "order": 1}, None, numpy.arange(160) * 0.125,
     "scipy.signal.savgol_filter(y, 21, 3, deriv=1, delta=0.125)"),
    ("savgol_second", "savgol", {"window": 15, "polyorder": 4, "order": 2}, None, numpy.arange(160) * 0.125,
     "scipy.signal.savgol_filter(y, 15, 4, deriv=2, delta=0.125)"),
    ("spline_uneven", "spline", {"lam": 0.06, "order": 1}, None,
     numpy.cumsum(0.08 + 0.04 * numpy.sin(numpy.arange(150) * 1.3)),
     "scipy.interpolate.make_smoothing_spline(x, y, lam=0.06).derivative()(x)"),
    ("spline_dx", "spline", {"lam": 2.5, "order": 1}, 0.5, None,
     "scipy.interpolate.make_smoothing_spline(numpy.arange(len(y)) * 0.5, y, lam=2.5).derivative()"
     "(numpy.arange(len(y)) * 0.5)"),
    ("spline_second", "spline", {"lam": 0.01, "order": 2}, None, numpy.arange(120) * 0.1,
     "scipy.interpolate.make_smoothing_spline(x, y, lam=0.01).derivative(2)(x)"),
]


def hexes(values):
    return " ".join(float(v).hex() for v in values)


def main():
    lines = ["# Written by tests/golden/make_equivalent_calls_golden.py; do not edit."]
    for name, method, settings, dx, x, call in CASES:
        if dx is not None:
            n = 140
            y = noisy(numpy.arange(n) * dx)
        else:
            y = noisy(x)
        d = eval(call, {"numpy": numpy, "scipy": scipy, "x": x, "y": y})  # the call exactly as shown
        lines.append(f"case {name}")
        lines.append(f"method {method}")
        for key, value in settings.items():
            lines.append(f"{key} {value}")
        if dx is not None:
            lines.append(f"dx {dx}")
        lines.append(f"call {call}")
        if x is not None:
            lines.append(f"x {len(x)} {hexes(x)}")
        lines.append(f"y {len(y)} {hexes(y)}")
        lines.append(f"d {len(d)} {hexes(d)}")
        lines.append("end")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
