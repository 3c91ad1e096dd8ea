// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Private to core/messages: the shape of the two tables of English templates (messages.cpp from
// the first id, reasons.cpp from kFirstReasonId) and the check that each lists its ids in order.

#include "core/messages/message.h"

#include <array>
#include <cstddef>
#include <utility>

// Marks a template for lupdate (as QT_TRANSLATE_NOOP would in the ui); here it is the text itself.
#define TANGENT_MESSAGE_TEXT(context, text) text

namespace tangent::messages_detail {

using TemplateEntry = std::pair<MessageId, const char*>;

/// True when `table` lists ids first, first + 1, ... once each, up to (not including) `end`.
template <std::size_t N>
constexpr bool listsInOrder(const std::array<TemplateEntry, N>& table, MessageId first, MessageId end)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (static_cast<std::size_t>(table[i].first) != static_cast<std::size_t>(first) + i)
            return false;
    }
    return static_cast<std::size_t>(first) + N == static_cast<std::size_t>(end);
}

} // namespace tangent::messages_detail
