#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""numpy's own answers for tangent-cli's .npy cases (tests/cli/test_cli_npy.cpp).

Run with Debian's interpreter, which has python3-numpy 1.24:

    /usr/bin/python3 tests/golden/make_cli_npy_golden.py

For each case NAME it writes into tests/golden/cli-npy/:

    NAME.in.npy        the array given to tangent-cli
    NAME.x*.npy        coordinate arrays passed with --spacing, if any
    NAME.out.npy       what numpy.gradient returns, stacked the way tangent-cli documents it:
                       one selected axis keeps the input's shape; several are stacked along a new
                       first axis (numpy returns a list, np.stack of it); --order K applies the
                       gradient K times

The command-line options of each case live in the C++ test; the comments below repeat them. The
seed is fixed, so a rerun with the same numpy gives the same files.
"""

import pathlib

import numpy as np

OUT = pathlib.Path(__file__).resolve().parent / "cli-npy"
rng = np.random.default_rng(20240601)


def values(shape, dtype=np.float64):
    return rng.uniform(-10.0, 10.0, size=shape).astype(dtype)


def coordinates(n):
    """Increasing, unevenly spaced: numpy takes its non-uniform formulas."""
    return np.concatenate(([0.0], np.cumsum(rng.uniform(0.5, 1.5, size=n - 1))))


def save(name, array):
    np.save(OUT / f"{name}.npy", array, allow_pickle=False)


def stacked(result):
    return np.stack(result) if isinstance(result, list) else result


def case(name, f, result, **coords):
    save(f"{name}.in", f)
    for key, x in coords.items():
        save(f"{name}.{key}", x)
    save(f"{name}.out", stacked(result))


def main():
    OUT.mkdir(exist_ok=True)

    # --axis 1 --spacing 0.25
    f = values((3, 4))
    case("axis1_spacing", f, np.gradient(f, 0.25, axis=1))

    # --axis 0 --spacing x0.npy (edge order 1), and the same with --edge-order 2
    f = values((6, 3))
    x = coordinates(6)
    case("axis0_coords", f, np.gradient(f, x, axis=0), x0=x)
    save("axis0_coords.out2", np.gradient(f, x, axis=0, edge_order=2))

    # no options: every axis, stacked along a new first axis
    f = values((3, 4, 5))
    case("all_axes", f, np.gradient(f))

    # --axis -1,0 --spacing 0.5 --spacing x0.npy: results in the order the axes were given
    f = values((5, 4))
    x = coordinates(5)
    case("axes_reordered", f, np.gradient(f, 0.5, x, axis=(-1, 0)), x0=x)

    # --spacing 3: one spacing for every axis
    f = values((4, 4))
    case("one_spacing", f, np.gradient(f, 3.0))

    # --spacing x0.npy --order 2: np.gradient(np.gradient(f, x), x)
    f = values(7)
    x = coordinates(7)
    case("second_order", f, np.gradient(np.gradient(f, x), x), x0=x)

    # float32 input, --axis 1: float32 output (numpy 1.24 computes this N-D case in float32)
    f = values((4, 6), np.float32)
    case("float32_axis1", f, np.gradient(f, axis=1))

    # float32, every axis of a 3-D array, edge order 2
    f = values((3, 4, 5), np.float32)
    case("float32_all_axes_edge2", f, np.gradient(f, edge_order=2))


if __name__ == "__main__":
    main()
