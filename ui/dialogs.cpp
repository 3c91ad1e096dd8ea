// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs.h"

#include <QtGlobal>

namespace tangent::ui {

bool dialogsSuppressed()
{
    return qEnvironmentVariableIsSet("TANGENT_NO_DIALOGS");
}

} // namespace tangent::ui
