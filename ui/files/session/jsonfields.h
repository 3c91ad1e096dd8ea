// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Typed reading of JSON objects for the session file: each field is optional (an older file may
// lack it, and then the default stays), but a field of the wrong type is an error naming it by its
// dotted path ("settings.edgeOrder"), so a hand-edited file is told exactly what is wrong.

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace tangent::ui {

/// The translation context of the session file's messages ("Session").
struct SessionText {
    Q_DECLARE_TR_FUNCTIONS(Session)
};

class JsonFields {
public:
    /// Reads `object[key]` into `*out` when present; false (and error()) when it has another type.
    /// `where` is the dotted path of `object` ("settings"), empty at the top level.
    bool readInt(const QJsonObject& object, const QString& key, const QString& where, int* out);
    bool readDouble(const QJsonObject& object, const QString& key, const QString& where, double* out);
    bool readBool(const QJsonObject& object, const QString& key, const QString& where, bool* out);
    bool readString(const QJsonObject& object, const QString& key, const QString& where, QString* out);
    bool readObject(const QJsonObject& object, const QString& key, const QString& where, QJsonObject* out);
    /// As readInt and readDouble, for optional values: absent or null leaves `*out` empty.
    bool readOptionalInt(const QJsonObject& object, const QString& key, const QString& where, std::optional<int>* out);
    bool readOptionalDouble(
        const QJsonObject& object, const QString& key, const QString& where, std::optional<double>* out);

    /// Records `message` (the first one wins) and returns false.
    bool fail(const QString& message);
    /// "settings.edgeOrder": `key` under `where`.
    [[nodiscard]] static QString path(const QString& where, const QString& key);
    [[nodiscard]] QString error() const { return m_error; }

private:
    bool wrongType(const QString& where, const QString& key, const QString& expected);

    QString m_error;
};

} // namespace tangent::ui
