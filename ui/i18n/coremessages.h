// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The core's messages (core/messages/message.h) in the window's language: the core gives an id and
// its arguments, and this looks the English template up among Tangent's translations (context
// "CoreMessage") before filling in the arguments. lupdate reads the templates from
// core/messages/messages.cpp itself (see TANGENT_MESSAGE_TEXT there and ui/CMakeLists.txt).

#include "core/messages/message.h"

#include <QString>

#include <exception>

namespace tangent {
class InputError;
}

namespace tangent::ui {

/// `message` in the installed language. Arguments (names, cell texts, numbers as the core wrote
/// them) are inserted as they are; nested messages are translated too.
[[nodiscard]] QString translateMessage(const Message& message);

/// An InputError as its what() reads ("FILE: row R, column C: MESSAGE"), the words of the location
/// and the message translated.
[[nodiscard]] QString translateError(const InputError& error);

/// What `error` says, in the installed language: an InputError with its location, another error
/// that carries a Message (SmoothingError, UncertaintyError, GroupError) translated, anything else
/// its what() as it is.
[[nodiscard]] QString translateException(const std::exception& error);

/// `arg` as the window shows it: a text as it is, a number in the installed language's format
/// (German writes the core's "-0.5" as "-0,5"; whole numbers without group separators).
[[nodiscard]] QString localizedArgument(const MessageArg& arg);

/// The context of the core's messages in the translation files.
inline constexpr const char* kCoreMessageContext = "CoreMessage";

} // namespace tangent::ui
