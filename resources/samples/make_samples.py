#!/usr/bin/env python3
"""Writes Tangent's bundled samples (deterministic; plain Python, no numpy needed)."""
import math
import random

random.seed(20261125)


def write(name, header, rows, comment=None):
    with open(name, "w", newline="\n") as f:
        if comment:
            f.write(f"# {comment}\n")
        f.write(",".join(header) + "\n")
        for row in rows:
            f.write(",".join(row) + "\n")


def num(v):
    return repr(float(v)) if not isinstance(v, str) else v


write("numpy-doc-uniform.csv", ["y"], [[str(v)] for v in [1, 2, 4, 9, 16]],
      "numpy documentation: np.gradient([1, 2, 4, 9, 16]) = [1, 1.5, 3.5, 6, 7]")
write("numpy-doc-nonuniform.csv", ["x", "y"], [[str(x), str(y)] for x, y in zip([5, 10, 20, 30], [1, 2, 4, 9])],
      "numpy documentation: np.gradient([1, 2, 4, 9], [5, 10, 20, 30])")

n = 200
rows = []
for i in range(n):
    x = 4 * math.pi * i / (n - 1)
    rows.append([num(round(x, 6)), num(round(math.sin(x) + random.gauss(0, 0.02), 6))])
write("noisy-sine.csv", ["t [s]", "signal [V]"], rows, "sin(t) with Gaussian noise (sigma 0.02)")

xs = sorted(round(random.uniform(-3, 3), 4) for _ in range(40))
xs[0], xs[-1] = -3.0, 3.0
xs = sorted(set(xs))
write("x-squared-nonuniform.csv", ["x", "x^2"], [[num(x), num(round(x * x, 8))] for x in xs],
      "y = x^2 on a non-uniform grid; with edge order 2 the derivative is exactly 2x")

rows = []
level = 315.0
for day in range(0, 120):
    date = f"2024-{1 + day // 30:02d}-{1 + day % 30:02d}"
    if day % 30 >= 28:
        continue
    level += 0.05 + 0.02 * math.sin(day / 9) + random.gauss(0, 0.01)
    temp = 12 + 8 * math.sin(2 * math.pi * day / 120) + random.gauss(0, 0.3)
    t = "" if day in (17, 18, 61) else num(round(temp, 2))
    c = "NA" if day == 44 else num(round(level, 3))
    rows.append([date, c, t])
write("measurement-gaps.csv", ["date", "co2 [ppm]", "temp (°C)"], rows,
      "daily measurements with gaps (empty cells and NA)")

# Long-format stock prices: five symbols one after another, monthly, dates like "Jan 1 2000".
# Group by symbol (Derivative dock, or tangent --group symbol) for one curve per symbol.
months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
rows = []
for symbol, price, drift in [("MSFT", 39.8, 0.004), ("AMZN", 64.6, 0.012), ("IBM", 100.5, 0.002),
                             ("AAPL", 25.9, 0.02), ("GOOG", 102.4, 0.015)]:
    for month in range(0, 72):
        price = max(1.0, price * (1 + drift + random.gauss(0, 0.06)))
        rows.append([symbol, f"{months[month % 12]} 1 {2000 + month // 12}", f"{price:.2f}"])
write("stock-prices.csv", ["symbol", "date", "price"], rows,
      "long format: monthly prices of five symbols, one after another (group by symbol)")
