// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A session file (.tangent): versioned JSON holding where the data are (the data file's absolute
// path and its path relative to the session file) or a copy of the table when it was edited or has
// no file, the derivative settings, and what the window showed (zoom, layout, selected row,
// tangent, secant, Explain row). Encoding and decoding are apart from the window so they can be
// checked alone; docs/sessions.md describes the format.

#include "ui/document/documenttypes.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace tangent::ui {

/// What the window showed besides the data and the settings.
struct SessionView {
    /// The chart's visible x range in data units, when the user had zoomed; nullopt: fit all.
    std::optional<std::pair<double, double>> xRange;
    /// "overlay", "stacked", ...: the chart layout's name; empty when the window has no layouts.
    QString layout;
    int selectedRow = -1;
    bool tangentShown = false;
    int tangentColumn = -1; ///< the y column the tangent and secant are drawn for; -1: the first
    std::pair<int, int> secantRows { -1, -1 }; ///< (-1, -1): no secant
    int explainRow = -1;
    int explainColumn = -1; ///< the y column whose derivative the Explain panel explains
    bool uncertaintyBand = false; ///< View → Uncertainty Band was on (DocumentDerivatives::uncertaintyBand)
    std::map<int, double> bandNoiseSd; ///< σ given per column for the band (DocumentDerivatives::bandNoiseSds)

    bool operator==(const SessionView&) const = default;
};

struct Session {
    QString dataPath; ///< absolute path of the data file; empty for a table that never had one
    QString dataRelativePath; ///< the same relative to the session file's folder (read only)
    /// The data file's column names when saved (without a copy of the table), so that a file
    /// changed since can be noticed.
    QStringList dataColumns;
    /// A copy of the table, present when it had unsaved edits or no file.
    std::optional<std::vector<Column>> table;
    DerivativeSettings settings;
    SessionView view;
};

/// The format version this Tangent writes and the newest it reads.
inline constexpr int kSessionVersion = 1;

/// The session as the bytes of a .tangent file saved at `sessionPath` (which the data file's
/// relative path is computed against).
QByteArray encodeSession(const Session& session, const QString& sessionPath);

/// Reads bytes written by encodeSession. Malformed JSON, another kind of file, a newer format
/// version or a field of the wrong type give nullopt and, in `error`, what is wrong and where
/// (a line and column for bad JSON, the field's name otherwise). Column indices are not checked
/// against the table here (see settingsProblem).
std::optional<Session> decodeSession(const QByteArray& bytes, QString* error);

/// True for a path ending in ".tangent".
bool isSessionPath(const QString& path);

} // namespace tangent::ui
