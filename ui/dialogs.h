// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Whether the window may open modal dialogs: any view asks this before it shows one.

namespace tangent::ui {

/// True when the environment variable TANGENT_NO_DIALOGS is set (tests, scripted runs): errors
/// and questions go to the message() signal instead of modal dialogs, and nothing is discarded.
bool dialogsSuppressed();

} // namespace tangent::ui
