#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Golden data for Tangent's uncertainty bands (tests/core/uncertainty/test_uncertainty_golden.cpp).

Run with Debian's interpreter (python3-numpy 1.24, python3-scipy 1.10):

    /usr/bin/python3 tests/golden/make_uncertainty_golden.py

It rewrites tests/golden/uncertainty/bands.txt. Seeds are fixed. Every expected sd is computed
here independently of Tangent's code (docs/uncertainty.md says what the bands are):

- numpy: the derivative is linear in y, so its matrix J is numpy.gradient applied (order times)
  to the columns of the identity; sd = sigma * sqrt(sum_j J[i, j]^2).
- savgol, uniform x: J is scipy.signal.savgol_filter(identity, mode='interp') (scipy's own
  weights, edges included); uneven x: each row's least-squares polynomial fitted with numpy's
  lstsq on the window Tangent uses (the nearest W samples, the first or last W at the ends).
- spline, the band: the spline's derivative is linear in y, so J is
  scipy.interpolate.make_smoothing_spline(x, e_j, lam).derivative()(x) for the columns e_j of the
  identity; sd = sigma * sqrt(sum_j J[i, j]^2).
- spline, `posterior` records: the Bayesian posterior (Wahba 1983) of f = b0 + b1*x + sqrt(sigma^2/lam) * Z with Z the
  integrated Wiener process from x[0], b0, b1 flat, y = f(x) + N(0, sigma^2): the universal
  kriging variance of f'(x_i), dense (n x n). Its posterior mean is checked here against scipy's
  make_smoothing_spline(x, y, lam).derivative(), which is what ties the prior to Tangent's spline.
- kalman: the constant-acceleration model of core/smoothing/kalman/kalman.cpp (state f, f', f''; white
  f''' of intensity q = 10**ratio; noise variance 1 on y; the starting prior that file describes:
  variances 1e3*spread, 1e3*spread/span^2, 1e3*spread/span^4 at x[0]) written as one dense
  Gaussian over all states, conditioned on y: the posterior variance of f' (or f''), times sigma^2.

FILE FORMAT: one record per line, tokens separated by spaces, floats as float.hex().

    case NAME
    method M          numpy, savgol, spline or kalman
    order K
    edge E            numpy's edge_order
    window W / polyorder P    savgol
    lam L             spline
    ratio R           kalman: log10(q/r)
    sigma S           the noise sd given
    h H               uniform spacing (x absent)
    x N V...
    y N V...
    sd N V...         the expected standard deviations
    posterior N V...  spline: Wahba's posterior sd (Tangent computes it beside the band)
    end
"""

from pathlib import Path

import numpy as np
from scipy.interpolate import make_smoothing_spline
from scipy.signal import savgol_filter

OUT = Path(__file__).resolve().parent / "uncertainty"


def vec(tag, values):
    return f"{tag} {len(values)} " + " ".join(float(v).hex() for v in values)


def signal(rng, x, noise):
    return np.sin(2.0 * x) + 0.3 * x + noise * rng.standard_normal(len(x))


def numpy_sd(n, spacing, edge, order, sigma):
    j = np.eye(n)
    for _ in range(order):
        j = np.gradient(j, spacing, axis=0, edge_order=edge)
    return sigma * np.sqrt((j * j).sum(axis=1))


def savgol_uniform_sd(n, h, window, polyorder, order, sigma):
    j = savgol_filter(np.eye(n), window, polyorder, deriv=order, delta=h, axis=0, mode="interp")
    return sigma * np.sqrt((j * j).sum(axis=1))


def savgol_uneven_sd(x, window, polyorder, order, sigma):
    n = len(x)
    half = window // 2
    sd = np.empty(n)
    for i in range(n):
        first = 0 if i < half else (n - window if i + half >= n else i - half)
        xs = x[first:first + window]
        v = np.vander(xs - x[i], polyorder + 1, increasing=True)
        pinv = np.linalg.pinv(v)  # coefficients = pinv @ y; the k-th derivative at x[i] is k! c_k
        w = np.math.factorial(order) * pinv[order]
        sd[i] = sigma * np.sqrt((w * w).sum())
    return sd


def spline_posterior(x, y, lam, sigma):
    s = x - x[0]
    m = np.minimum.outer(s, s)
    zz = np.outer(s, s) * m - np.add.outer(s, s) * m * m / 2 + m ** 3 / 3
    # Cov(Z'(s_i), Z(s_j)) = s_j m - m^2 / 2, m = min(s_i, s_j); Var Z'(s) = s.
    wz = s[None, :] * m - m * m / 2
    b = sigma * sigma / lam
    cov = b * zz + sigma * sigma * np.eye(len(x))
    t = np.column_stack([np.ones_like(x), x])
    ci = np.linalg.inv(cov)
    k = b * wz  # row i: Cov(f'(x_i) random part, f(x_j))
    tl = np.column_stack([np.zeros_like(x), np.ones_like(x)])
    a = np.linalg.inv(t.T @ ci @ t)
    beta = a @ t.T @ ci @ y
    mean = k @ ci @ (y - t @ beta) + tl @ beta
    u = tl - k @ ci @ t
    var = b * s - np.einsum("ij,jk,ik->i", k, ci, k) + np.einsum("ij,jk,ik->i", u, a, u)
    return mean, np.sqrt(var)


def kalman_sd(x, y, ratio, order, sigma):
    n = len(x)
    q = 10.0 ** ratio
    mm = min(n, 8)
    span = x[mm - 1] - x[0]
    t = (x[:mm] - x[0]) / span
    deg = min(mm - 1, 2)
    c = np.linalg.lstsq(np.vander(t, deg + 1, increasing=True), y[:mm], rcond=None)[0]
    fit = np.vander(t, deg + 1, increasing=True) @ c
    spread = 1.0 + ((y[:mm] - fit) ** 2 + (y[:mm] - y[0]) ** 2).sum()
    wide = 1e3 * spread
    p0 = np.diag([wide, wide / span ** 2, wide / span ** 4])

    def trans(h):
        return np.array([[1, h, h * h / 2], [0, 1, h], [0, 0, 1]])

    def noise(h):
        return q * np.array([[h ** 5 / 20, h ** 4 / 8, h ** 3 / 6], [h ** 4 / 8, h ** 3 / 3, h * h / 2],
                             [h ** 3 / 6, h * h / 2, h]])

    # Marginal covariances of each state, then Cov(s_i, s_j) = F(x_i - x_j) Cov(s_j) for i >= j.
    marg = [p0]
    for i in range(1, n):
        h = x[i] - x[i - 1]
        marg.append(trans(h) @ marg[-1] @ trans(h).T + noise(h))
    big = np.zeros((3 * n, 3 * n))
    for j in range(n):
        for i in range(j, n):
            block = trans(x[i] - x[j]) @ marg[j]
            big[3 * i:3 * i + 3, 3 * j:3 * j + 3] = block
            big[3 * j:3 * j + 3, 3 * i:3 * i + 3] = block.T
    hmat = np.zeros((n, 3 * n))
    hmat[np.arange(n), 3 * np.arange(n)] = 1.0
    s = hmat @ big @ hmat.T + np.eye(n)
    post = big - big @ hmat.T @ np.linalg.solve(s, hmat @ big)
    idx = 3 * np.arange(n) + order
    return sigma * np.sqrt(post[idx, idx])


def main():
    rng = np.random.default_rng(20261207)
    lines = ["# Written by tests/golden/make_uncertainty_golden.py; do not edit."]

    def case(name, method, fields, x, h, y, sd, posterior=None):
        lines.append(f"case {name}")
        lines.append(f"method {method}")
        for key, value in fields.items():
            lines.append(f"{key} {value.hex() if isinstance(value, float) else value}")
        if x is not None:
            lines.append(vec("x", x))
        else:
            lines.append(f"h {float(h).hex()}")
        lines.append(vec("y", y))
        lines.append(vec("sd", sd))
        if posterior is not None:
            lines.append(vec("posterior", posterior))
        lines.append("end")

    sigma = 0.05
    for n, uneven in ((9, False), (25, True), (40, False)):
        for edge in (1, 2):
            for order in (1, 2, 3):
                if uneven:
                    x = np.cumsum(rng.uniform(0.05, 0.2, n))
                    spacing, h = x, None
                else:
                    x, h = None, 0.1
                    spacing = h
                xs = x if x is not None else np.arange(n) * h
                y = signal(rng, xs, sigma)
                sd = numpy_sd(n, spacing, edge, order, sigma)
                case(f"numpy_n{n}_{'uneven' if uneven else 'uniform'}_e{edge}_k{order}", "numpy",
                     {"order": order, "edge": edge, "sigma": sigma}, x, h, y, sd)

    for n, h, window, polyorder, order in ((40, 0.1, 7, 3, 1), (300, 0.01, 31, 3, 1), (300, 0.01, 31, 4, 2),
                                           (60, 0.5, 11, 2, 1)):
        xs = np.arange(n) * h
        y = signal(rng, xs, sigma)
        sd = savgol_uniform_sd(n, h, window, polyorder, order, sigma)
        case(f"savgol_uniform_n{n}_w{window}_p{polyorder}_k{order}", "savgol",
             {"order": order, "window": window, "polyorder": polyorder, "sigma": sigma}, None, h, y, sd)
    for n, window, polyorder, order in ((50, 9, 3, 1), (80, 15, 3, 2)):
        x = np.cumsum(rng.uniform(0.05, 0.2, n))
        y = signal(rng, x, sigma)
        sd = savgol_uneven_sd(x, window, polyorder, order, sigma)
        case(f"savgol_uneven_n{n}_w{window}_p{polyorder}_k{order}", "savgol",
             {"order": order, "window": window, "polyorder": polyorder, "sigma": sigma}, x, None, y, sd)

    for n, lam, uneven in ((30, 1e-3, False), (80, 1e-2, True), (150, 1e-4, True), (60, 1.0, False)):
        x = np.cumsum(rng.uniform(0.02, 0.08, n)) if uneven else np.arange(n) * 0.05
        y = signal(rng, x, sigma)
        mean, posterior = spline_posterior(x, y, lam, sigma)
        scipy_d = make_smoothing_spline(x, y, lam=lam).derivative()(x)
        jac = np.array([make_smoothing_spline(x, e, lam=lam).derivative()(x) for e in np.eye(n)]).T
        sd = sigma * np.sqrt((jac * jac).sum(axis=1))
        err = np.max(np.abs(mean - scipy_d)) / np.max(np.abs(scipy_d))
        assert err < 1e-6, f"the posterior mean is not scipy's spline derivative ({err})"
        case(f"spline_n{n}_lam{lam:g}_{'uneven' if uneven else 'uniform'}", "spline",
             {"order": 1, "lam": lam, "sigma": sigma}, x, None, y, sd, posterior)

    for n, ratio, order, uneven in ((40, 2.0, 1, False), (60, 4.0, 1, True), (50, 3.0, 2, True)):
        x = np.cumsum(rng.uniform(0.05, 0.15, n)) if uneven else np.arange(n) * 0.1
        y = signal(rng, x, sigma)
        sd = kalman_sd(x, y, ratio, order, sigma)
        case(f"kalman_n{n}_r{ratio:g}_k{order}", "kalman", {"order": order, "ratio": ratio, "sigma": sigma},
             x, None, y, sd)

    OUT.mkdir(exist_ok=True)
    (OUT / "bands.txt").write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
