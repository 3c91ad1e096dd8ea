// SPDX-License-Identifier: GPL-3.0-or-later
// Evaluating explanations independently of the kernels that produced them: from the rows and
// coefficients of an ExplainedPoint, and from the text of an explained line. Tests use both to
// check that what the explanation says is exactly what was computed.
#include "core/classroom/explain.h"

#include <charconv>
#include <limits>
#include <stdexcept>

namespace tangent {
namespace {

/// Recursive descent over + - (loosest), * /, then unary minus, parentheses, numbers and y[k].
/// Binary operators associate to the left, as in Python and C.
class ExpressionReader {
public:
    ExpressionReader(std::string_view text, std::span<const double> y) : m_text(text), m_y(y) { }

    double run()
    {
        const double value = sum();
        skipSpaces();
        if (m_pos != m_text.size())
            fail("unexpected '" + std::string(1, m_text[m_pos]) + "'");
        return value;
    }

private:
    double sum()
    {
        double value = product();
        for (;;) {
            if (accept('+'))
                value = value + product();
            else if (accept('-'))
                value = value - product();
            else
                return value;
        }
    }

    double product()
    {
        double value = factor();
        for (;;) {
            if (accept('*'))
                value = value * factor();
            else if (accept('/'))
                value = value / factor();
            else
                return value;
        }
    }

    double factor()
    {
        skipSpaces();
        if (accept('-'))
            return -factor();
        if (accept('(')) {
            const double value = sum();
            if (!accept(')'))
                fail("missing ')'");
            return value;
        }
        if (acceptWord("nan"))
            return std::numeric_limits<double>::quiet_NaN();
        if (acceptWord("inf"))
            return std::numeric_limits<double>::infinity();
        if (acceptWord("y")) {
            if (!accept('['))
                fail("expected '[' after y");
            const std::size_t row = integer();
            if (!accept(']'))
                fail("expected ']'");
            if (row >= m_y.size())
                fail("y[" + std::to_string(row) + "] is outside the " + std::to_string(m_y.size()) + " values given");
            return m_y[row];
        }
        return number();
    }

    double number()
    {
        const std::size_t start = m_pos;
        auto digitsAndPoint = [&] {
            while (m_pos < m_text.size() && ((m_text[m_pos] >= '0' && m_text[m_pos] <= '9') || m_text[m_pos] == '.'))
                ++m_pos;
        };
        digitsAndPoint();
        if (m_pos < m_text.size() && (m_text[m_pos] == 'e' || m_text[m_pos] == 'E')) {
            ++m_pos;
            if (m_pos < m_text.size() && (m_text[m_pos] == '+' || m_text[m_pos] == '-'))
                ++m_pos;
            digitsAndPoint();
        }
        double value = 0.0;
        const char* first = m_text.data() + start;
        const char* last = m_text.data() + m_pos;
        const auto [ptr, ec] = std::from_chars(first, last, value);
        if (start == m_pos || ec != std::errc() || ptr != last) {
            m_pos = start;
            fail("expected a number");
        }
        return value;
    }

    std::size_t integer()
    {
        std::size_t value = 0;
        const char* first = m_text.data() + m_pos;
        const auto [ptr, ec] = std::from_chars(first, m_text.data() + m_text.size(), value);
        if (ec != std::errc())
            fail("expected a row number");
        m_pos += static_cast<std::size_t>(ptr - first);
        return value;
    }

    void skipSpaces()
    {
        while (m_pos < m_text.size() && m_text[m_pos] == ' ')
            ++m_pos;
    }

    bool accept(char c)
    {
        skipSpaces();
        if (m_pos < m_text.size() && m_text[m_pos] == c) {
            ++m_pos;
            return true;
        }
        return false;
    }

    bool acceptWord(std::string_view word)
    {
        if (m_text.substr(m_pos, word.size()) != word)
            return false;
        m_pos += word.size();
        return true;
    }

    [[noreturn]] void fail(const std::string& what) const
    {
        throw std::invalid_argument(
            "cannot evaluate '" + std::string(m_text) + "': " + what + " at position " + std::to_string(m_pos));
    }

    std::string_view m_text;
    std::span<const double> m_y;
    std::size_t m_pos = 0;
};

double sample(std::span<const double> y, std::size_t row)
{
    if (row >= y.size())
        throw std::invalid_argument("evaluateExplained: row " + std::to_string(row) + " is outside y");
    return y[row];
}

} // namespace

double evaluateExplained(const ExplainedPoint& point, std::span<const double> y)
{
    const auto& r = point.rows;
    const auto& c = point.coefficients;
    switch (point.kind) {
    case FormulaKind::InteriorUniform:
    case FormulaKind::EdgeFirstOrder:
        if (r.size() != 2 || c.size() != 1)
            break;
        return (sample(y, r[1]) - sample(y, r[0])) / c[0];
    case FormulaKind::InteriorNonUniform:
    case FormulaKind::EdgeSecondOrderUniform:
    case FormulaKind::EdgeSecondOrderNonUniform:
        if (r.size() != 3 || c.size() != 3)
            break;
        return ((c[0] * sample(y, r[0])) + (c[1] * sample(y, r[1]))) + (c[2] * sample(y, r[2]));
    }
    throw std::invalid_argument("evaluateExplained: the rows and coefficients do not fit the formula");
}

double evaluateExpression(std::string_view text, std::span<const double> y)
{
    return ExpressionReader(text.substr(0, text.find('=')), y).run();
}

} // namespace tangent
