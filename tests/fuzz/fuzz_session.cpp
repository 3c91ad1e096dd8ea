// SPDX-License-Identifier: GPL-3.0-or-later
// The session reader (.tangent files, ui/files/session/session.h): any bytes. A file is read or
// refused with a message; what is read writes back to bytes that read again to the same session.
// Links Qt Core (the reader is the window's), so scripts/fuzz.sh installs qt6-base-dev.
#include "ui/files/session/session.h"

#include <QCoreApplication>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    // The messages are translated through the application, as in the window.
    static int argc = 1;
    static char name[] = "fuzz_session";
    static char* argv[] = { name, nullptr };
    static const QCoreApplication application(argc, argv);

    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QString error;
    const std::optional<tangent::ui::Session> session = tangent::ui::decodeSession(bytes, &error);
    if (!session) {
        if (error.isEmpty())
            __builtin_trap(); // refused without saying why
        return 0;
    }
    const QString path = QStringLiteral("/fuzz/lesson.tangent");
    const QByteArray written = tangent::ui::encodeSession(*session, path);
    QString again;
    const std::optional<tangent::ui::Session> reread = tangent::ui::decodeSession(written, &again);
    if (!reread)
        __builtin_trap(); // Tangent refuses a session it wrote itself
    if (tangent::ui::encodeSession(*reread, path) != written)
        __builtin_trap(); // a second save differs from the first
    return 0;
}
