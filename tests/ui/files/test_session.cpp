// SPDX-License-Identifier: GPL-3.0-or-later
// The session file format alone (no window): every setting and view field survives a round trip,
// table copies come back bit for bit, and bad files are refused with a sentence saying what and
// where.

#include "ui/files/session/session.h"
#include "ui/files/session/sessionsettings.h"

#include "tests/ui/uitestsupport.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <limits>

namespace tangent::ui {
namespace {

using testing::kNaN;
using testing::numberColumn;
using testing::sameBits;

/// Settings with every field away from its default.
DerivativeSettings unusualSettings()
{
    DerivativeSettings s;
    s.xColumn = 1;
    s.dx = 0.25;
    s.yColumns = { 2, 0 };
    s.edgeOrder = 2;
    s.order = 2;
    s.timeUnit = TimeUnit::Hour;
    s.smoothing.method = SmoothingMethod::Savgol;
    s.smoothing.order = 2;
    s.smoothing.window = 7;
    s.smoothing.polyorder = 3;
    s.smoothing.smoothedCurve = false;
    s.groupColumn = 3;
    return s;
}

std::optional<Session> decodeText(const QByteArray& text, QString* error)
{
    return decodeSession(text, error);
}

TEST(SessionSettings, EveryFieldSurvivesTheRoundTrip)
{
    const DerivativeSettings s = unusualSettings();
    QString error;
    const std::optional<DerivativeSettings> back = settingsFromJson(settingsToJson(s), &error);
    ASSERT_TRUE(back) << error.toStdString();
    EXPECT_EQ(*back, s);

    DerivativeSettings spline;
    spline.xColumn = -1;
    spline.dx = 1e-3;
    spline.smoothing.method = SmoothingMethod::Spline;
    spline.smoothing.lam = 2.5e-7;
    const std::optional<DerivativeSettings> splineBack = settingsFromJson(settingsToJson(spline), &error);
    ASSERT_TRUE(splineBack) << error.toStdString();
    EXPECT_EQ(*splineBack, spline);
}

TEST(SessionSettings, MissingFieldsKeepTheirDefaults)
{
    QString error;
    const std::optional<DerivativeSettings> s
        = settingsFromJson(QJsonObject { { QStringLiteral("edgeOrder"), 2 } }, &error);
    ASSERT_TRUE(s) << error.toStdString();
    DerivativeSettings expected;
    expected.edgeOrder = 2;
    EXPECT_EQ(*s, expected);
    EXPECT_EQ(s->smoothing.method, SmoothingMethod::Numpy);
}

TEST(SessionSettings, WrongFieldsAreNamed)
{
    const auto errorFor = [](const QJsonObject& object) {
        QString error;
        EXPECT_FALSE(settingsFromJson(object, &error));
        return error.toStdString();
    };
    EXPECT_EQ(errorFor({ { QStringLiteral("edgeOrder"), 3 } }), "\"settings.edgeOrder\" is 3; it must be 1 or 2");
    EXPECT_EQ(
        errorFor({ { QStringLiteral("order"), QStringLiteral("two") } }), "\"settings.order\" must be a whole number");
    EXPECT_EQ(errorFor({ { QStringLiteral("xColumn"), 1.5 } }), "\"settings.xColumn\" must be a whole number");
    EXPECT_EQ(errorFor({ { QStringLiteral("timeUnit"), QStringLiteral("fortnight") } }),
        "\"settings.timeUnit\" is \"fortnight\"; it must be s, min, h, d or yr");
    EXPECT_NE(errorFor({ { QStringLiteral("smoothing"),
                           QJsonObject { { QStringLiteral("method"), QStringLiteral("magic") } } } })
                  .find("\"settings.smoothing.method\" is \"magic\""),
        std::string::npos);
    EXPECT_EQ(errorFor({ { QStringLiteral("yColumns"), QStringLiteral("1,2") } }),
        "\"settings.yColumns\" must be a list of column numbers, e.g. [1, 2]");
}

TEST(SessionSettings, ProblemsAgainstTheTable)
{
    DerivativeSettings s = unusualSettings();
    EXPECT_EQ(settingsProblem(s, 4).toStdString(), "");
    EXPECT_EQ(settingsProblem(s, 3).toStdString(), "the group column is column 4, but the table has 3 column(s)");
    s.groupColumn = -1;
    EXPECT_EQ(settingsProblem(s, 2).toStdString(), "y column 3 is chosen, but the table has 2 column(s)");
    s.smoothing.lam = 1.0; // a spline parameter given to savgol
    EXPECT_NE(settingsProblem(s, 4).toStdString(), "");
}

TEST(SessionFile, RoundTripKeepsTheViewAndPaths)
{
    Session session;
    session.dataPath = QStringLiteral("/data/lab/run1.csv");
    session.dataColumns = { QStringLiteral("t"), QStringLiteral("pos") };
    session.settings = unusualSettings();
    session.view.xRange = std::pair { 0.125, 7.5 };
    session.view.layout = QStringLiteral("stacked");
    session.view.selectedRow = 4;
    session.view.tangentShown = true;
    session.view.tangentColumn = 2;
    session.view.secantRows = { 1, 5 };
    session.view.explainRow = 3;
    session.view.explainColumn = 2;
    const QByteArray bytes = encodeSession(session, QStringLiteral("/data/lessons/week1.tangent"));
    QString error;
    const std::optional<Session> back = decodeSession(bytes, &error);
    ASSERT_TRUE(back) << error.toStdString();
    EXPECT_EQ(back->dataPath, session.dataPath);
    EXPECT_EQ(back->dataRelativePath, QStringLiteral("../lab/run1.csv"));
    EXPECT_FALSE(back->table);
    EXPECT_EQ(back->dataColumns, session.dataColumns);
    EXPECT_EQ(back->settings, session.settings);
    EXPECT_EQ(back->view, session.view);
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    EXPECT_EQ(root.value(QStringLiteral("format")).toString(), QStringLiteral("tangent-session"));
    EXPECT_EQ(root.value(QStringLiteral("version")).toInt(), 1);
}

TEST(SessionFile, TheUncertaintyBandSurvivesTheRoundTrip)
{
    Session session;
    session.dataPath = QStringLiteral("/data/band.csv");
    session.view.uncertaintyBand = true;
    const QByteArray bytes = encodeSession(session, QStringLiteral("/data/band.tangent"));
    EXPECT_TRUE(QJsonDocument::fromJson(bytes)
                    .object()
                    .value(QStringLiteral("view"))
                    .toObject()
                    .value(QStringLiteral("uncertaintyBand"))
                    .toBool());
    QString error;
    const std::optional<Session> back = decodeSession(bytes, &error);
    ASSERT_TRUE(back) << error.toStdString();
    EXPECT_TRUE(back->view.uncertaintyBand);
    // Off is the default: not written, and a file without it (an older session) reads as off.
    session.view.uncertaintyBand = false;
    const QByteArray off = encodeSession(session, QStringLiteral("/data/band.tangent"));
    EXPECT_FALSE(off.contains("uncertaintyBand"));
    ASSERT_TRUE(decodeSession(off, &error));
    EXPECT_FALSE(decodeSession(off, &error)->view.uncertaintyBand);
}

TEST(SessionFile, BandNoisePerColumnRoundTrips)
{
    Session session;
    session.dataPath = QStringLiteral("/data/band.csv");
    session.view.uncertaintyBand = true;
    session.view.bandNoiseSd = { { 1, 0.5 }, { 3, 1e-300 } };
    const QByteArray bytes = encodeSession(session, QStringLiteral("/data/band.tangent"));
    QString error;
    const std::optional<Session> back = decodeSession(bytes, &error);
    ASSERT_TRUE(back) << error.toStdString();
    EXPECT_EQ(back->view.bandNoiseSd, session.view.bandNoiseSd);
    // None given: not written, and read as none.
    session.view.bandNoiseSd.clear();
    const QByteArray none = encodeSession(session, QStringLiteral("/data/band.tangent"));
    EXPECT_FALSE(none.contains("bandNoiseSd"));
    // A σ that is not a number above 0 is an error naming the field.
    QByteArray bad = bytes;
    bad.replace("\"1\": 0.5", "\"1\": -2");
    ASSERT_NE(bad, bytes);
    EXPECT_FALSE(decodeSession(bad, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("view.bandNoiseSd"))) << error.toStdString();
}

TEST(SessionFile, TableCopyComesBackBitForBit)
{
    const double inf = std::numeric_limits<double>::infinity();
    std::vector<Column> table = { numberColumn(QStringLiteral("t"), { 0.1, 1.0 / 3.0, 2e-310, 1e300, -0.0 }, "s"),
        numberColumn(QStringLiteral("v"), { kNaN, inf, -inf, 123456789012345678.0, -2.5 }) };
    table[1].fromText = false;
    Column dates = numberColumn(QStringLiteral("when"), { 1.7e9, 1.7e9 + 86400.5, kNaN, 0, -1 });
    dates.kind = ColumnKind::DateTime;
    table.push_back(dates);
    Column text = numberColumn(QStringLiteral("label"), { kNaN, kNaN, kNaN, kNaN, kNaN });
    text.fromText = true;
    text.text = { QStringLiteral("MSFT"), QStringLiteral("MSFT"), QStringLiteral("IBM"), {}, QStringLiteral("IBM") };
    table.push_back(text);
    Session session;
    session.table = table;
    QString error;
    const std::optional<Session> back = decodeSession(encodeSession(session, QStringLiteral("/tmp/a.tangent")), &error);
    ASSERT_TRUE(back) << error.toStdString();
    ASSERT_TRUE(back->table);
    ASSERT_EQ(back->table->size(), table.size());
    for (std::size_t c = 0; c < table.size(); ++c) {
        const Column& got = (*back->table)[c];
        EXPECT_EQ(got.name, table[c].name);
        EXPECT_EQ(got.unit, table[c].unit);
        EXPECT_EQ(got.kind, table[c].kind);
        EXPECT_EQ(got.fromText, table[c].fromText);
        EXPECT_EQ(got.text, table[c].text);
        EXPECT_TRUE(sameBits(got.values, table[c].values)) << "column " << c;
    }
}

TEST(SessionFile, AnOnlyRelativeDataPathIsKeptWhenSavedAgain)
{
    // Found by fuzz_session: a session naming its data only relative to itself was read, but saved
    // again it named no data at all, and Tangent then refused the file it had written.
    QString error;
    const std::optional<Session> read
        = decodeText(R"({"format": "tangent-session", "version": 1, "data": {"relativePath": "../a.csv"}})", &error);
    ASSERT_TRUE(read) << error.toStdString();
    const std::optional<Session> again = decodeSession(encodeSession(*read, QStringLiteral("/s/t.tangent")), &error);
    ASSERT_TRUE(again) << error.toStdString();
    EXPECT_EQ(again->dataRelativePath.toStdString(), "../a.csv");
    EXPECT_TRUE(again->dataPath.isEmpty());
}

TEST(SessionFile, NewerVersionIsRefused)
{
    QString error;
    EXPECT_FALSE(decodeText(R"({"format": "tangent-session", "version": 2, "data": {"path": "/a.csv"}})", &error));
    EXPECT_EQ(error.toStdString(),
        "written by a newer Tangent (session format 2); this Tangent reads format 1 and older. Update Tangent to "
        "open it.");
}

TEST(SessionFile, MalformedFilesSayWhatAndWhere)
{
    const auto errorFor = [](const QByteArray& text) {
        QString error;
        EXPECT_FALSE(decodeText(text, &error)) << text.toStdString();
        return error.toStdString();
    };
    // The words after the position are Qt's.
    EXPECT_EQ(errorFor("{\n  \"format\": \"tangent-session\",\n  \"version\": 1,,\n}")
                  .rfind("not valid JSON at line 3, column 17: ", 0),
        0U);
    EXPECT_EQ(errorFor("").rfind("not valid JSON at line 1, column 1: ", 0), 0U);
    EXPECT_EQ(errorFor("[1, 2]"), "not a Tangent session: the file holds no JSON object { ... }");
    EXPECT_EQ(errorFor(R"({"format": "csv", "version": 1})"),
        "not a Tangent session: \"format\" must be \"tangent-session\"");
    EXPECT_EQ(errorFor(R"({"format": "tangent-session", "version": "1"})"), "\"version\" must be a whole number");
    EXPECT_EQ(errorFor(R"({"format": "tangent-session", "version": 1, "data": {}})"),
        "the session names no data file and holds no table");
    EXPECT_EQ(errorFor(R"({"format": "tangent-session", "version": 1,
        "data": {"table": [{"name": "x", "values": [1, "two"]}]}})"),
        "\"data.table[0].values\", row 2: not a number (numbers, null for a gap, \"inf\", \"-inf\" or \"-0\")");
    EXPECT_EQ(errorFor(R"({"format": "tangent-session", "version": 1,
        "data": {"table": [{"name": "x", "values": [1, 2]}, {"name": "y", "values": [1]}]}})"),
        "\"data.table\": column 2 has 1 rows, column 1 has 2");
    EXPECT_EQ(errorFor(R"({"format": "tangent-session", "version": 1, "data": {"path": "/a.csv"},
        "view": {"xRange": [5, 1]}})"),
        "\"view.xRange\" must be [low, high] with low < high");
    EXPECT_EQ(errorFor(R"({"format": "tangent-session", "version": 1, "data": {"path": "/a.csv"},
        "settings": {"edgeOrder": 0}})"),
        "\"settings.edgeOrder\" is 0; it must be 1 or 2");
}

} // namespace
} // namespace tangent::ui
