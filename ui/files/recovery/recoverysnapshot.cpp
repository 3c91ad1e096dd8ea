// SPDX-License-Identifier: GPL-3.0-or-later
// Recovery snapshots: a small versioned binary format written with QDataStream (doubles are stored
// as their IEEE bits, so values, gaps and -0.0 come back exactly).

#include "ui/files/recovery/recoverysnapshot.h"

#include "ui/document/document.h"
#include <QCoreApplication>
#include <QDataStream>
#include <QFileInfo>
#include <QIODevice>
#include <QUndoStack>
#include <QtEndian>

namespace tangent::ui {
namespace {

constexpr quint32 kMagic = 0x54475243; // "TGRC"
constexpr quint32 kEndMagic = 0x454e4421; // "END!": a file cut short is caught even at a field boundary
// Format 2 adds the Group by column and the text of text columns; format 1 is still read.
constexpr quint32 kFormatVersion = 2;
constexpr auto kStreamVersion = QDataStream::Qt_6_0;

void writeColumn(QDataStream& out, const Column& column)
{
    out << column.name << column.unit << static_cast<qint32>(column.kind) << column.fromText
        << static_cast<quint64>(column.values.size());
    // One block of little-endian IEEE doubles: value by value, QDataStream takes 0.1 s per million.
    QByteArray block(static_cast<qsizetype>(column.values.size() * sizeof(double)), Qt::Uninitialized);
    qToLittleEndian<quint64>(column.values.data(), static_cast<qsizetype>(column.values.size()), block.data());
    out.writeRawData(block.constData(), static_cast<int>(block.size()));
}

void writeSettings(QDataStream& out, const DerivativeSettings& s)
{
    out << static_cast<qint32>(s.xColumn) << s.dx << static_cast<qint32>(s.yColumns.size());
    for (int y : s.yColumns)
        out << static_cast<qint32>(y);
    out << static_cast<qint32>(s.edgeOrder) << static_cast<qint32>(s.order) << static_cast<qint32>(s.timeUnit);
}

// tr() for the messages below; lupdate reads the context from the macro.
class RecoveryText {
    Q_DECLARE_TR_FUNCTIONS(tangent::ui::RecoveryText)
};

void writeGroups(QDataStream& out, const RecoverySnapshot& snapshot)
{
    out << static_cast<qint32>(snapshot.settings.groupColumn);
    for (const Column& column : snapshot.columns) {
        out << static_cast<quint64>(column.text.size());
        for (const QString& cell : column.text)
            out << cell;
    }
}

// Reading stops at the first problem; the message says what it was.
class Reader {
public:
    explicit Reader(QDataStream& in) : m_in(in) { }

    bool readColumn(Column& column, int index)
    {
        qint32 kind = 0;
        quint64 count = 0;
        m_in >> column.name >> column.unit >> kind >> column.fromText >> count;
        if (!ok(RecoveryText::tr("column %1").arg(index + 1)))
            return false;
        if (kind != static_cast<qint32>(ColumnKind::Number) && kind != static_cast<qint32>(ColumnKind::DateTime))
            return fail(RecoveryText::tr("column %1 has an unknown kind %2").arg(index + 1).arg(kind));
        // Refuse a count larger than the bytes left before allocating for it.
        if (count > static_cast<quint64>(m_in.device()->bytesAvailable()) / sizeof(double))
            return fail(RecoveryText::tr("column %1 claims %2 values; the file is shorter").arg(index + 1).arg(count));
        column.kind = static_cast<ColumnKind>(kind);
        column.values.resize(static_cast<std::size_t>(count));
        QByteArray block(static_cast<qsizetype>(count * sizeof(double)), Qt::Uninitialized);
        if (m_in.readRawData(block.data(), static_cast<int>(block.size())) != block.size())
            return fail(RecoveryText::tr("the file ends inside column %1").arg(index + 1));
        qFromLittleEndian<quint64>(block.constData(), static_cast<qsizetype>(count), column.values.data());
        return ok(RecoveryText::tr("column %1").arg(index + 1));
    }

    bool readSettings(DerivativeSettings& s, int columnCount)
    {
        qint32 x = 0;
        qint32 ys = 0;
        m_in >> x >> s.dx >> ys;
        if (!ok(RecoveryText::tr("the settings")) || ys < 0 || ys > columnCount)
            return fail(RecoveryText::tr("the settings are damaged"));
        s.xColumn = x;
        for (qint32 i = 0; i < ys; ++i) {
            qint32 y = 0;
            m_in >> y;
            s.yColumns.append(y);
        }
        qint32 edge = 0;
        qint32 order = 0;
        qint32 unit = 0;
        m_in >> edge >> order >> unit;
        if (!ok(RecoveryText::tr("the settings")))
            return false;
        const bool valid = (edge == 1 || edge == 2) && order >= 1 && x >= -1 && x < columnCount && unit >= 0
            && unit <= static_cast<qint32>(TimeUnit::Year);
        if (!valid)
            return fail(RecoveryText::tr("the settings are out of range"));
        s.edgeOrder = edge;
        s.order = order;
        s.timeUnit = static_cast<TimeUnit>(unit);
        return true;
    }

    /// Format 2: the group column and each column's text (none, or one per row).
    bool readGroups(RecoverySnapshot& snapshot)
    {
        qint32 group = -1;
        m_in >> group;
        const auto columns = static_cast<qint32>(snapshot.columns.size());
        if (!ok(RecoveryText::tr("the groups")) || group < -1 || group >= columns)
            return fail(RecoveryText::tr("the group column is damaged"));
        snapshot.settings.groupColumn = group;
        for (Column& column : snapshot.columns) {
            quint64 count = 0;
            m_in >> count;
            if (!ok(RecoveryText::tr("the text of column '%1'").arg(column.name)))
                return false;
            if (count != 0 && count != column.values.size())
                return fail(RecoveryText::tr("the text of column '%1' has the wrong length").arg(column.name));
            column.text.resize(static_cast<std::size_t>(count));
            for (QString& cell : column.text)
                m_in >> cell;
            if (!ok(RecoveryText::tr("the text of column '%1'").arg(column.name)))
                return false;
        }
        return true;
    }

    bool ok(const QString& what)
    {
        return m_in.status() == QDataStream::Ok || fail(RecoveryText::tr("the file ends inside %1").arg(what));
    }

    bool fail(const QString& message)
    {
        if (m_error.isEmpty())
            m_error = message;
        return false;
    }

    [[nodiscard]] QString error() const { return m_error; }

private:
    QDataStream& m_in;
    QString m_error;
};

} // namespace

RecoverySnapshot snapshotOf(const Document& document, const QDateTime& lastEdit)
{
    return RecoverySnapshot { document.filePath(), lastEdit, document.columns(), document.settings() };
}

QByteArray encodeSnapshot(const RecoverySnapshot& snapshot)
{
    QByteArray bytes;
    std::size_t size = 256;
    for (const Column& column : snapshot.columns)
        size += 64 + 2 * static_cast<std::size_t>(column.name.size() + column.unit.size()) + 8 * column.values.size();
    bytes.reserve(static_cast<qsizetype>(size));
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(kStreamVersion);
    out << kMagic << kFormatVersion << snapshot.filePath << snapshot.lastEdit.toUTC()
        << static_cast<qint32>(snapshot.columns.size());
    for (const Column& column : snapshot.columns)
        writeColumn(out, column);
    writeSettings(out, snapshot.settings);
    writeGroups(out, snapshot);
    out << kEndMagic;
    return bytes;
}

std::optional<RecoverySnapshot> decodeSnapshot(const QByteArray& bytes, QString* error)
{
    QDataStream in(bytes);
    in.setVersion(kStreamVersion);
    Reader reader(in);
    quint32 magic = 0;
    quint32 version = 0;
    in >> magic >> version;
    RecoverySnapshot snapshot;
    qint32 columns = 0;
    bool ok = true;
    if (magic != kMagic)
        ok = reader.fail(RecoveryText::tr("not a Tangent recovery file"));
    else if (version != kFormatVersion && version != 1)
        ok = reader.fail(
            RecoveryText::tr("written in format %1; this Tangent reads format %2").arg(version).arg(kFormatVersion));
    if (ok) {
        in >> snapshot.filePath >> snapshot.lastEdit >> columns;
        ok = reader.ok(RecoveryText::tr("the header"))
            && (columns >= 0 || reader.fail(RecoveryText::tr("negative column count")));
    }
    for (qint32 c = 0; ok && c < columns; ++c) {
        // Grown one by one: a damaged count cannot make us allocate more than the file holds.
        snapshot.columns.emplace_back();
        ok = reader.readColumn(snapshot.columns.back(), c);
        if (ok && snapshot.columns.back().values.size() != snapshot.columns.front().values.size())
            ok = reader.fail(RecoveryText::tr("column %1 has a different number of rows").arg(c + 1));
    }
    ok = ok && reader.readSettings(snapshot.settings, columns);
    ok = ok && (version == 1 || reader.readGroups(snapshot));
    quint32 end = 0;
    if (ok) {
        in >> end;
        ok = end == kEndMagic || reader.fail(RecoveryText::tr("the file is cut short"));
    }
    if (!ok) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    return snapshot;
}

void restoreSnapshot(Document& document, const RecoverySnapshot& snapshot)
{
    // Part of loading, not an edit: no undo step, and the derivatives computed once.
    document.restoreColumns(snapshot.columns, snapshot.filePath, snapshot.settings);
    // The edits exist nowhere but here until the user saves (QUndoStack::resetClean is meant for
    // documents restored from a backup).
    document.undoStack()->resetClean();
}

QString recoveryDisplayName(const RecoverySnapshot& snapshot)
{
    return snapshot.filePath.isEmpty() ? QCoreApplication::translate("Recovery", "Untitled")
                                       : QFileInfo(snapshot.filePath).fileName();
}

} // namespace tangent::ui
