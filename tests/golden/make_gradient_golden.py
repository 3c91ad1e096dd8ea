#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Golden data for Tangent's numpy.gradient parity tests (tests/core/gradient/test_golden.cpp).

Run with Debian's interpreter, which has python3-numpy 1.24 (the `python3` on a developer's PATH
may have no numpy):

    /usr/bin/python3 tests/golden/make_gradient_golden.py

It rewrites tests/golden/gradient/*.txt. The random seed is fixed, so a rerun with the same numpy
gives the same files byte for byte. The spec followed is docs/numpy-gradient.md.

FILE FORMAT
-----------
Plain text, one record per line, tokens separated by single spaces. Lines starting with '#' are
comments; blank lines are ignored. A case is a block of records:

    case NAME             NAME is [A-Za-z0-9_]+, unique over all files (it becomes a test name)
    note TEXT             optional, free text: what the case is for
    dtype D               numpy dtype of f: f8 f4 i1 i2 i4 i8 u1 u2 u4 u8
    shape N...            the dimensions of f; no numbers means a 0-d array
    layout L              how the C++ test must store f before viewing it, and how numpy got it:
                            C         row-major buffer, StridedView::of
                            F         column-major buffer, StridedView::fortranOrder
                            reversed  buffer with every axis reversed, viewed through negative
                                      strides (numpy: a[::-1, ::-1, ...] of that buffer)
    f V...                the values of f in row-major order of the *logical* array, whatever
                          the layout
    axes none             axis=None
    axes A...             the axis argument as a list in the order given (possibly empty); an int
                          axis is written as a one-element list
    edge E                edge_order
    sp h V                one vararg: a scalar spacing  (-> Spacing::uniform)
    sp h0d V              one vararg: a 0-d float64 array (-> Spacing::fromArray, rank 0)
    sp x D N V...         one vararg: N coordinates of dtype D (-> Spacing::coordinates for f8,
                          Spacing::fromArray of a rank-1 NdArray for integer dtypes)
    sp a2 R C V...        one vararg: an R x C array (-> Spacing::fromArray, rank 2; errors only)
    out K                 a value case: numpy returned K arrays; K lines follow, each
    g V...                one output in row-major order, in the order numpy returned them
    error KIND            an error case: the tangent::GradientErrorKind the C++ API must throw
    numpy TEXT            what numpy 1.24 did, "Type: message"; "none: ..." if numpy returned a
                          result where Tangent deliberately throws (edge_order 0 or negative)
    end

The `sp` records appear in the order of numpy's *varargs.

Values. Every float (f8/f4 data, float coordinates, scalar spacings, outputs) is written with
Python's float.hex() ('0x1.8000000000000p+0', '-0x0.0p+0', 'inf', '-inf', 'nan'), which C's
strtod parses exactly. float32 values (f4 data and numpy's float32 outputs) are the hex of their
exact float64 widening. Integer data and integer coordinates are decimal integers of their dtype;
the C++ side converts them with static_cast<double>, which rounds like numpy's astype(float64)
(numpy.gradient converts integer f and integer coordinates to float64 before any arithmetic).

What the C++ test claims. float64 outputs (float64 and integer input) must match bit for bit,
any NaN matching any NaN. For f4 input numpy 1.24 computes partly in float32 (spec §4.1) while
Tangent computes in double and rounds to float; the test allows 4 float ulps. That bound is not
a property of arbitrary data: numpy's float32 second-order edges can cancel catastrophically
(hundreds of ulps for smooth data with large values). The f4 cases therefore use data whose edge
terms do not cancel badly, and this script asserts, for every f4 case, that numpy's float32
result lies within 4 ulps of float(numpy's float64 result), i.e. of what Tangent must produce.

Documented divergence: numpy 1.24 checks only edge_order > 2 and silently uses second-order
edges for 0 or negative orders. Tangent's API accepts exactly 1 and 2, so the cases with
edge_order 0 or -1 expect BadEdgeOrder and record what numpy did instead.

Not covered, because the C++ API cannot express it: float32 coordinate arrays or float32 scalar
spacings, Python-int 0 spacing (numpy's ZeroDivisionError), non-numeric axis/edge_order/spacing,
bool/complex/datetime data. A case combining a bad axis with a rank-2 spacing array is avoided as
well: Spacing::fromArray throws before gradient() can check the axes.
"""

import math
import sys
from pathlib import Path

import warnings

import numpy as np

if not np.__version__.startswith("1.24."):
    sys.exit(f"expected Debian's numpy 1.24 (run /usr/bin/python3), got numpy {np.__version__}")

OUT_DIR = Path(__file__).resolve().parent / "gradient"
SEED = 20240611
rng = np.random.default_rng(SEED)

INT_DTYPES = ["i1", "i2", "i4", "i8", "u1", "u2", "u4", "u8"]
F32_ULPS = 4


# ----------------------------------------------------------------------------------------------
# Formatting


def hexf(v):
    return float(v).hex()


def fmt_values(a):
    a = np.asarray(a)
    flat = a.reshape(-1)  # logical row-major order
    if a.dtype.kind in "iu":
        return " ".join(str(int(v)) for v in flat)
    return " ".join(hexf(v) for v in flat)


def dtype_token(a):
    return np.asarray(a).dtype.str[1:]  # '<f8' -> 'f8', '|u1' -> 'u1'


def with_layout(f, layout):
    """The array numpy sees: f's values in the storage order that the C++ test will use."""
    # np.array(order=...) rather than ascontiguousarray, which turns a 0-d array into 1-d.
    if layout == "C":
        return np.array(f, order="C")
    if layout == "F":
        return np.array(f, order="F")
    if layout == "reversed":
        rev = (slice(None, None, -1),) * f.ndim
        return np.array(f[rev], order="C")[rev]
    raise ValueError(layout)


def spacing_records(spacing):
    recs = []
    for s in spacing:
        if isinstance(s, tuple) and s[0] == "h0d":
            recs.append(f"sp h0d {hexf(s[1])}")
        elif np.ndim(s) == 0:
            recs.append(f"sp h {hexf(s)}")
        elif np.ndim(s) == 1:
            recs.append(f"sp x {dtype_token(s)} {len(s)} {fmt_values(s)}".rstrip())
        elif np.ndim(s) == 2:
            r, c = np.shape(s)
            recs.append(f"sp a2 {r} {c} {fmt_values(s)}")
        else:
            raise ValueError("unsupported spacing")
    return recs


def numpy_spacing(spacing):
    return [np.array(s[1], dtype=np.float64) if isinstance(s, tuple) else s for s in spacing]


def header_records(name, f, spacing, axis, edge, layout, note):
    recs = [f"case {name}"]
    if note:
        recs.append(f"note {note}")
    recs += [
        f"dtype {dtype_token(f)}",
        ("shape " + " ".join(str(n) for n in f.shape)).rstrip(),
        f"layout {layout}",
        ("f " + fmt_values(f)).rstrip(),
    ]
    if axis is None:
        recs.append("axes none")
    else:
        axes = [axis] if isinstance(axis, int) else list(axis)
        recs.append(("axes " + " ".join(str(a) for a in axes)).rstrip())
    recs.append(f"edge {edge}")
    recs += spacing_records(spacing)
    return recs


# ----------------------------------------------------------------------------------------------
# Cases

FILES = {}
NAMES = set()


def ordered_f32_bits(a):
    i = np.asarray(a, dtype=np.float32).view(np.int32).astype(np.int64)
    return np.where(i < 0, -(2**31) - i, i)


def check_f32_claim(name, f, spacing, axis, edge, results):
    """Tangent computes f4 input in double and rounds: that must be within F32_ULPS of numpy."""
    wide = np.gradient(f.astype(np.float64), *numpy_spacing(spacing), axis=axis, edge_order=edge)
    wide = [wide] if isinstance(wide, np.ndarray) else wide
    for k, (g32, g64) in enumerate(zip(results, wide)):
        tangent = g64.astype(np.float32)
        both_nan = np.isnan(g32) & np.isnan(tangent)
        same_inf = np.isinf(g32) & (g32 == tangent)
        finite = np.isfinite(g32) & np.isfinite(tangent)
        dist = np.abs(ordered_f32_bits(g32) - ordered_f32_bits(tangent))
        ok = both_nan | same_inf | (finite & (dist <= F32_ULPS))
        if not ok.all():
            bad = np.argwhere(~ok)[0]
            raise AssertionError(f"{name}: output {k} at {bad}: float32 claim fails "
                                 f"({g32[tuple(bad)]!r} vs {tangent[tuple(bad)]!r})")


def value(file, name, f, spacing=(), axis=None, edge=1, layout="C", note=""):
    assert name not in NAMES, name
    NAMES.add(name)
    f = np.asarray(f)
    res = np.gradient(with_layout(f, layout), *numpy_spacing(spacing), axis=axis, edge_order=edge)
    res = [res] if isinstance(res, np.ndarray) else list(res)
    out_dtype = np.float32 if f.dtype == np.float32 else np.float64
    for r in res:
        assert r.dtype == out_dtype and r.shape == f.shape, (name, r.dtype, r.shape)
    if f.dtype == np.float32:
        check_f32_claim(name, f, spacing, axis, edge, res)
    recs = header_records(name, f, spacing, axis, edge, layout, note)
    recs.append(f"out {len(res)}")
    recs += [("g " + fmt_values(r)).rstrip() for r in res]
    recs.append("end")
    FILES.setdefault(file, []).append("\n".join(recs))
    return res


def numpy_kind(exc):
    """The GradientErrorKind that corresponds to a numpy exception (spec §5)."""
    msg = str(exc)
    if isinstance(exc, np.AxisError):
        return "AxisOutOfRange"
    if isinstance(exc, ValueError) and msg == "repeated axis":
        return "RepeatedAxis"
    if isinstance(exc, TypeError) and msg == "invalid number of arguments":
        return "InvalidSpacingCount"
    if isinstance(exc, ValueError) and msg == "distances must be either scalars or 1d":
        return "SpacingRankTooHigh"
    if isinstance(exc, ValueError) and msg.startswith("when 1d, distances must match the length"):
        return "CoordinateLengthMismatch"
    if isinstance(exc, IndexError) and msg == "index 0 is out of bounds for axis 0 with size 0":
        return "CoordinatesTooShort"
    if isinstance(exc, ValueError) and msg == "'edge_order' greater than 2 not supported":
        return "BadEdgeOrder"
    if isinstance(exc, ValueError) and msg.startswith("Shape of array too small"):
        return "TooFewPoints"
    return None


def error(name, f, spacing=(), axis=None, edge=1, expect="", note=""):
    assert name not in NAMES, name
    NAMES.add(name)
    f = np.asarray(f)
    try:
        np.gradient(f, *numpy_spacing(spacing), axis=axis, edge_order=edge)
    except Exception as exc:  # noqa: BLE001 - any numpy exception is data here
        numpy_text = f"{type(exc).__name__}: {exc}"
        got = numpy_kind(exc)
        # Tangent rejects edge orders below 1 up front; numpy may fail later for another reason.
        if not (edge < 1 and expect == "BadEdgeOrder"):
            assert got == expect, (name, numpy_text, expect)
    else:
        assert edge < 1 and expect == "BadEdgeOrder", f"{name}: numpy did not raise"
        numpy_text = ("none: numpy 1.24 returned a result (edge_order < 1 silently means 2); "
                      "Tangent rejects it")
    recs = header_records(name, f, spacing, axis, edge, "C", note)
    recs += [f"error {expect}", f"numpy {numpy_text}", "end"]
    FILES.setdefault("errors.txt", []).append("\n".join(recs))


# Pure float64 transcriptions of spec §3, used only to prove that a case discriminates between
# numpy's uniform and non-uniform paths (a port that picks the wrong path must fail it).

def uniform_1d(f, h, edge):
    g = np.empty_like(f)
    g[1:-1] = (f[2:] - f[:-2]) / (2.0 * h)
    if edge == 1:
        g[0] = (f[1] - f[0]) / h
        g[-1] = (f[-1] - f[-2]) / h
    else:
        g[0] = (-1.5 / h) * f[0] + (2.0 / h) * f[1] + (-0.5 / h) * f[2]
        g[-1] = (0.5 / h) * f[-3] + (-2.0 / h) * f[-2] + (1.5 / h) * f[-1]
    return g


def nonuniform_1d(f, x, edge):
    dx = np.diff(x)
    p, q = dx[:-1], dx[1:]
    g = np.empty_like(f)
    g[1:-1] = (-q / (p * (p + q))) * f[:-2] + ((q - p) / (p * q)) * f[1:-1] \
        + (p / (q * (p + q))) * f[2:]
    if edge == 1:
        g[0] = (f[1] - f[0]) / dx[0]
        g[-1] = (f[-1] - f[-2]) / dx[-1]
    else:
        p, q = dx[0], dx[1]
        g[0] = (-(2.0 * p + q) / (p * (p + q))) * f[0] + ((p + q) / (p * q)) * f[1] \
            + (-p / (q * (p + q))) * f[2]
        p, q = dx[-2], dx[-1]
        g[-1] = (q / (p * (p + q))) * f[-3] + (-(q + p) / (p * q)) * f[-2] \
            + ((2.0 * q + p) / (q * (p + q))) * f[-1]
    return g


def same_bits(a, b):
    return np.array_equal(np.asarray(a).view(np.uint64), np.asarray(b).view(np.uint64))


def expect_path(name, f, x, edge, g, uniform, discriminates=True):
    """Asserts numpy took the expected path, and that the other path would give other bits."""
    x = np.asarray(x, dtype=np.float64)
    uni = uniform_1d(f, x[1] - x[0], edge)
    non = nonuniform_1d(f, x, edge)
    took, other = (uni, non) if uniform else (non, uni)
    assert same_bits(g, took), f"{name}: numpy did not take the expected path"
    if discriminates:
        assert not same_bits(g, other), f"{name}: both paths agree, the case does not discriminate"


# ----------------------------------------------------------------------------------------------
# Data


def rand(*shape, lo=-10.0, hi=10.0):
    return rng.uniform(lo, hi, shape)


def increasing(n, lo=0.0, hi=5.0):
    x = np.sort(rng.uniform(lo, hi, n))
    assert np.all(np.diff(x) > 0)
    return x


def cases_1d():
    file = "values_1d.txt"
    doc = np.array([1, 2, 4, 7, 11, 16], dtype=float)
    value(file, "docs_example_default", doc, note="numpy docstring example")
    value(file, "docs_example_h2", doc, [2.0], note="numpy docstring example")
    value(file, "docs_example_coords", doc, [np.array([0.0, 1.0, 1.5, 3.5, 4.0, 6.0])],
          note="numpy docstring example, uneven coordinates")
    sq = np.array([0, 1, 4, 9, 16], dtype=float)
    for edge in (1, 2):
        value(file, f"squares_edge{edge}", sq, edge=edge, note="docstring: x**2, 0..4")

    y = rand(12)
    for edge in (1, 2):
        value(file, f"random_default_edge{edge}", y, edge=edge)
        value(file, f"random_h_edge{edge}", y, [0.37], edge=edge)
        value(file, f"random_negative_h_edge{edge}", y, [-0.7], edge=edge)
        value(file, f"random_h0d_edge{edge}", y, [("h0d", 0.125)], edge=edge,
              note="spacing given as a 0-d array")
        value(file, f"random_int_h_edge{edge}", y, [3], edge=edge, note="Python int spacing")
        value(file, f"random_reversed_edge{edge}", y, [1.5], edge=edge, layout="reversed")

    # Small sizes: n = 2 for edge order 1, n = 3 for both.
    value(file, "n2_edge1", rand(2), [0.3])
    value(file, "n2_edge1_coords", rand(2), [np.array([0.25, 1.0])])
    for edge in (1, 2):
        value(file, f"n3_edge{edge}", rand(3), [0.3], edge=edge)
        value(file, f"n3_edge{edge}_coords", rand(3), [np.array([-1.0, 0.1, 0.3])], edge=edge)

    n = 11
    y = rand(n)
    for edge in (1, 2):
        x = increasing(n)
        g = value(file, f"coords_increasing_edge{edge}", y, [x], edge=edge)[0]
        expect_path(f"coords_increasing_edge{edge}", y, x, edge, g, uniform=False)
        value(file, f"coords_decreasing_edge{edge}", y, [x[::-1].copy()], edge=edge)
        xi = np.array([3, 4, 9, 10, 20, 21, 22, 40, 41, 47, 100], dtype=np.int64)
        value(file, f"coords_int64_edge{edge}", y, [xi], edge=edge)
        xu = np.array([250, 240, 200, 199, 120, 100, 64, 30, 9, 3, 0], dtype=np.uint8)
        value(file, f"coords_uint8_decreasing_edge{edge}", y, [xu], edge=edge,
              note="uint8 coordinates: numpy converts to float64 before diff, so no wraparound")
        xa = np.arange(n, dtype=np.int64) * 7 - 20
        g = value(file, f"coords_int64_uniform_edge{edge}", y, [xa], edge=edge,
                  note="exactly uniform integer coordinates: scalar path with h = 7")[0]
        expect_path(f"coords_int64_uniform_edge{edge}", y, xa, edge, g, uniform=True)
        xe = np.arange(n) * 0.5
        g = value(file, f"coords_exact_uniform_edge{edge}", y, [xe], edge=edge,
                  note="np.arange(n) * 0.5 is exactly uniform: scalar path")[0]
        # With h a power of two both paths round alike; the offset case below discriminates.
        expect_path(f"coords_exact_uniform_edge{edge}", y, xe, edge, g, uniform=True,
                    discriminates=False)
        xo = 1.0 + np.arange(n) * 0.375
        g = value(file, f"coords_exact_uniform_offset_edge{edge}", y, [xo], edge=edge,
                  note="1 + k*0.375 is exactly uniform: scalar path")[0]
        expect_path(f"coords_exact_uniform_offset_edge{edge}", y, xo, edge, g, uniform=True)
        xl = np.linspace(0.0, 1.0, n)
        assert not np.all(np.diff(xl) == np.diff(xl)[0])
        g = value(file, f"coords_linspace_edge{edge}", y, [xl], edge=edge,
                  note="linspace(0, 1, 11) is not exactly uniform: non-uniform path")[0]
        expect_path(f"coords_linspace_edge{edge}", y, xl, edge, g, uniform=False)
        xl2 = np.linspace(-3.0, 7.5, 23)
        y2 = rand(23)
        g = value(file, f"coords_linspace23_edge{edge}", y2, [xl2], edge=edge)[0]
        expect_path(f"coords_linspace23_edge{edge}", y2, xl2, edge, g, uniform=False)
        xr = np.arange(0, 1.1, 0.1)
        value(file, f"coords_arange_tenths_edge{edge}", y, [xr], edge=edge,
              note="np.arange(0, 1.1, 0.1): non-uniform path")

        xn = increasing(n)
        xn[5] = np.nan
        value(file, f"coords_nan_edge{edge}", y, [xn], edge=edge)
        xrep = np.array([0.0, 1.0, 1.0, 2.0, 3.5, 3.5, 3.5, 4.0, 6.0, 6.5, 7.0])
        value(file, f"coords_repeated_edge{edge}", y, [xrep], edge=edge)
        value(file, f"coords_all_equal_edge{edge}", y, [np.full(n, 2.5)], edge=edge,
              note="all-equal coordinates: uniform with h = 0")
        value(file, f"zero_h_edge{edge}", y, [np.float64(0.0)], edge=edge,
              note="NumPy float64 zero spacing (a Python 0.0 raises ZeroDivisionError)")

    # Special values in f.
    for edge in (1, 2):
        for tag, v in (("nan", np.nan), ("inf", np.inf), ("neginf", -np.inf)):
            ys = rand(9)
            ys[0] = v
            ys[4] = v
            if tag == "inf":
                ys[5] = np.inf
                ys[8] = -np.inf
            value(file, f"special_{tag}_uniform_edge{edge}", ys, [0.5], edge=edge)
            value(file, f"special_{tag}_coords_edge{edge}", ys, [increasing(9)], edge=edge,
                  note="non-uniform path also reads f_i, so f_i = inf/nan reaches g_i")
    zeros = np.zeros(7)
    zeros[3] = -0.0
    for edge in (1, 2):
        value(file, f"constant_negative_h_edge{edge}", np.full(7, 3.25), [-2.0], edge=edge,
              note="signed zeros: (c - c) / -h is -0.0")
        value(file, f"signed_zeros_coords_edge{edge}", zeros, [increasing(7)], edge=edge)
        big = np.array([1.7e308, -1.7e308, 1.0e308, 1.7e308, -1.0e308, 5.0, -1.7e308])
        value(file, f"overflow_edge{edge}", big, [0.5], edge=edge)
        tiny = np.array([5e-324, 1e-310, -3e-320, 2.2e-308, 0.0, -5e-324, 1e-300])
        value(file, f"subnormal_values_edge{edge}", tiny, [0.25], edge=edge)
        value(file, f"subnormal_h_edge{edge}", rand(6), [1e-310], edge=edge,
              note="-1.5 / h overflows to inf")
        value(file, f"huge_h_edge{edge}", rand(6), [1.2e308], edge=edge,
              note="2.0 * h overflows to inf")


def cases_nd():
    file = "values_nd.txt"
    doc = np.array([[1, 2, 6], [3, 4, 5]], dtype=float)
    value(file, "docs_2d_default", doc, note="numpy docstring example")
    value(file, "docs_2d_mixed", doc, [2.0, np.array([1.0, 1.5, 3.5])],
          note="numpy docstring example: dx = 2., y = [1., 1.5, 3.5]")
    value(file, "docs_2d_axis0", doc, axis=0, note="numpy docstring example")

    a = rand(5, 6)
    for edge in (1, 2):
        e = f"_edge{edge}"
        value(file, "2d_default" + e, a, edge=edge)
        value(file, "2d_axis0" + e, a, axis=0, edge=edge)
        value(file, "2d_axis1" + e, a, axis=1, edge=edge)
        value(file, "2d_axis_neg1" + e, a, [0.3], axis=-1, edge=edge)
        value(file, "2d_axis_neg2_tuple" + e, a, axis=(-2,), edge=edge)
        value(file, "2d_axes_1_0" + e, a, axis=(1, 0), edge=edge,
              note="outputs in the order given: d/daxis1 first")
        value(file, "2d_one_scalar_all_axes" + e, a, [0.25], edge=edge)
        value(file, "2d_one_scalar_axes_1_0" + e, a, [0.25], axis=[1, 0], edge=edge)
        value(file, "2d_scalar_per_axis" + e, a, [2.0, -0.3], edge=edge)
        value(file, "2d_scalar_per_axis_1_0" + e, a, [2.0, -0.3], axis=(1, 0), edge=edge,
              note="2.0 pairs with axis 1, -0.3 with axis 0")
        value(file, "2d_coords_per_axis" + e, a, [increasing(5), increasing(6)], edge=edge)
        value(file, "2d_coords_axes_1_0" + e, a, [increasing(6), increasing(5)],
              axis=(1, 0), edge=edge)
        value(file, "2d_mixed_scalar_coords" + e, a, [0.5, increasing(6)], edge=edge)
        value(file, "2d_mixed_coords_scalar_F" + e, a, [increasing(5), 1.25], edge=edge,
              layout="F")
        value(file, "2d_mixed_int_uniform_coords" + e, a,
              [np.arange(5, dtype=np.int64) * 3, np.linspace(0.0, 2.0, 6)], edge=edge,
              note="int coordinates take the scalar path, linspace the non-uniform one")
        value(file, "2d_coords_F" + e, a, [increasing(5), increasing(6)], edge=edge, layout="F")
        value(file, "2d_coords_reversed" + e, a, [increasing(5), increasing(6)], edge=edge,
              layout="reversed")
    # Small sizes in N-D.
    value(file, "2d_2x3_edge1", rand(2, 3), [0.5, increasing(3)])
    value(file, "2d_3x3_edge2", rand(3, 3), [increasing(3), 0.75], edge=2)
    value(file, "2d_3x2_axis0_edge2", rand(3, 2), axis=0, edge=2,
          note="axis 1 is too short for edge order 2 but is not selected")
    value(file, "2d_column_axis0", rand(4, 1), axis=0, note="(n, 1) works with axis=0")

    # Nothing selected: numpy returns an empty list.
    value(file, "2d_axes_empty", a, axis=(), note="axis=() selects nothing")
    value(file, "2d_axes_empty_one_scalar", a, [2.0], axis=(),
          note="a single scalar is accepted even with no axes")
    value(file, "0d_default", np.array(3.5), note="0-d f with axis=None: empty result")
    value(file, "0d_one_scalar", np.array(-1.0), [0.5], note="0-d f, one scalar: empty result")

    # Special values, N-D.
    s = rand(4, 5)
    s[1, 2] = np.nan
    s[3, 0] = np.inf
    s[0, 4] = -np.inf
    for edge in (1, 2):
        value(file, f"2d_specials_edge{edge}", s, edge=edge)
        value(file, f"2d_specials_coords_edge{edge}", s, [increasing(4), increasing(5)],
              edge=edge)
        value(file, f"2d_zero_spacing_edge{edge}", s, [np.full(4, 1.0), np.float64(0.0)],
              edge=edge)

    b = rand(4, 3, 5)
    for edge in (1, 2):
        e = f"_edge{edge}"
        value(file, "3d_default" + e, b, edge=edge)
        value(file, "3d_one_scalar" + e, b, [0.1], edge=edge)
        value(file, "3d_coords" + e, b, [increasing(4), increasing(3), increasing(5)], edge=edge)
        value(file, "3d_coords_F" + e, b, [increasing(4), increasing(3), increasing(5)],
              edge=edge, layout="F")
        value(file, "3d_mixed_reversed" + e, b, [increasing(4), 2.5, np.linspace(1.0, 0.0, 5)],
              edge=edge, layout="reversed")
        value(file, "3d_axes_2_0" + e, b, [increasing(5), 0.5], axis=(2, 0), edge=edge)
        value(file, "3d_axis_neg2" + e, b, [np.array([1, 5, 6], dtype=np.uint8)], axis=-2,
              edge=edge, layout="F")
        value(file, "3d_axes_neg1_0_1" + e, b, axis=[-1, 0, 1], edge=edge, layout="reversed")

    c = rand(3, 4, 2, 5)
    for edge in (1, 2):
        e = f"_edge{edge}"
        if edge == 1:  # all axes: axis 2 has 2 points, too few for edge order 2
            value(file, "4d_default" + e, c, edge=edge)
            value(file, "4d_coords" + e, c,
                  [increasing(3), increasing(4), increasing(2), increasing(5)], edge=edge)
            value(file, "4d_coords_F" + e, c,
                  [increasing(3), increasing(4), np.array([3.0, -1.0]), increasing(5)],
                  edge=edge, layout="F")
            value(file, "4d_reversed" + e, c, [0.5, 0.25, 2.0, 1.5], edge=edge,
                  layout="reversed")
        value(file, "4d_axes_3_1" + e, c, [increasing(5), np.arange(4) * 0.5], axis=(3, 1),
              edge=edge)
        value(file, "4d_axes_0_3_1_F" + e, c, [0.75], axis=(0, 3, 1), edge=edge, layout="F")
        value(file, "4d_axis_neg1_coords" + e, c, [increasing(5)], axis=-1, edge=edge,
              layout="reversed")
    c2 = rand(3, 3, 4, 3)
    value(file, "4d_all_axes_edge2", c2, [increasing(3), 0.5, increasing(4), np.linspace(0, 1, 3)],
          edge=2)
    value(file, "4d_all_axes_edge2_F", c2, edge=2, layout="F")


def int_data(dt, shape):
    info = np.iinfo(dt)
    lo, hi = max(int(info.min), -(2**62)), min(int(info.max), 2**62)
    a = rng.integers(lo, hi, size=shape, dtype=dt, endpoint=True)
    flat = a.reshape(-1)
    flat[0] = info.max  # extremes: subtraction in the integer type would wrap
    flat[1] = info.min
    flat[2] = info.max
    flat[-1] = info.min
    if flat.size > 6:
        flat[4] = 0
    return a


def cases_dtypes():
    file = "values_dtypes.txt"
    for dt in INT_DTYPES:
        a = int_data(dt, (9,))
        value(file, f"{dt}_1d_edge1", a, note="numpy converts integer f to float64 first")
        value(file, f"{dt}_1d_coords_edge2", a, [increasing(9)], edge=2)
        m = int_data(dt, (4, 5))
        value(file, f"{dt}_2d_edge1", m, [0.5, increasing(5)], layout="F")
        value(file, f"{dt}_2d_edge2", m, edge=2, layout="reversed")
    u = np.array([0, 255, 0, 255, 255, 0, 1, 254], dtype=np.uint8)
    for edge in (1, 2):
        value(file, f"u1_wraparound_edge{edge}", u, edge=edge,
              note="0 - 255 is -255 after conversion, not 1")
    big = np.array([2**53 + 1, 2**53 + 3, -(2**63), 2**63 - 1, 2**53, 7, -(2**53) - 1],
                   dtype=np.int64)
    value(file, "i8_beyond_2_53", big, note="magnitudes above 2^53 round when converted")
    ubig = np.array([2**64 - 1, 0, 2**63 + 1, 2**53 + 1, 12, 2**64 - 2049], dtype=np.uint64)
    value(file, "u8_beyond_2_53_edge2", ubig, [0.5], edge=2)
    value(file, "i4_int_coords_edge2", int_data("i4", (6,)),
          [np.array([-5, 0, 1, 7, 8, 30], dtype=np.int64)], edge=2)


def f32_data(shape):
    # Zero-mean values of moderate size: numpy's float32 order-2 edges do not cancel badly here
    # (see the module docstring); check_f32_claim() verifies every case.
    return rng.uniform(-1.0, 1.0, shape).astype(np.float32)


def spread(n):
    """Increasing coordinates with gaps in [0.5, 1.5]: no huge second-order edge coefficients."""
    return np.cumsum(rng.uniform(0.5, 1.5, n)) - 2.0


def cases_float32():
    file = "values_float32.txt"
    y = f32_data(10)
    for edge in (1, 2):
        e = f"_edge{edge}"
        value(file, "f4_1d_default" + e, y, edge=edge)
        value(file, "f4_1d_h" + e, y, [0.3], edge=edge)
        value(file, "f4_1d_coords" + e, y, [spread(10)], edge=edge)
        value(file, "f4_1d_exact_uniform_coords" + e, y, [np.arange(10) * 0.25], edge=edge)
        value(file, "f4_1d_reversed" + e, y, [0.5], edge=edge, layout="reversed")
        m = f32_data((5, 4))
        value(file, "f4_2d_default" + e, m, edge=edge)
        value(file, "f4_2d_mixed_F" + e, m, [0.7, spread(4)], edge=edge, layout="F")
        value(file, "f4_2d_axes_1_0" + e, m, [2.0, 0.5], axis=(1, 0), edge=edge)
        t = f32_data((3, 4, 3))
        value(file, "f4_3d_coords_reversed" + e, t, [spread(3), spread(4), 0.25],
              edge=edge, layout="reversed")
    sp = np.array([1.0, np.nan, 2.0, np.inf, -np.inf, 3.0, 0.5], dtype=np.float32)
    value(file, "f4_1d_specials", sp)
    value(file, "f4_1d_specials_coords_edge2", sp, [spread(7)], edge=2)
    big = np.array([3.0e38, -3.0e38, 3.0e38, 1.0, -3.0e38], dtype=np.float32)
    value(file, "f4_overflow", big, [0.5],
          note="float32 overflow: differences that exceed float range become inf after rounding")


def cases_errors():
    a = rand(3, 4)
    y = rand(6)
    error("axis_out_of_range", a, axis=2, expect="AxisOutOfRange")
    error("axis_out_of_range_negative", a, axis=-3, expect="AxisOutOfRange")
    error("axis_out_of_range_in_list", rand(2, 3, 4), axis=(0, 3), expect="AxisOutOfRange")
    error("axis_on_0d", np.array(1.0), axis=0, expect="AxisOutOfRange")
    error("repeated_axis", a, axis=(0, -2), expect="RepeatedAxis")
    error("repeated_axis_same", rand(3, 3, 3), axis=[1, 1], expect="RepeatedAxis")
    error("spacing_count_three_for_two", a, [1.0, 2.0, 3.0], expect="InvalidSpacingCount")
    error("spacing_count_one_array_for_two", a, [spread(3)], expect="InvalidSpacingCount",
          note="a single vararg applies to every axis only if it is a scalar")
    error("spacing_count_two_for_one", a, [1.0, 2.0], axis=1, expect="InvalidSpacingCount")
    error("spacing_count_array_for_0d", np.array(2.0), [spread(3)],
          expect="InvalidSpacingCount")
    error("spacing_rank_2", a, [np.ones((3, 4))], axis=0, expect="SpacingRankTooHigh")
    error("spacing_rank_2_second", a, [0.5, np.ones((1, 4))], expect="SpacingRankTooHigh")
    error("coords_length_mismatch", y, [spread(5)], expect="CoordinateLengthMismatch")
    error("coords_length_mismatch_axes_1_0", a, [spread(3), spread(3)], axis=(1, 0),
          expect="CoordinateLengthMismatch", note="the first vararg belongs to axis 1 (length 4)")
    error("coords_too_short", np.array([2.0]), [np.array([0.5])], expect="CoordinatesTooShort")
    error("coords_too_short_2d", rand(4, 1), [np.array([3.0])], axis=1,
          expect="CoordinatesTooShort")
    error("edge_order_3", y, edge=3, expect="BadEdgeOrder")
    error("edge_order_0", y, edge=0, expect="BadEdgeOrder")
    error("edge_order_negative", y, [spread(6)], edge=-1, expect="BadEdgeOrder")
    error("edge_order_0_length_2", rand(2), edge=0, expect="BadEdgeOrder",
          note="numpy fails here only with an IndexError")
    error("too_few_points_edge1", np.array([1.0]), expect="TooFewPoints")
    error("too_few_points_edge2", rand(2), edge=2, expect="TooFewPoints")
    error("too_few_points_empty", np.zeros(0), expect="TooFewPoints")
    error("too_few_points_column", rand(4, 1), expect="TooFewPoints",
          note="axis=None includes the length-1 axis")
    error("too_few_points_later_axis", rand(3, 2), [0.5, 0.5], edge=2, expect="TooFewPoints")
    error("too_few_points_3d_axis", rand(3, 4, 2), axis=(0, 2), edge=2, expect="TooFewPoints")
    # Precedence: axes, then spacing, then edge order, then sizes (spec §2).
    error("axis_before_spacing_count", a, [1.0, 2.0, 3.0], axis=5, expect="AxisOutOfRange")
    error("repeated_axis_before_spacing_count", a, [1.0, 2.0, 3.0], axis=(1, 1),
          expect="RepeatedAxis")
    error("spacing_count_before_edge_order", a, [1.0, 2.0, 3.0], edge=3,
          expect="InvalidSpacingCount")
    error("coords_mismatch_before_edge_order", y, [spread(4)], edge=3,
          expect="CoordinateLengthMismatch")
    error("coords_too_short_before_too_few", np.array([1.0]), [np.array([1.0])], edge=2,
          expect="CoordinatesTooShort")
    error("coords_mismatch_before_too_few", np.array([1.0]), [spread(2)],
          expect="CoordinateLengthMismatch")
    error("edge_order_before_too_few", rand(2), edge=3, expect="BadEdgeOrder")


def main():
    # inf/nan cases make numpy warn; the warnings are expected and are not part of the data.
    warnings.simplefilter("ignore", RuntimeWarning)
    cases_1d()
    cases_nd()
    cases_dtypes()
    cases_float32()
    cases_errors()
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for old in OUT_DIR.glob("*.txt"):
        old.unlink()
    total = 0
    for name, blocks in sorted(FILES.items()):
        head = (f"# numpy.gradient golden data, written by tests/golden/make_gradient_golden.py\n"
                f"# numpy {np.__version__}, seed {SEED}. Format: see the script's docstring.\n\n")
        text = head + "\n\n".join(blocks) + "\n"
        (OUT_DIR / name).write_text(text)
        total += len(text)
        print(f"{name}: {len(blocks)} cases, {len(text)} bytes")
    print(f"{len(NAMES)} cases, {total} bytes")
    assert total < 2_000_000


if __name__ == "__main__":
    main()
