#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Golden data for tangent-cli's date x columns and --group (tests/cli/test_cli_timeseries.cpp).

Run with Debian's interpreter (python3-numpy 1.24, python3-pandas):

    /usr/bin/python3 tests/golden/make_timeseries_golden.py

It writes synthetic files of the two shapes users bring, with a fixed seed, and what pandas and
numpy.gradient compute from them, into tests/golden/timeseries/:

  weather.csv         daily weather, `date,precipitation,temp_max,temp_min,wind,weather`, dates
                      like 2012/01/01 (every day: uniform x), a text column, an NA cell
  prices.csv          long-format prices, `symbol,date,price`, dates like `Jan 1 2000`, monthly
                      (uneven x), symbols interleaved, one symbol with a single row
  sensors.csv         long-format sensor log, `sensor,t,value`, every sensor sampled every 0.5 s
                      (uniform x within a group), sensors interleaved row by row, one sensor of
                      four rows (too short for a savgol window of 7)
  *.expected.csv      the expected output of one tangent-cli run (the arguments are in the
                      first line, "# args: ..."). Numbers are Python float.hex() text, which
                      C's strtod reads exactly ("nan" for NaN); date and group cells are the text
                      expected verbatim; an empty cell is an empty derivative cell.

The x of a date column is (date - 1970-01-01) in seconds divided by the seconds of the time unit
(86400 for a day, 365.25 * 86400 for a year), as Tangent's window and tangent-cli compute it.
Groups are pandas groupby(sort=False) in file order, each differentiated by numpy.gradient, or
for --method savgol by scipy.signal.savgol_filter(deriv=1, delta=0.5, mode="interp") on the
group's rows (the C++ test compares these to 1e-10 of the group's largest |derivative|, the
tolerance tests/core/smoothing/test_smoothing_golden.cpp claims for savgol).
"""

import os

import numpy as np
import pandas as pd
from scipy.signal import savgol_filter

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "timeseries")
EPOCH = pd.Timestamp("1970-01-01")
SECONDS = {"d": 86400.0, "y": 365.25 * 86400.0}
rng = np.random.default_rng(20240601)


def cell(value):
    return "nan" if np.isnan(value) else float(value).hex()


def weather_frame():
    dates = pd.date_range("2012-01-01", periods=400, freq="D")
    day = np.arange(len(dates))
    temp_max = np.round(12 + 10 * np.sin(2 * np.pi * day / 365.25) + rng.normal(0, 2, len(day)), 1)
    temp_min = np.round(temp_max - 6 - rng.uniform(0, 4, len(day)), 1)
    precipitation = np.round(np.where(rng.random(len(day)) < 0.4, rng.exponential(5, len(day)), 0.0), 1)
    wind = np.round(rng.uniform(0.5, 8, len(day)), 1)
    kinds = np.array(["drizzle", "rain", "sun", "snow", "fog"])
    weather = kinds[rng.integers(0, len(kinds), len(day))]
    frame = pd.DataFrame({
        "date": dates.strftime("%Y/%m/%d"),
        "precipitation": precipitation,
        "temp_max": temp_max,
        "temp_min": temp_min,
        "wind": wind,
        "weather": weather,
    })
    frame["wind"] = frame["wind"].astype(object)
    frame.loc[17, "wind"] = "NA"
    return frame


def prices_frame():
    symbols = {"MSFT": ("2000-01-01", 39.8), "AMZN": ("2000-01-01", 64.6), "GOOG": ("2004-08-01", 102.4),
               "IBM": ("2000-01-01", 100.5)}
    rows = []
    for symbol, (start, price) in symbols.items():
        for date in pd.date_range(start, "2010-03-01", freq="MS"):
            price = round(max(1.0, price * (1 + rng.normal(0.005, 0.08))), 2)
            rows.append((symbol, date, price))
    rows.append(("NEWCO", pd.Timestamp("2009-06-01"), 12.5))  # a group of one row
    frame = pd.DataFrame(rows, columns=["symbol", "date", "price"])
    frame = frame.sort_values(["date", "symbol"], kind="stable").reset_index(drop=True)
    frame["date"] = [f"{d.strftime('%b')} {d.day} {d.year}" for d in frame["date"]]
    return frame


def write_input(frame, name):
    frame.to_csv(os.path.join(HERE, name), index=False)


def x_in_unit(text, fmt, unit):
    dates = pd.to_datetime(text, format=fmt)
    return ((dates - EPOCH).dt.total_seconds() / SECONDS[unit]).to_numpy()


def write_expected(name, args, header, rows):
    with open(os.path.join(HERE, name), "w") as out:
        out.write("# args: " + " ".join(args) + "\n")
        out.write(",".join(header) + "\n")
        for row in rows:
            out.write(",".join(row) + "\n")


def weather_expected(frame, unit, edge):
    x = x_in_unit(frame["date"], "%Y/%m/%d", unit)
    ys = ["precipitation", "temp_max", "temp_min", "wind"]
    header = ["date"]
    columns = []
    for y in ys:
        values = pd.to_numeric(frame[y], errors="coerce").to_numpy(dtype=float)
        header += [y, f"d({y})/d(date) [1/{'yr' if unit == 'y' else unit}]"]
        columns += [values, np.gradient(values, x, edge_order=edge)]
    rows = [[frame["date"][i]] + [cell(c[i]) for c in columns] for i in range(len(frame))]
    return header, rows


def prices_expected(frame, unit, edge):
    x = x_in_unit(frame["date"], "%b %d %Y", unit)
    frame = frame.assign(x=x)
    derivative = np.full(len(frame), np.nan)
    blank = np.zeros(len(frame), dtype=bool)
    for _, group in frame.groupby("symbol", sort=False):
        if len(group) < edge + 1:
            blank[group.index] = True
            continue
        derivative[group.index] = np.gradient(group["price"].to_numpy(), group["x"].to_numpy(), edge_order=edge)
    header = ["symbol", "date", "price", f"d(price)/d(date) [1/{'yr' if unit == 'y' else unit}]"]
    rows = [[frame["symbol"][i], frame["date"][i], cell(frame["price"][i]),
             "" if blank[i] else cell(derivative[i])] for i in range(len(frame))]
    return header, rows


def sensors_frame():
    sensor_rng = np.random.default_rng(20261201)
    lengths = {"north": 60, "south": 45, "east": 52, "spare": 4}
    rows = []
    for step in range(max(lengths.values())):
        for k, (sensor, n) in enumerate(lengths.items()):
            if step < n:
                t = 0.5 * step
                rows.append((sensor, t, round(20 + 3 * np.sin(0.3 * t + k) + sensor_rng.normal(0, 0.2), 3)))
    return pd.DataFrame(rows, columns=["sensor", "t", "value"])


def sensors_savgol_expected(frame, window, polyorder):
    derivative = np.full(len(frame), np.nan)
    blank = np.zeros(len(frame), dtype=bool)
    for _, group in frame.groupby("sensor", sort=False):
        if len(group) < window:
            blank[group.index] = True
            continue
        derivative[group.index] = savgol_filter(group["value"].to_numpy(), window, polyorder, deriv=1, delta=0.5,
                                                mode="interp")
    header = ["sensor", "t", "value", "d(value)/d(t)"]
    rows = [[frame["sensor"][i], cell(frame["t"][i]), cell(frame["value"][i]),
             "" if blank[i] else cell(derivative[i])] for i in range(len(frame))]
    return header, rows


def main():
    os.makedirs(HERE, exist_ok=True)
    weather = weather_frame()
    write_input(weather, "weather.csv")
    write_expected("weather.expected.csv", ["weather.csv"], *weather_expected(weather, "d", 1))
    write_expected("weather-y-edge2.expected.csv", ["weather.csv", "--time-unit", "y", "--edge-order", "2"],
                   *weather_expected(weather, "y", 2))
    prices = prices_frame()
    write_input(prices, "prices.csv")
    write_expected("prices.expected.csv", ["prices.csv", "--group", "symbol"], *prices_expected(prices, "d", 1))
    write_expected("prices-y-edge2.expected.csv",
                   ["prices.csv", "--group", "symbol", "--time-unit", "y", "--edge-order", "2"],
                   *prices_expected(prices, "y", 2))
    sensors = sensors_frame()
    write_input(sensors, "sensors.csv")
    write_expected("sensors-savgol.expected.csv",
                   ["sensors.csv", "--group", "sensor", "--method", "savgol", "--window", "7", "--polyorder", "2"],
                   *sensors_savgol_expected(sensors, 7, 2))


if __name__ == "__main__":
    main()
