// SPDX-License-Identifier: GPL-3.0-or-later
// Session files: JSON written with QJsonDocument. Table values are JSON numbers (Qt writes the
// shortest text that reads back to the same double), with the few values JSON has no number for
// written as text: null for a gap, "inf", "-inf", and "-0" (a bare -0 would read back as 0).

#include "ui/files/session/session.h"

#include "ui/files/session/jsonfields.h"
#include "ui/files/session/sessionsettings.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <limits>

namespace tangent::ui {
namespace {

const QString kFormat = QStringLiteral("tangent-session");

QJsonValue valueToJson(double v)
{
    if (std::isnan(v))
        return QJsonValue::Null;
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    if (v == 0.0 && std::signbit(v))
        return QStringLiteral("-0");
    return v;
}

std::optional<double> valueFromJson(const QJsonValue& value)
{
    if (value.isNull())
        return std::numeric_limits<double>::quiet_NaN();
    if (value.isDouble())
        return value.toDouble();
    const QString text = value.toString();
    if (text == QStringLiteral("inf"))
        return std::numeric_limits<double>::infinity();
    if (text == QStringLiteral("-inf"))
        return -std::numeric_limits<double>::infinity();
    if (text == QStringLiteral("-0"))
        return -0.0;
    return std::nullopt;
}

QJsonObject columnToJson(const Column& column)
{
    QJsonArray values;
    for (double v : column.values)
        values.append(valueToJson(v));
    QJsonObject object { { QStringLiteral("name"), column.name },
        { QStringLiteral("kind"),
            column.kind == ColumnKind::DateTime ? QStringLiteral("date") : QStringLiteral("number") },
        { QStringLiteral("values"), values } };
    if (!column.unit.isEmpty())
        object.insert(QStringLiteral("unit"), column.unit);
    if (column.fromText) {
        object.insert(QStringLiteral("fromText"), true);
        QJsonArray text; // the group names Group by splits on
        for (const QString& cell : column.text)
            text.append(cell);
        object.insert(QStringLiteral("text"), text);
    }
    return object;
}

bool readNames(JsonFields& fields, const QJsonValue& value, QStringList* names)
{
    if (value.isUndefined())
        return true;
    const QJsonArray array = value.toArray();
    if (!value.isArray() || !std::all_of(array.begin(), array.end(), [](const auto& v) { return v.isString(); }))
        return fields.fail(SessionText::tr("a list of names must hold only texts in quotes"));
    for (const QJsonValue name : array)
        names->append(name.toString());
    return true;
}

bool readColumn(JsonFields& fields, const QJsonValue& value, int index, Column* column)
{
    const QString where = QStringLiteral("data.table[%1]").arg(index);
    if (!value.isObject())
        return fields.fail(SessionText::tr("\"%1\" must be an object { ... }").arg(where));
    const QJsonObject object = value.toObject();
    QString kind = QStringLiteral("number");
    if (!fields.readString(object, QStringLiteral("name"), where, &column->name)
        || !fields.readString(object, QStringLiteral("unit"), where, &column->unit)
        || !fields.readString(object, QStringLiteral("kind"), where, &kind)
        || !fields.readBool(object, QStringLiteral("fromText"), where, &column->fromText))
        return false;
    if (kind != QStringLiteral("number") && kind != QStringLiteral("date"))
        return fields.fail(SessionText::tr(R"("%1.kind" is "%2"; it must be "number" or "date")").arg(where, kind));
    column->kind = kind == QStringLiteral("date") ? ColumnKind::DateTime : ColumnKind::Number;
    QStringList text;
    if (!readNames(fields, object.value(QStringLiteral("text")), &text))
        return false;
    column->text.assign(text.begin(), text.end());
    const QJsonValue values = object.value(QStringLiteral("values"));
    if (!values.isArray())
        return fields.fail(SessionText::tr("\"%1.values\" must be a list of numbers").arg(where));
    const QJsonArray array = values.toArray();
    column->values.reserve(static_cast<std::size_t>(array.size()));
    for (qsizetype row = 0; row < array.size(); ++row) {
        const std::optional<double> v = valueFromJson(array[row]);
        if (!v)
            return fields.fail(SessionText::tr("\"%1.values\", row %2: not a number (numbers, null for a gap, \"inf\", "
                                               "\"-inf\" or \"-0\")")
                                   .arg(where)
                                   .arg(row + 1));
        column->values.push_back(*v);
    }
    return true;
}

bool readTable(JsonFields& fields, const QJsonValue& value, std::optional<std::vector<Column>>* table)
{
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isArray())
        return fields.fail(SessionText::tr("\"data.table\" must be a list of columns"));
    const QJsonArray array = value.toArray();
    std::vector<Column> columns(static_cast<std::size_t>(array.size()));
    for (qsizetype c = 0; c < array.size(); ++c) {
        if (!readColumn(fields, array[c], static_cast<int>(c), &columns[static_cast<std::size_t>(c)]))
            return false;
        if (columns[static_cast<std::size_t>(c)].values.size() != columns.front().values.size())
            return fields.fail(SessionText::tr("\"data.table\": column %1 has %2 rows, column 1 has %3")
                                   .arg(c + 1)
                                   .arg(columns[static_cast<std::size_t>(c)].values.size())
                                   .arg(columns.front().values.size()));
    }
    *table = std::move(columns);
    return true;
}

/// [a, b] of two whole numbers, or of two finite numbers a < b for a range.
bool readPair(JsonFields& fields, const QJsonObject& object, const QString& key, bool range, QJsonArray* out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return true;
    const QJsonArray array = value.toArray();
    const bool ok = value.isArray() && array.size() == 2 && array[0].isDouble() && array[1].isDouble()
        && std::isfinite(array[0].toDouble()) && std::isfinite(array[1].toDouble())
        && (!range || array[0].toDouble() < array[1].toDouble());
    if (!ok)
        return fields.fail(range ? SessionText::tr("\"view.%1\" must be [low, high] with low < high").arg(key)
                                 : SessionText::tr("\"view.%1\" must be [row, row]").arg(key));
    *out = array;
    return true;
}

/// "bandNoiseSd": {"COLUMN": σ, ...}, COLUMN a 0-based column index and σ a number above 0.
bool readBandNoise(JsonFields& fields, const QJsonObject& object, SessionView* view)
{
    QJsonObject given;
    if (!fields.readObject(object, QStringLiteral("bandNoiseSd"), QStringLiteral("view"), &given))
        return false;
    for (auto it = given.begin(); it != given.end(); ++it) {
        bool isIndex = false;
        const int column = it.key().toInt(&isIndex);
        const double sd = it.value().toDouble(-1.0);
        if (!isIndex || column < 0 || !it.value().isDouble() || !(sd > 0.0 && std::isfinite(sd)))
            return fields.fail(SessionText::tr("\"view.bandNoiseSd\" must map column indexes to numbers above 0"));
        view->bandNoiseSd[column] = sd;
    }
    return true;
}

bool readView(JsonFields& fields, const QJsonObject& object, SessionView* view)
{
    const QString where = QStringLiteral("view");
    QJsonObject tangent;
    QJsonObject explain;
    QJsonArray range;
    QJsonArray secant;
    const bool ok = fields.readString(object, QStringLiteral("layout"), where, &view->layout)
        && fields.readInt(object, QStringLiteral("selectedRow"), where, &view->selectedRow)
        && readPair(fields, object, QStringLiteral("xRange"), true, &range)
        && readPair(fields, object, QStringLiteral("secant"), false, &secant)
        && fields.readObject(object, QStringLiteral("tangent"), where, &tangent)
        && fields.readBool(tangent, QStringLiteral("shown"), QStringLiteral("view.tangent"), &view->tangentShown)
        && fields.readInt(tangent, QStringLiteral("column"), QStringLiteral("view.tangent"), &view->tangentColumn)
        && fields.readObject(object, QStringLiteral("explain"), where, &explain)
        && fields.readInt(explain, QStringLiteral("row"), QStringLiteral("view.explain"), &view->explainRow)
        && fields.readInt(explain, QStringLiteral("column"), QStringLiteral("view.explain"), &view->explainColumn)
        && fields.readBool(object, QStringLiteral("uncertaintyBand"), where, &view->uncertaintyBand)
        && readBandNoise(fields, object, view);
    if (ok && !range.isEmpty())
        view->xRange = std::pair { range[0].toDouble(), range[1].toDouble() };
    if (ok && !secant.isEmpty())
        view->secantRows = { secant[0].toInt(-1), secant[1].toInt(-1) };
    return ok;
}

QJsonObject viewToJson(const SessionView& view)
{
    QJsonObject object { { QStringLiteral("selectedRow"), view.selectedRow },
        { QStringLiteral("tangent"),
            QJsonObject {
                { QStringLiteral("shown"), view.tangentShown }, { QStringLiteral("column"), view.tangentColumn } } },
        { QStringLiteral("explain"),
            QJsonObject {
                { QStringLiteral("row"), view.explainRow }, { QStringLiteral("column"), view.explainColumn } } } };
    if (!view.layout.isEmpty())
        object.insert(QStringLiteral("layout"), view.layout);
    if (view.uncertaintyBand)
        object.insert(QStringLiteral("uncertaintyBand"), true);
    if (!view.bandNoiseSd.empty()) {
        QJsonObject given;
        for (const auto& [column, sd] : view.bandNoiseSd)
            given.insert(QString::number(column), sd);
        object.insert(QStringLiteral("bandNoiseSd"), given);
    }
    if (view.xRange)
        object.insert(QStringLiteral("xRange"), QJsonArray { view.xRange->first, view.xRange->second });
    if (view.secantRows.first >= 0 && view.secantRows.second >= 0)
        object.insert(QStringLiteral("secant"), QJsonArray { view.secantRows.first, view.secantRows.second });
    return object;
}

/// "line 3, column 7" of byte `offset` in `bytes`.
QString lineAndColumn(const QByteArray& bytes, qsizetype offset)
{
    const QByteArray before = bytes.left(offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return SessionText::tr("line %1, column %2").arg(line).arg(column);
}

/// The header: a JSON object of format "tangent-session" in a version this Tangent reads.
bool readHeader(JsonFields& fields, const QByteArray& bytes, QJsonObject* root)
{
    QJsonParseError parse {};
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &parse);
    if (parse.error != QJsonParseError::NoError)
        return fields.fail(
            SessionText::tr("not valid JSON at %1: %2").arg(lineAndColumn(bytes, parse.offset), parse.errorString()));
    if (!json.isObject())
        return fields.fail(SessionText::tr("not a Tangent session: the file holds no JSON object { ... }"));
    *root = json.object();
    if (root->value(QStringLiteral("format")).toString() != kFormat)
        return fields.fail(SessionText::tr(R"(not a Tangent session: "format" must be "tangent-session")"));
    int version = 0;
    if (!fields.readInt(*root, QStringLiteral("version"), {}, &version))
        return false;
    if (version > kSessionVersion)
        return fields.fail(
            SessionText::tr("written by a newer Tangent (session format %1); this Tangent reads format %2 and "
                            "older. Update Tangent to open it.")
                .arg(version)
                .arg(kSessionVersion));
    if (version < 1)
        return fields.fail(SessionText::tr("\"version\" must be a format version, 1 or more"));
    return true;
}

} // namespace

QByteArray encodeSession(const Session& session, const QString& sessionPath)
{
    QJsonObject data;
    if (!session.dataPath.isEmpty()) {
        const QString absolute = QFileInfo(session.dataPath).absoluteFilePath();
        data.insert(QStringLiteral("path"), absolute);
        data.insert(
            QStringLiteral("relativePath"), QDir(QFileInfo(sessionPath).absolutePath()).relativeFilePath(absolute));
    } else if (!session.dataRelativePath.isEmpty()) {
        // A session that named its data only relative to itself (written by hand): kept as read,
        // never dropped (the session would then name no data at all).
        data.insert(QStringLiteral("relativePath"), session.dataRelativePath);
    }
    if (!session.dataColumns.isEmpty())
        data.insert(QStringLiteral("columns"), QJsonArray::fromStringList(session.dataColumns));
    if (session.table) {
        QJsonArray columns;
        for (const Column& column : *session.table)
            columns.append(columnToJson(column));
        data.insert(QStringLiteral("table"), columns);
    }
    const QJsonObject root { { QStringLiteral("format"), kFormat }, { QStringLiteral("version"), kSessionVersion },
        { QStringLiteral("savedBy"), QStringLiteral("Tangent " TANGENT_VERSION) }, { QStringLiteral("data"), data },
        { QStringLiteral("settings"), settingsToJson(session.settings) },
        { QStringLiteral("view"), viewToJson(session.view) } };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<Session> decodeSession(const QByteArray& bytes, QString* error)
{
    JsonFields fields;
    QJsonObject root;
    QJsonObject data;
    QJsonObject settings;
    QJsonObject view;
    Session session;
    bool ok = readHeader(fields, bytes, &root) && fields.readObject(root, QStringLiteral("data"), {}, &data)
        && fields.readString(data, QStringLiteral("path"), QStringLiteral("data"), &session.dataPath)
        && fields.readString(data, QStringLiteral("relativePath"), QStringLiteral("data"), &session.dataRelativePath)
        && readNames(fields, data.value(QStringLiteral("columns")), &session.dataColumns)
        && readTable(fields, data.value(QStringLiteral("table")), &session.table)
        && fields.readObject(root, QStringLiteral("settings"), {}, &settings)
        && fields.readObject(root, QStringLiteral("view"), {}, &view) && readView(fields, view, &session.view);
    if (ok && session.dataPath.isEmpty() && session.dataRelativePath.isEmpty() && !session.table)
        ok = fields.fail(SessionText::tr("the session names no data file and holds no table"));
    if (ok) {
        QString settingsError;
        if (std::optional<DerivativeSettings> parsed = settingsFromJson(settings, &settingsError))
            session.settings = *parsed;
        else
            ok = fields.fail(settingsError);
    }
    if (!ok) {
        if (error)
            *error = fields.error();
        return std::nullopt;
    }
    return session;
}

bool isSessionPath(const QString& path)
{
    return path.endsWith(QStringLiteral(".tangent"), Qt::CaseInsensitive);
}

} // namespace tangent::ui
