// SPDX-License-Identifier: GPL-3.0-or-later
// Session files (.tangent, ui/files/session): any bytes, as File → Open Session reads them. A
// session read must hold a table whose columns agree in length, settings whose problems
// settingsProblem names without crashing, and must encode and decode again to the same session.
#include "ui/files/session/session.h"
#include "ui/files/session/sessionsettings.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QString error;
    const std::optional<tangent::ui::Session> session = tangent::ui::decodeSession(bytes, &error);
    if (!session) {
        if (error.isEmpty())
            __builtin_trap(); // refused without saying what is wrong
        return 0;
    }
    int columns = 0;
    if (session->table) {
        columns = static_cast<int>(session->table->size());
        for (const tangent::ui::Column& column : *session->table)
            if (column.values.size() != session->table->front().values.size())
                __builtin_trap();
    } else {
        columns = static_cast<int>(session->dataColumns.size());
    }
    (void)tangent::ui::settingsProblem(session->settings, columns);
    // What was read is written back and read again to the same settings and table.
    const QByteArray again = tangent::ui::encodeSession(*session, QStringLiteral("/tmp/fuzz.tangent"));
    const std::optional<tangent::ui::Session> reread = tangent::ui::decodeSession(again, &error);
    if (!reread || !(reread->settings == session->settings) || reread->table.has_value() != session->table.has_value())
        __builtin_trap();
    return 0;
}
