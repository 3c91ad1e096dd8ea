// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers shared by the ui tests: building columns, comparing doubles bit for bit, waiting for a
// session to open.

#include "ui/document/document.h"
#include "ui/files/session/sessioncontroller.h"

#include <QSignalSpy>
#include <QStringList>

#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

namespace tangent::ui::testing {

inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// A number column named `name` with `values` (and a unit).
inline Column numberColumn(const QString& name, std::vector<double> values, const QString& unit = {})
{
    Column c;
    c.name = name;
    c.unit = unit;
    c.values = std::move(values);
    return c;
}

/// A column as the CSV reader returns it: numbers, or (`text`) cells that are not numbers.
inline CsvColumn csvColumn(std::string name, std::vector<double> values, std::vector<std::string> text = {})
{
    CsvColumn c;
    c.name = std::move(name);
    c.numeric = text.empty();
    c.values = std::move(values);
    c.text = std::move(text);
    return c;
}

/// Equal bit for bit, NaN payloads aside (so -0.0 differs from 0.0).
inline bool sameBits(double a, double b)
{
    return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b) || (std::isnan(a) && std::isnan(b));
}

/// Vectors equal bit for bit; on failure names the first row that differs.
inline ::testing::AssertionResult sameBits(const std::vector<double>& actual, const std::vector<double>& expected)
{
    if (actual.size() != expected.size())
        return ::testing::AssertionFailure() << "sizes " << actual.size() << " != " << expected.size();
    for (std::size_t i = 0; i < actual.size(); ++i)
        if (!sameBits(actual[i], expected[i]))
            return ::testing::AssertionFailure()
                << "row " << i << ": " << actual[i] << " != " << expected[i] << " (bits differ)";
    return ::testing::AssertionSuccess();
}

/// True if a diagnostic contains `fragment`; its severity and action are written back.
inline bool hasDiagnostic(const Document& document, const QString& fragment, Diagnostic::Severity* severity = nullptr,
    Diagnostic::Action* action = nullptr)
{
    for (const Diagnostic& d : document.derivatives().diagnostics()) {
        if (d.text.contains(fragment)) {
            if (severity)
                *severity = d.severity;
            if (action)
                *action = d.action;
            return true;
        }
    }
    return false;
}

/// Every diagnostic's text, one per line, for failure messages.
inline QString allDiagnostics(const Document& document)
{
    QStringList texts;
    for (const Diagnostic& d : document.derivatives().diagnostics())
        texts.append(d.text);
    return texts.join(QStringLiteral("\n"));
}

/// Opens the session at `path` with `sessions` and waits until it is in the window or was not
/// opened (its data file is read in the background). True when it was opened.
inline bool openSessionAndWait(SessionController& sessions, const QString& path)
{
    QSignalSpy finished(&sessions, &SessionController::finished);
    sessions.openSession(path);
    if (finished.isEmpty() && !finished.wait(15000))
        return false;
    return finished.first().first().toBool();
}

} // namespace tangent::ui::testing
