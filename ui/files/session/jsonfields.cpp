// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/files/session/jsonfields.h"

#include <QJsonValue>

#include <cmath>
#include <limits>

namespace tangent::ui {

QString JsonFields::path(const QString& where, const QString& key)
{
    return where.isEmpty() ? key : where + QLatin1Char('.') + key;
}

bool JsonFields::fail(const QString& message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

bool JsonFields::wrongType(const QString& where, const QString& key, const QString& expected)
{
    return fail(SessionText::tr("\"%1\" must be %2").arg(path(where, key), expected));
}

bool JsonFields::readInt(const QJsonObject& object, const QString& key, const QString& where, int* out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return true;
    // JSON numbers are doubles; only an exact integer in int's range is one.
    const double number = value.toDouble(std::numeric_limits<double>::quiet_NaN());
    if (!value.isDouble() || std::trunc(number) != number || std::abs(number) > std::numeric_limits<int>::max())
        return wrongType(where, key, SessionText::tr("a whole number"));
    *out = static_cast<int>(number);
    return true;
}

bool JsonFields::readDouble(const QJsonObject& object, const QString& key, const QString& where, double* out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return true;
    if (!value.isDouble())
        return wrongType(where, key, SessionText::tr("a number"));
    *out = value.toDouble();
    return true;
}

bool JsonFields::readBool(const QJsonObject& object, const QString& key, const QString& where, bool* out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return true;
    if (!value.isBool())
        return wrongType(where, key, SessionText::tr("true or false"));
    *out = value.toBool();
    return true;
}

bool JsonFields::readString(const QJsonObject& object, const QString& key, const QString& where, QString* out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return true;
    if (!value.isString())
        return wrongType(where, key, SessionText::tr("a text in quotes"));
    *out = value.toString();
    return true;
}

bool JsonFields::readObject(const QJsonObject& object, const QString& key, const QString& where, QJsonObject* out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return true;
    if (!value.isObject())
        return wrongType(where, key, SessionText::tr("an object { ... }"));
    *out = value.toObject();
    return true;
}

bool JsonFields::readOptionalInt(
    const QJsonObject& object, const QString& key, const QString& where, std::optional<int>* out)
{
    if (object.value(key).isNull() || object.value(key).isUndefined())
        return true;
    int value = 0;
    if (!readInt(object, key, where, &value))
        return false;
    *out = value;
    return true;
}

bool JsonFields::readOptionalDouble(
    const QJsonObject& object, const QString& key, const QString& where, std::optional<double>* out)
{
    if (object.value(key).isNull() || object.value(key).isUndefined())
        return true;
    double value = 0.0;
    if (!readDouble(object, key, where, &value))
        return false;
    *out = value;
    return true;
}

} // namespace tangent::ui
