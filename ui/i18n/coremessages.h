// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The core's messages (core/messages/message.h) in the window's language: the core gives an id and
// its arguments, and this looks the English template up among Tangent's translations (context
// "CoreMessage") before filling in the arguments.

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

/// The template of `id` as listed for the translators (QT_TRANSLATE_NOOP), untranslated: the same
/// text as core's englishTemplate(id), which a test checks.
[[nodiscard]] const char* listedTemplate(MessageId id);

/// The context of the core's messages in the translation files.
inline constexpr const char* kCoreMessageContext = "CoreMessage";

} // namespace tangent::ui
