// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Splitting a fuzzer's byte string into a few choices and the text to parse, so one harness can
// reach every option of a parser.

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace tangent::fuzz {

/// Reads leading bytes as choices; what is left is the input proper.
class FuzzInput {
public:
    FuzzInput(const std::uint8_t* data, std::size_t size) : m_rest(reinterpret_cast<const char*>(data), size) { }

    /// The next byte (0 once the input is used up), removed from the rest.
    std::uint8_t takeByte()
    {
        if (m_rest.empty())
            return 0;
        const auto byte = static_cast<std::uint8_t>(m_rest.front());
        m_rest.remove_prefix(1);
        return byte;
    }

    [[nodiscard]] std::string_view rest() const { return m_rest; }

private:
    std::string_view m_rest;
};

} // namespace tangent::fuzz
