// SPDX-License-Identifier: GPL-3.0-or-later
// The equivalent call shown for a smoothed derivative: the scipy calls checked against scipy's own
// output (tests/golden/make_equivalent_calls_golden.py runs the same text), and the tangent-cli
// lines run in-process, which must reproduce the window's values.

#include "ui/document/equivalentcall.h"

#include "app/cli/cli.h"
#include "tests/ui/document/smoothedresults.h"
#include "tests/ui/uitestsupport.h"
#include "ui/document/document.h"

#include <QDir>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <utility>

namespace tangent::ui {
namespace {

using testing::ensureSmoothed;
using testing::numberColumn;

struct GoldenCall {
    std::string name;
    std::map<std::string, std::string> keys;
    std::vector<double> x, y, d;
};

std::vector<double> readValues(std::istringstream& line)
{
    std::size_t n = 0;
    line >> n;
    std::vector<double> values(n);
    std::string token;
    for (double& v : values) {
        line >> token;
        v = std::strtod(token.c_str(), nullptr);
    }
    return values;
}

std::vector<GoldenCall> readGolden()
{
    std::ifstream file(std::string(TANGENT_GOLDEN_DIR) + "/equivalent-calls/calls.txt");
    std::vector<GoldenCall> cases;
    std::string text;
    while (std::getline(file, text)) {
        if (text.empty() || text[0] == '#')
            continue;
        std::istringstream line(text);
        std::string key;
        line >> key;
        if (key == "case") {
            cases.emplace_back();
            line >> cases.back().name;
        } else if (key == "x" || key == "y" || key == "d") {
            (key == "x" ? cases.back().x : key == "y" ? cases.back().y : cases.back().d) = readValues(line);
        } else if (key != "end") {
            cases.back().keys[key] = text.substr(key.size() + 1);
        }
    }
    return cases;
}

/// The document the window would hold for a golden case, with the case's method settings.
void loadCase(Document& document, const GoldenCall& c)
{
    DerivativeSettings settings;
    if (c.x.empty()) {
        document.loadColumns({ numberColumn("y", c.y) }, {});
        settings.xColumn = -1;
        settings.dx = std::stod(c.keys.at("dx"));
    } else {
        document.loadColumns({ numberColumn("x", c.x), numberColumn("y", c.y) }, {});
    }
    settings.order = std::stoi(c.keys.at("order"));
    settings.smoothing.method = *parseMethodName(c.keys.at("method"));
    settings.smoothing.order = settings.order;
    if (c.keys.contains("window"))
        settings.smoothing.window = std::stoi(c.keys.at("window"));
    if (c.keys.contains("polyorder"))
        settings.smoothing.polyorder = std::stoi(c.keys.at("polyorder"));
    if (c.keys.contains("lam"))
        settings.smoothing.lam = std::stod(c.keys.at("lam"));
    document.setSettings(settings);
    ensureSmoothed(document);
}

TEST(EquivalentCall, ScipyCallsAreShownAndGiveScipysNumbers)
{
    const std::vector<GoldenCall> cases = readGolden();
    ASSERT_EQ(cases.size(), 6U);
    for (const GoldenCall& c : cases) {
        SCOPED_TRACE(c.name);
        Document document;
        loadCase(document, c);
        EXPECT_EQ(equivalentCall(document).text.toStdString(), c.keys.at("call"));
        EXPECT_TRUE(equivalentCall(document).note.isEmpty());
        // The golden tolerances of the core against scipy (tests/golden/make_smoothing_golden.py):
        // savgol to 1e-10 of max|d| (rounding), the spline with a given λ to 1e-7 (a different
        // algorithm, Reinsch's against scipy's B-spline solve).
        const std::vector<double>& values = document.derivatives().results().front().values;
        ASSERT_EQ(values.size(), c.d.size());
        double scale = 0.0;
        for (const double v : c.d)
            scale = std::max(scale, std::abs(v));
        const double tolerance = (c.keys.at("method") == "savgol" ? 1e-10 : 1e-7) * scale;
        for (std::size_t i = 0; i < values.size(); ++i)
            ASSERT_NEAR(values[i], c.d[i], tolerance) << "row " << i;
    }
}

TEST(EquivalentCall, NumpyIsDocumentsNumpyCall)
{
    Document document;
    document.loadColumns({ numberColumn("x", { 0, 1, 3, 6 }), numberColumn("y", { 1, 2, 4, 8 }) }, {});
    EXPECT_EQ(equivalentCall(document).text, document.derivatives().numpyCall());
    EXPECT_EQ(equivalentCall(document).text, QStringLiteral("numpy.gradient(y, x)"));
}

/// Writes `columns` as a CSV with exact doubles and returns its path.
QString writeCsv(const QTemporaryDir& dir, const std::vector<Column>& columns)
{
    QString path = dir.filePath(QStringLiteral("data.csv"));
    std::FILE* f = std::fopen(path.toLocal8Bit().constData(), "w");
    for (std::size_t c = 0; c < columns.size(); ++c)
        std::fprintf(f, "%s%s", c ? "," : "", columns[c].name.toStdString().c_str());
    std::fprintf(f, "\n");
    for (std::size_t r = 0; r < columns.front().values.size(); ++r) {
        for (std::size_t c = 0; c < columns.size(); ++c) {
            const double v = columns[c].values[r];
            if (std::isnan(v))
                std::fprintf(f, "%s", c ? "," : "");
            else
                std::fprintf(f, "%s%.17g", c ? "," : "", v);
        }
        std::fprintf(f, "\n");
    }
    std::fclose(f);
    return path;
}

/// Runs a tangent-cli line in-process (the file name replaced by `path`) and returns the last
/// column of its output, the derivative.
std::vector<double> runLine(const QString& line, const QString& path)
{
    QStringList words = line.split(QLatin1Char(' '));
    EXPECT_EQ(words.value(0), QStringLiteral("tangent-cli"));
    words[1] = path;
    std::vector<std::string> args;
    for (qsizetype i = 1; i < words.size(); ++i)
        args.push_back(words[i].toStdString());
    std::ostringstream out;
    std::ostringstream err;
    EXPECT_EQ(runCli(args, out, err), 0) << err.str();
    std::istringstream lines(out.str());
    std::vector<double> derivative;
    std::string text;
    bool header = true;
    while (std::getline(lines, text)) {
        if (text.empty() || text[0] == '#')
            continue;
        if (std::exchange(header, false))
            continue;
        const std::string last = text.substr(text.rfind(',') + 1);
        derivative.push_back(last.empty() ? testing::kNaN : std::strtod(last.c_str(), nullptr));
    }
    return derivative;
}

/// A noisy sine on uneven x, deterministic.
std::vector<Column> unevenNoisySine(std::size_t n)
{
    std::vector<double> x(n);
    std::vector<double> y(n);
    double t = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        t += 0.05 + 0.02 * std::sin(1.7 * static_cast<double>(i));
        x[i] = t;
        y[i] = std::sin(t) + 0.01 * std::sin(41.0 * t);
    }
    return { numberColumn("t", x), numberColumn("signal", y) };
}

class EquivalentCliLine : public ::testing::TestWithParam<SmoothingMethod> { };

TEST_P(EquivalentCliLine, ReproducesTheWindowsValues)
{
    QTemporaryDir dir;
    const std::vector<Column> columns = unevenNoisySine(200);
    const QString path = writeCsv(dir, columns);
    Document document;
    document.loadColumns(columns, path);
    DerivativeSettings settings = document.settings();
    settings.smoothing.method = GetParam();
    if (GetParam() == SmoothingMethod::Savgol)
        settings.smoothing.window = 15;
    document.setSettings(settings);
    ensureSmoothed(document);

    const EquivalentCall call = equivalentCall(document);
    ASSERT_TRUE(call.text.startsWith(QStringLiteral("tangent-cli data.csv --x t --y signal --method ")))
        << call.text.toStdString();
    EXPECT_FALSE(call.note.isEmpty());
    // The parameters in the line are those chosen, rounded as the core rounds them so that they
    // reproduce the result: the same bits.
    EXPECT_TRUE(testing::sameBits(runLine(call.text, path), document.derivatives().results().front().values));
}

INSTANTIATE_TEST_SUITE_P(Methods, EquivalentCliLine,
    ::testing::Values(SmoothingMethod::Savgol, SmoothingMethod::Tvr, SmoothingMethod::Kalman),
    [](const ::testing::TestParamInfo<SmoothingMethod>& info) { return std::string(methodName(info.param)); });

TEST(EquivalentCall, SavgolOnUnevenXSaysWhyNoScipy)
{
    Document document;
    document.loadColumns(unevenNoisySine(100), {});
    DerivativeSettings settings = document.settings();
    settings.smoothing.method = SmoothingMethod::Savgol;
    settings.smoothing.window = 11;
    document.setSettings(settings);
    ensureSmoothed(document);
    const EquivalentCall call = equivalentCall(document);
    EXPECT_EQ(call.text,
        QStringLiteral("tangent-cli FILE.csv --x t --y signal --method savgol --window 11 "
                       "--polyorder 3"));
    EXPECT_TRUE(call.note.contains(QStringLiteral("not evenly spaced")));
}

TEST(EquivalentCall, SplineWithGapsIsTheCliLine)
{
    Document document;
    std::vector<Column> columns = unevenNoisySine(60);
    columns[1].values[20] = testing::kNaN;
    document.loadColumns(columns, QStringLiteral("/tmp/my data.csv"));
    DerivativeSettings settings = document.settings();
    settings.smoothing.method = SmoothingMethod::Spline;
    settings.smoothing.lam = 0.5;
    document.setSettings(settings);
    ensureSmoothed(document);
    const EquivalentCall call = equivalentCall(document);
    EXPECT_EQ(call.text, QStringLiteral("tangent-cli 'my data.csv' --x t --y signal --method spline --lam 0.5"));
    EXPECT_TRUE(call.note.contains(QStringLiteral("gaps")));
}

} // namespace
} // namespace tangent::ui
