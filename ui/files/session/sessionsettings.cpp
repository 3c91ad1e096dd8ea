// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/files/session/sessionsettings.h"

#include "ui/files/session/jsonfields.h"
#include "ui/i18n/coremessages.h"

#include <QJsonArray>

#include <cmath>
#include <string>

namespace tangent::ui {
namespace {

const QString kWhere = QStringLiteral("settings");
const QString kSmoothingWhere = QStringLiteral("settings.smoothing");

QJsonObject smoothingToJson(const SmoothingOptions& s)
{
    const std::string_view name = methodName(s.method);
    QJsonObject object { { QStringLiteral("method"), QString::fromLatin1(name.data(), qsizetype(name.size())) },
        { QStringLiteral("smoothedCurve"), s.smoothedCurve } };
    // Unset parameters are chosen from the data when the session is opened, as they were when saved.
    const auto put = [&object](const QString& key, const auto& value) {
        if (value)
            object.insert(key, *value);
    };
    put(QStringLiteral("window"), s.window);
    put(QStringLiteral("polyorder"), s.polyorder);
    put(QStringLiteral("lam"), s.lam);
    put(QStringLiteral("alpha"), s.alpha);
    put(QStringLiteral("iterations"), s.iterations);
    put(QStringLiteral("ratio"), s.ratio);
    return object;
}

bool readSmoothing(JsonFields& fields, const QJsonObject& object, SmoothingOptions* s)
{
    QString method = QStringLiteral("numpy");
    if (!fields.readString(object, QStringLiteral("method"), kSmoothingWhere, &method))
        return false;
    const std::optional<SmoothingMethod> parsed = parseMethodName(method.toStdString());
    if (!parsed)
        return fields.fail(
            SessionText::tr("\"settings.smoothing.method\" is \"%1\", which is not a method of this Tangent "
                            "(numpy, savgol, spline, tvr, kalman, auto)")
                .arg(method));
    s->method = *parsed;
    return fields.readBool(object, QStringLiteral("smoothedCurve"), kSmoothingWhere, &s->smoothedCurve)
        && fields.readOptionalInt(object, QStringLiteral("window"), kSmoothingWhere, &s->window)
        && fields.readOptionalInt(object, QStringLiteral("polyorder"), kSmoothingWhere, &s->polyorder)
        && fields.readOptionalDouble(object, QStringLiteral("lam"), kSmoothingWhere, &s->lam)
        && fields.readOptionalDouble(object, QStringLiteral("alpha"), kSmoothingWhere, &s->alpha)
        && fields.readOptionalInt(object, QStringLiteral("iterations"), kSmoothingWhere, &s->iterations)
        && fields.readOptionalDouble(object, QStringLiteral("ratio"), kSmoothingWhere, &s->ratio);
}

bool readYColumns(JsonFields& fields, const QJsonObject& object, QList<int>* columns)
{
    const QJsonValue value = object.value(QStringLiteral("yColumns"));
    if (value.isUndefined())
        return true;
    const QString wrong = SessionText::tr("\"settings.yColumns\" must be a list of column numbers, e.g. [1, 2]");
    if (!value.isArray())
        return fields.fail(wrong);
    for (const QJsonValue item : value.toArray()) {
        const double number = item.toDouble(-1.0);
        if (!item.isDouble() || std::trunc(number) != number || number < 0 || number > 1e9)
            return fields.fail(wrong);
        columns->append(static_cast<int>(number));
    }
    return true;
}

bool readTimeUnit(JsonFields& fields, const QJsonObject& object, TimeUnit* unit)
{
    QString name;
    if (!fields.readString(object, QStringLiteral("timeUnit"), kWhere, &name))
        return false;
    if (name.isEmpty())
        return true;
    const std::optional<TimeUnit> parsed = parseTimeUnit(name.toStdString());
    if (!parsed)
        return fields.fail(SessionText::tr(R"("settings.timeUnit" is "%1"; it must be s, min, h, d or yr)").arg(name));
    *unit = *parsed;
    return true;
}

} // namespace

QJsonObject settingsToJson(const DerivativeSettings& s)
{
    QJsonArray ys;
    for (int y : s.yColumns)
        ys.append(y);
    return QJsonObject {
        { QStringLiteral("xColumn"), s.xColumn },
        { QStringLiteral("dx"), s.dx },
        { QStringLiteral("yColumns"), ys },
        { QStringLiteral("edgeOrder"), s.edgeOrder },
        { QStringLiteral("order"), s.order },
        { QStringLiteral("timeUnit"), QString::fromStdString(std::string(timeUnitSymbol(s.timeUnit))) },
        { QStringLiteral("smoothing"), smoothingToJson(s.smoothing) },
        { QStringLiteral("groupColumn"), s.groupColumn },
    };
}

std::optional<DerivativeSettings> settingsFromJson(const QJsonObject& object, QString* error)
{
    DerivativeSettings s;
    JsonFields fields;
    QJsonObject smoothing;
    bool ok = fields.readInt(object, QStringLiteral("xColumn"), kWhere, &s.xColumn)
        && fields.readDouble(object, QStringLiteral("dx"), kWhere, &s.dx) && readYColumns(fields, object, &s.yColumns)
        && fields.readInt(object, QStringLiteral("edgeOrder"), kWhere, &s.edgeOrder)
        && fields.readInt(object, QStringLiteral("order"), kWhere, &s.order)
        && readTimeUnit(fields, object, &s.timeUnit)
        && fields.readObject(object, QStringLiteral("smoothing"), kWhere, &smoothing)
        && readSmoothing(fields, smoothing, &s.smoothing)
        && fields.readInt(object, QStringLiteral("groupColumn"), kWhere, &s.groupColumn);
    if (ok && s.edgeOrder != 1 && s.edgeOrder != 2)
        ok = fields.fail(SessionText::tr("\"settings.edgeOrder\" is %1; it must be 1 or 2").arg(s.edgeOrder));
    if (ok && s.order < 1)
        ok = fields.fail(SessionText::tr("\"settings.order\" is %1; it must be 1 or more").arg(s.order));
    if (ok && (!std::isfinite(s.dx) || s.dx == 0.0))
        ok = fields.fail(SessionText::tr("\"settings.dx\" must be a finite number other than 0"));
    if (!ok) {
        if (error)
            *error = fields.error();
        return std::nullopt;
    }
    // The document keeps the two orders equal (document.h); an edited file may not.
    s.smoothing.order = s.order;
    return s;
}

QString settingsProblem(const DerivativeSettings& s, int columnCount)
{
    const auto outside = [columnCount](int column) { return column < -1 || column >= columnCount; };
    if (outside(s.xColumn))
        return SessionText::tr("the x column is column %1, but the table has %n column(s)", nullptr, columnCount)
            .arg(s.xColumn + 1);
    for (int y : s.yColumns)
        if (y < 0 || y >= columnCount)
            return SessionText::tr("y column %1 is chosen, but the table has %n column(s)", nullptr, columnCount)
                .arg(y + 1);
    if (outside(s.groupColumn))
        return SessionText::tr("the group column is column %1, but the table has %n column(s)", nullptr, columnCount)
            .arg(s.groupColumn + 1);
    if (s.smoothing.method != SmoothingMethod::Numpy) {
        try {
            checkSmoothingOptions(s.smoothing);
        } catch (const SmoothingError& e) {
            return translateException(e);
        }
    }
    return {};
}

} // namespace tangent::ui
