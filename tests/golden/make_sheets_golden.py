#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Golden workbooks for Tangent's spreadsheet reader (tests/core/sheets/test_workbook.cpp) and
for tangent-cli -o out.xlsx (tests/cli/test_cli_sheets.cpp).

Run with Debian's interpreter (python3-pandas, python3-openpyxl, python3-odf, python3-xlsxwriter):

    /usr/bin/python3 tests/golden/make_sheets_golden.py

It writes into tests/golden/sheets/:

  basic.xlsx          sheet "data": numbers, an empty cell, shared strings (one rich-text),
                      one inline string (<is><t>, patched in: xlsxwriter writes shared ones),
                      a formula column with cached values, one formula without a cached value
  dates1900.xlsx      Excel serial dates in the 1900 system: 1, 59, 60 (the 1900-02-29 that
                      never was; openpyxl reads it as 1900-02-28), 61, a date with a time
  dates1904.xlsx      the 1904 system (workbookPr date1904="1")
  twosheets.xlsx      sheets "first" and "second"
  twosheets.ods       sheets "alpha" (office:date-value cells, a repeated empty cell) and "beta"
  notazip.xlsx        CSV text named .xlsx
  encrypted.xlsx      a minimal OLE compound file with EncryptionInfo and EncryptedPackage
                      streams, as Office writes a password-protected workbook
  zipbomb.xlsx        basic.xlsx with its sheet's declared uncompressed size patched to 3 GB
  fuzz-missing-shared-string.xlsx
                      not made here: an input fuzz_workbook found (a cell naming a shared
                      string that does not exist), kept as found
  FILE.SHEET.expected.csv
                      pandas.read_excel(FILE, sheet_name=SHEET) written as CSV: numbers as
                      Python repr (shortest round-trip), dates as ISO 8601 (date only at
                      midnight, as Tangent's formatDateTime), text quoted, NaN as an empty field
  errors.txt          FILE<TAB>what pandas raises, for the files pandas refuses too (pandas reads
                      zipbomb.xlsx: Python's zipfile does not trust the declared size)

and, once tangent-cli has written tests/golden/sheets/tangent-output.xlsx (see the end of this
script: tangent-cli series.csv --x date --group station --method savgol --window 5
-o tangent-output.xlsx), pandas'
reading of that workbook: tangent-output.pandas.csv (sheet 1) and tangent-output.provenance.txt
(sheet 2, one line per row), which the C++ test compares with tangent-cli's CSV output.
"""

import csv
import datetime
import io
import math
import os
import re
import struct
import zipfile

import numpy as np
import pandas as pd
import xlsxwriter
from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table, TableCell, TableRow
from odf.text import P

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sheets")


def path(name):
    return os.path.join(HERE, name)


def iso(ts):
    """Tangent's formatDateTime: date only at midnight, else seconds with the shortest fraction."""
    ts = pd.Timestamp(ts)
    if ts.hour == 0 and ts.minute == 0 and ts.second == 0 and ts.microsecond == 0:
        return ts.strftime("%Y-%m-%d")
    text = ts.strftime("%Y-%m-%dT%H:%M:%S")
    if ts.microsecond:
        text += ("." + "%06d" % ts.microsecond).rstrip("0")
    return text


def cell_text(value):
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NaT:
        return None
    if isinstance(value, (pd.Timestamp, datetime.datetime, datetime.date)):
        return ("date", iso(value))
    if isinstance(value, (bool, np.bool_)):
        return ("number", repr(float(value)))
    if isinstance(value, (int, np.integer)):
        return ("number", repr(float(value)))
    if isinstance(value, (float, np.floating)):
        return ("number", repr(float(value)))
    return ("text", str(value))


def write_expected(workbook, sheet):
    frame = pd.read_excel(path(workbook), sheet_name=sheet)
    out = io.StringIO()
    out.write(",".join('"' + str(c).replace('"', '""') + '"' for c in frame.columns) + "\n")
    for _, row in frame.iterrows():
        fields = []
        for value in row:
            cell = cell_text(value)
            if cell is None:
                fields.append("")
            elif cell[0] == "number":
                fields.append(cell[1])
            else:
                fields.append('"' + cell[1].replace('"', '""') + '"')
        out.write(",".join(fields) + "\n")
    stem = os.path.splitext(workbook)[0]
    with open(path(f"{stem}.{sheet}.expected.csv"), "w", encoding="utf-8") as f:
        f.write(out.getvalue())


def new_workbook(name, options=None):
    """An xlsxwriter workbook with a fixed creation time, so that reruns give the same bytes."""
    book = xlsxwriter.Workbook(path(name), options or {})
    book.set_properties({"created": datetime.datetime(2024, 1, 1)})
    return book


def rewrite_zip(name, change):
    """Rewrites the zip `name`, passing each part's bytes through change(part, data)."""
    with zipfile.ZipFile(path(name)) as z:
        parts = [(info, z.read(info.filename)) for info in z.infolist()]
    with zipfile.ZipFile(path(name), "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in parts:
            z.writestr(info, change(info.filename, data))


def make_basic():
    book = new_workbook("basic.xlsx")
    sheet = book.add_worksheet("data")
    bold = book.add_format({"bold": True})
    sheet.write_row(0, 0, ["x", "y", "label", "twice x"])
    xs = [0.0, 0.5, 1.25, 2.0, 3.5, 5.0]
    ys = [1.0, 2.5, None, -0.125, 1e-300, 12345678.9]
    labels = ["a", "b", "inline", "c, with comma", 'quote "q"', "rich"]
    for i, (x, y, label) in enumerate(zip(xs, ys, labels)):
        r = i + 1
        sheet.write_number(r, 0, x)
        if y is not None:
            sheet.write_number(r, 1, y)
        if label == "rich":
            sheet.write_rich_string(r, 2, "ri", bold, "ch")
        else:
            sheet.write_string(r, 2, label)
        if i == 4:
            # A formula without a cached value reads as a gap.
            sheet.write_formula(r, 3, f"=A{r + 1}*2", None, "")
        else:
            sheet.write_formula(r, 3, f"=A{r + 1}*2", None, x * 2)
    book.close()

    def inline(part, data):
        if part != "xl/worksheets/sheet1.xml":
            return data
        text = data.decode()
        # Cell C4 ("inline") becomes an inline string.
        text, n = re.subn(r'<c r="C4" t="s"><v>\d+</v></c>', '<c r="C4" t="inlineStr"><is><t>inline</t></is></c>', text)
        assert n == 1, "C4 not found"
        # xlsxwriter writes the uncached formula result as <v></v>; remove it, as Excel leaves
        # no <v> for a formula it has not computed.
        text, n = re.subn(r'(<c r="D6"[^>]*>)<f>([^<]*)</f><v></v>', r"\1<f>\2</f>", text)
        return text.encode()

    rewrite_zip("basic.xlsx", inline)


def make_dates(name, system1904):
    book = new_workbook(name, {"date_1904": system1904})
    sheet = book.add_worksheet("dates")
    date_format = book.add_format({"num_format": "yyyy-mm-dd"})
    time_format = book.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})
    sheet.write_row(0, 0, ["when", "value"])
    serials = [1, 59, 60, 61, 45000, 45000.25, 45001.5] if not system1904 else [1, 59, 60, 61, 43538, 43538.75]
    for i, serial in enumerate(serials):
        fmt = time_format if serial != int(serial) else date_format
        sheet.write_number(i + 1, 0, serial, fmt)
        sheet.write_number(i + 1, 1, float(i * i))
    book.close()


def make_two_sheets_xlsx():
    book = new_workbook("twosheets.xlsx")
    first = book.add_worksheet("first")
    first.write_row(0, 0, ["t", "a"])
    for i in range(5):
        first.write_row(i + 1, 0, [float(i), float(i) ** 2])
    second = book.add_worksheet("second")
    second.write_row(0, 0, ["t", "b", "c"])
    for i in range(8):
        second.write_row(i + 1, 0, [i * 0.5, math.sin(i), 10.0 - i])
    book.close()


def ods_cell(kind, value=None):
    if kind == "float":
        cell = TableCell(valuetype="float", value=value)
        cell.addElement(P(text=str(value)))
    elif kind == "date":
        cell = TableCell(valuetype="date", datevalue=value)
        cell.addElement(P(text=value))
    elif kind == "string":
        cell = TableCell(valuetype="string")
        cell.addElement(P(text=value))
    else:
        cell = TableCell()
    return cell


def make_ods():
    doc = OpenDocumentSpreadsheet()
    alpha = Table(name="alpha")
    rows = [
        [("string", "day"), ("string", "level"), ("string", "note")],
        [("date", "2024-01-01"), ("float", 1.5), ("string", "start")],
        [("date", "2024-01-02"), ("float", 2.25), ("empty",)],
        [("date", "2024-01-04"), ("empty",), ("string", "gap")],
        [("date", "2024-01-05T12:30:00"), ("float", -3.0), ("string", "noon")],
    ]
    for row in rows:
        tr = TableRow()
        for cell in row:
            tr.addElement(ods_cell(*cell))
        alpha.addElement(tr)
    doc.spreadsheet.addElement(alpha)
    beta = Table(name="beta")
    tr = TableRow()
    for name in ("x", "y"):
        tr.addElement(ods_cell("string", name))
    beta.addElement(tr)
    for i in range(6):
        tr = TableRow()
        tr.addElement(ods_cell("float", i * 0.25))
        tr.addElement(ods_cell("float", 1.0 / (i + 1)))
        beta.addElement(tr)
    doc.spreadsheet.addElement(beta)
    doc.save(path("twosheets.ods"))

    # A run of empty cells written as one element with a repeat count, as LibreOffice writes it.
    def repeat(part, data):
        if part != "content.xml":
            return data
        text = data.decode()
        text, n = re.subn(r"<table:table-cell/>", '<table:table-cell table:number-columns-repeated="1"/>', text, count=1)
        assert n == 1
        return text.encode()

    rewrite_zip("twosheets.ods", repeat)


def make_encrypted():
    """A minimal compound file: header, one FAT sector, one directory sector with the root,
    EncryptionInfo and EncryptedPackage (empty streams), as [MS-CFB] lays them out."""
    endofchain, freesect, fatsect = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD
    header = bytearray(512)
    header[0:8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<I", header, 44, 1)  # FAT sectors
    struct.pack_into("<I", header, 48, 1)  # first directory sector
    struct.pack_into("<I", header, 56, 4096)  # mini stream cutoff
    struct.pack_into("<I", header, 60, endofchain)  # first mini FAT sector
    struct.pack_into("<I", header, 64, 0)
    struct.pack_into("<I", header, 68, endofchain)  # first DIFAT sector
    struct.pack_into("<I", header, 72, 0)
    difat = [0] + [freesect] * 108
    struct.pack_into("<109I", header, 76, *difat)
    fat = struct.pack("<128I", fatsect, endofchain, *([freesect] * 126))

    def entry(name, kind, child=0xFFFFFFFF, left=0xFFFFFFFF, right=0xFFFFFFFF):
        e = bytearray(128)
        encoded = name.encode("utf-16-le") + b"\0\0"
        e[0 : len(encoded)] = encoded
        struct.pack_into("<HBB", e, 64, len(encoded), kind, 1)
        struct.pack_into("<III", e, 68, left, right, child)
        struct.pack_into("<I", e, 116, endofchain)
        return bytes(e)

    directory = entry("Root Entry", 5, child=1) + entry("EncryptionInfo", 2, right=2) + entry("EncryptedPackage", 2)
    directory += bytes(512 - len(directory))
    with open(path("encrypted.xlsx"), "wb") as f:
        f.write(bytes(header) + fat + directory)


def make_zipbomb():
    with open(path("basic.xlsx"), "rb") as f:
        data = bytearray(f.read())
    name = b"xl/worksheets/sheet1.xml"
    declared = 3 * 1024**3
    # Local file header: signature, then the uncompressed size at offset 22.
    local = data.find(b"PK\x03\x04" + b"")
    while local >= 0:
        length = struct.unpack_from("<H", data, local + 26)[0]
        if data[local + 30 : local + 30 + length] == name:
            struct.pack_into("<I", data, local + 22, declared)
            break
        local = data.find(b"PK\x03\x04", local + 4)
    central = data.find(b"PK\x01\x02")
    while central >= 0:
        length = struct.unpack_from("<H", data, central + 28)[0]
        if data[central + 46 : central + 46 + length] == name:
            struct.pack_into("<I", data, central + 24, declared)
            break
        central = data.find(b"PK\x01\x02", central + 4)
    with open(path("zipbomb.xlsx"), "wb") as f:
        f.write(bytes(data))


def make_series():
    """The input of the -o out.xlsx check: two stations' daily levels, interleaved row by row."""
    rng = np.random.default_rng(17)
    days = pd.date_range("2024-03-01", periods=20, freq="D")
    with open(path("series.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["station", "date", "level"])
        levels = {s: np.cumsum(rng.normal(0.0, 1.0, len(days))) + 20.0 for s in ("north", "south")}
        for i, day in enumerate(days):
            for station in ("north", "south"):
                w.writerow([station, day.strftime("%Y-%m-%d"), repr(float(levels[station][i]))])


def main():
    os.makedirs(HERE, exist_ok=True)
    make_basic()
    make_dates("dates1900.xlsx", False)
    make_dates("dates1904.xlsx", True)
    make_two_sheets_xlsx()
    make_ods()
    with open(path("notazip.xlsx"), "w", encoding="utf-8") as f:
        f.write("x,y\n1,2\n3,4\n")
    make_encrypted()
    make_zipbomb()
    make_series()

    for workbook, sheets in [
        ("basic.xlsx", ["data"]),
        ("dates1900.xlsx", ["dates"]),
        ("dates1904.xlsx", ["dates"]),
        ("twosheets.xlsx", ["first", "second"]),
        ("twosheets.ods", ["alpha", "beta"]),
    ]:
        for sheet in sheets:
            write_expected(workbook, sheet)

    errors = []
    for workbook in ("notazip.xlsx", "encrypted.xlsx"):
        try:
            pd.read_excel(path(workbook))
            raise SystemExit(f"pandas read {workbook}")
        except SystemExit:
            raise
        except Exception as e:  # noqa: BLE001 - any refusal will do; its kind is recorded
            errors.append(f"{workbook}\t{type(e).__name__}")
    with open(path("errors.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(errors) + "\n")

    # pandas' reading of the workbook tangent-cli wrote (committed), when it is there.
    written = path("tangent-output.xlsx")
    if os.path.exists(written):
        frame = pd.read_excel(written, sheet_name="derivative")
        with open(path("tangent-output.pandas.csv"), "w", encoding="utf-8") as f:
            f.write(",".join('"' + c + '"' for c in frame.columns) + "\n")
            for _, row in frame.iterrows():
                fields = []
                for value in row:
                    cell = cell_text(value)
                    fields.append("" if cell is None else cell[1] if cell[0] == "number" else '"' + cell[1] + '"')
                f.write(",".join(fields) + "\n")
        provenance = pd.read_excel(written, sheet_name="provenance", header=None)
        with open(path("tangent-output.provenance.txt"), "w", encoding="utf-8") as f:
            for value in provenance[0]:
                f.write(str(value) + "\n")


if __name__ == "__main__":
    main()
