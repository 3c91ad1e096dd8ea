// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one error type for bad input files: says what is wrong and where.

#include "core/messages/message.h"

#include <cstddef>
#include <stdexcept>
#include <string>
#include <utility>

namespace tangent {

/// Bad input: a file that cannot be read or parsed, or an option that does not fit the data.
/// row and column are 1-based (as a user counts in a spreadsheet); 0 means "not applicable".
/// what() reads "FILE: row R, column C: MESSAGE" with the parts that apply.
class InputError : public std::runtime_error, public MessageCarrier {
public:
    InputError(std::string file, std::size_t row, std::size_t column, Message message);
    InputError(std::string file, std::size_t row, std::size_t column, const std::string& message)
        : InputError(std::move(file), row, column, plainMessage(message))
    {
    }
    InputError(std::string file, std::size_t row, std::size_t column, const char* message)
        : InputError(std::move(file), row, column, plainMessage(message))
    {
    }
    explicit InputError(const std::string& message) : InputError({}, 0, 0, message) { }

    [[nodiscard]] const std::string& file() const noexcept { return m_file; }
    [[nodiscard]] std::size_t row() const noexcept { return m_row; }
    [[nodiscard]] std::size_t column() const noexcept { return m_column; }
    /// The message without the location prefix, in English (userMessage() is its id and arguments).
    [[nodiscard]] const std::string& message() const noexcept { return m_message; }

private:
    std::string m_file;
    std::size_t m_row;
    std::size_t m_column;
    std::string m_message;
};

} // namespace tangent
