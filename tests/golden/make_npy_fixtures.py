#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the .npy fixtures of tests/core/io/test_npy.cpp into tests/golden/npy/.

Run with a Python that has numpy (the system one: /usr/bin/python3 make_npy_fixtures.py).
Every supported fixture NAME.npy gets a companion NAME.txt that the test reads:

    descr <f8            the dtype string in the file's header
    fortran_order 0      1 if the data is stored in Fortran order
    version 1.0          the .npy format version
    shape 2 3            the extents (nothing after 'shape' for a 0-d array)
    0x1.0000000000000p+0 one line per value, in C order, as float.hex() of the value as float64

Unsupported dtypes are written as unsupported_*.npy with no companion.
"""

import pathlib
import shutil

import numpy as np

OUT = pathlib.Path(__file__).resolve().parent / "npy"

I8 = np.iinfo(np.int64)
U8 = np.iinfo(np.uint64)

# Values at the edges of each type: extremes, zero, -1, and (for 64-bit integers) numbers that
# float64 cannot hold exactly, so the test checks the rounding numpy's astype(float64) does.
INTEGERS = {
    "i1": [-128, -1, 0, 1, 127],
    "i2": [-32768, -1, 0, 258, 32767],
    "i4": [-(2**31), -1, 0, 16909060, 2**31 - 1],
    "i8": [I8.min, -1, 0, 2**53 + 1, I8.max],
    "u1": [0, 1, 128, 255],
    "u2": [0, 1, 258, 65535],
    "u4": [0, 1, 16909060, 2**32 - 1],
    "u8": [0, 1, 2**53 + 1, 2**63, U8.max],
}
# Specials and extremes: the smallest subnormal and the largest finite value of each width.
FLOATS = {
    "f8": [0.1, -0.0, np.inf, -np.inf, np.nan, 5e-324, 1.7976931348623157e308, -2.5],
    "f4": [0.1, -0.0, np.inf, -np.inf, np.nan, 1e-45, 3.4028234663852886e38, -2.5],
}


def save(name, array, version=None):
    path = OUT / f"{name}.npy"
    with open(path, "wb") as f:
        np.lib.format.write_array(f, array, version=version, allow_pickle=True)
    return path


def save_with_expectation(name, array, version=None):
    path = save(name, array, version)
    # Read back what numpy wrote, so the expectation describes the file, not our intention.
    loaded = np.load(path)
    with open(path, "rb") as f:
        major, minor = np.lib.format.read_magic(f)
    fortran = array.flags.f_contiguous and not array.flags.c_contiguous
    lines = [
        f"descr {loaded.dtype.str}",
        f"fortran_order {int(fortran)}",
        f"version {major}.{minor}",
        "shape " + " ".join(str(n) for n in loaded.shape),
    ]
    lines += [float(v).hex() for v in loaded.astype(np.float64).ravel(order="C")]
    (OUT / f"{name}.txt").write_text("\n".join(lines).rstrip() + "\n")


def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir()

    for code, values in INTEGERS.items():
        if code[1] == "1":
            save_with_expectation(code, np.array(values, dtype="|" + code))
        else:
            save_with_expectation(f"{code}_le", np.array(values, dtype="<" + code))
            save_with_expectation(f"{code}_be", np.array(values, dtype=">" + code))
    for code, values in FLOATS.items():
        for order, suffix in (("<", "le"), (">", "be")):
            save_with_expectation(f"{code}_{suffix}", np.array(values, dtype=order + code))

    # Shapes and orders.
    grid = np.arange(24, dtype="<f8").reshape(2, 3, 4) / 8
    save_with_expectation("f8_3d", grid)
    save_with_expectation("f8_fortran_3x4", np.asfortranarray(np.arange(12.0).reshape(3, 4)))
    save_with_expectation("f8_fortran_3d", np.asfortranarray(grid))
    save_with_expectation("i2_be_fortran_3x2",
                          np.asfortranarray(np.array([[1, -2], [300, -400], [5, 6]], dtype=">i2")))
    save_with_expectation("f4_fortran_2x3", np.asfortranarray(np.arange(6, dtype="<f4").reshape(2, 3) - 2.5))
    save_with_expectation("f8_0d", np.array(3.25))
    save_with_expectation("i4_be_0d", np.array(-7, dtype=">i4"))
    save_with_expectation("f8_empty", np.zeros(0))
    save_with_expectation("f8_empty_2x0", np.zeros((2, 0)))
    # A long first axis with no data: the header's growth padding depends on its digit count.
    save_with_expectation("f8_long_axis_empty", np.zeros((12345678901, 0)))
    save_with_expectation("f4_2x3", (np.arange(6, dtype="<f4").reshape(2, 3) + 1) / 3)

    # Newer format versions.
    save_with_expectation("f8_v2", np.arange(4.0).reshape(2, 2) - 1.5, version=(2, 0))
    save_with_expectation("f4_be_v3", np.array([1.5, -0.25], dtype=">f4"), version=(3, 0))
    save_with_expectation("u2_fortran_v3", np.asfortranarray(np.arange(6, dtype="<u2").reshape(3, 2)),
                          version=(3, 0))

    # Types Tangent does not read.
    save("unsupported_complex128", np.array([1 + 2j, 3 - 4j]))
    save("unsupported_complex64", np.array([1 + 2j], dtype=np.complex64))
    save("unsupported_bool", np.array([True, False]))
    save("unsupported_float16", np.array([1.5, 2.0], dtype=np.float16))
    save("unsupported_object", np.array([1, "a"], dtype=object))
    save("unsupported_unicode", np.array(["ab", "c"]))
    save("unsupported_datetime", np.array(["2024-01-02"], dtype="datetime64[D]"))
    save("unsupported_structured", np.array([(1.0, 2)], dtype=[("x", "<f8"), ("n", "<i4")]))


if __name__ == "__main__":
    main()
