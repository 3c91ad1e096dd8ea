#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Prints the table of core/io/shortest.cpp: for each e in [-292, 324], g = floor(10^e / 2^r) + 1
with r = floor(log2(10^e)) - 125, so that 2^125 <= g < 2^126, split as g1 * 2^63 + g0."""


def floor_log2_pow10(e):
    """floor(log2(10^e)), exactly: the largest n with 2^n <= 10^e."""
    if e >= 0:
        return (10**e).bit_length() - 1
    # 2^n <= 10^e  <=>  2^-n >= 10^-e: the smallest m = -n with 2^m >= 10^-e
    d = 10**-e
    m = d.bit_length() - 1
    if 2**m < d:
        m += 1
    return -m


def main():
    entries = []
    for e in range(-292, 325):
        fl = floor_log2_pow10(e)
        # The shortcut shortest.cpp uses must agree with the exact value.
        assert (e * 913124641741) >> 38 == fl, e
        r = fl - 125
        num, den = (10**e, 1) if e >= 0 else (1, 10**-e)
        if r >= 0:
            den <<= r
        else:
            num <<= -r
        g = num // den + 1
        assert 2**125 <= g < 2**126, e
        entries.append((g >> 63, g & (2**63 - 1)))
    for i in range(0, len(entries), 2):
        pair = entries[i:i + 2]
        print("    " + " ".join(f"{{ 0x{g1:016x}, 0x{g0:016x} }}," for g1, g0 in pair))


if __name__ == "__main__":
    main()
