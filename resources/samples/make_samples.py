#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes Tangent's bundled samples (deterministic; plain Python, no numpy needed)."""
import datetime
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
# A year of daily weather, as weather stations publish it: rain in mm (mostly dry days, heavy
# ones in winter), daily maximum and minimum temperature in °C, mean wind in m/s, and a word for
# the day. Four y columns of different magnitudes and a text column: the stacked layout's case.
# Seeded on its own, so that samples added before it do not change it.
random.seed(20261201)
rows = []
for day in range(365):
    season = math.cos(2 * math.pi * (day - 200) / 365)
    wet = random.random() < 0.45 - 0.25 * season
    rain = round(random.expovariate(1 / (6 - 3 * season)), 1) if wet else 0.0
    tmax = round(15 + 10 * season + random.gauss(0, 2.2) - (2 if wet else 0), 1)
    tmin = round(tmax - 6 - random.uniform(0, 4), 1)
    wind = round(max(0.4, 3.4 - 0.8 * season + random.gauss(0, 1.1) + (1 if wet else 0)), 1)
    word = ("snow" if tmax < 2 else "rain" if rain > 2 else "drizzle") if wet else \
        ("fog" if random.random() < 0.08 else "sun")
    date = (datetime.date(2023, 1, 1) + datetime.timedelta(days=day)).isoformat()
    rows.append([date, num(rain), num(tmax), num(tmin), num(wind), word])
write("daily-weather.csv", ["date", "precipitation", "temp_max", "temp_min", "wind", "weather"], rows,
      "a year of daily weather: rain (mm), temperatures (°C), wind (m/s)")
