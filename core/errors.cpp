// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/errors.h"

namespace tangent {
namespace {

std::string locate(const std::string& file, std::size_t row, std::size_t column, const std::string& message)
{
    std::string text = file;
    auto addPart = [&text](const std::string& part) {
        text += text.empty() ? "" : (text == part ? "" : ": ");
        text += part;
    };
    if (row > 0 && column > 0)
        addPart("row " + std::to_string(row) + ", column " + std::to_string(column));
    else if (row > 0)
        addPart("row " + std::to_string(row));
    else if (column > 0)
        addPart("column " + std::to_string(column));
    addPart(message);
    return text;
}

} // namespace

InputError::InputError(std::string file, std::size_t row, std::size_t column, Message message)
    : std::runtime_error(locate(file, row, column, message.english())),
      MessageCarrier(std::move(message)),
      m_file(std::move(file)),
      m_row(row),
      m_column(column),
      m_message(userMessage().english())
{
}

} // namespace tangent
