// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The derivative settings as JSON, for session files: one writer and one reader side by side, so
// that a field added to DerivativeSettings is added here in two places (and tested by the round
// trip in tests/ui/files/test_session.cpp).

#include "ui/document/documenttypes.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace tangent::ui {

/// Every field of `settings`, the smoothing options included.
QJsonObject settingsToJson(const DerivativeSettings& settings);

/// Reads what settingsToJson wrote. A missing field keeps its default (a file from before the field
/// existed); a field of the wrong type or out of range gives nullopt and, in `error`, a sentence
/// naming it ("settings.edgeOrder must be 1 or 2"). Column indices are checked by settingsProblem.
std::optional<DerivativeSettings> settingsFromJson(const QJsonObject& object, QString* error);

/// What makes `settings` unusable with a table of `columnCount` columns (a column index past the
/// end, smoothing options the core refuses), or an empty string.
QString settingsProblem(const DerivativeSettings& settings, int columnCount);

} // namespace tangent::ui
