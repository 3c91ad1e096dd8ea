// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/classroom/explain.h"

#include "core/gradient/gradientkernels.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <stdexcept>
#include <utility>

// explainGradient runs detail::uniformLine / detail::nonUniformLine, the kernels gradient() uses,
// with three recording types in place of double: RecordingSamples hands out y[k] as a Term,
// RecordingNamer hands out named coefficients, RecordingOut collects what the kernel writes.
// Every Term operator performs exactly the one double operation the kernel asked for (the core is
// built with -ffp-contract=off), and notes down the operation, so values and text come from one
// execution of one piece of code.

namespace tangent {
namespace {

// Precedence of what a Term's text is, for parentheses: a sum/difference, a product/quotient, or
// a single name or number.
constexpr int kSum = 1;
constexpr int kProduct = 2;
constexpr int kAtom = 3;

/// A coefficient of the stencil as the recording namer hands it to the kernel.
struct Coefficient {
    double value;
    const char* symbol;
    const char* definition;
};

/// One part of a Term's text: literal text, a sample y[row], or a coefficient.
struct Piece {
    enum class Type { Text, Row, Coefficient };
    Type type = Type::Text;
    std::string text; // Type::Text
    std::size_t index = 0; // Type::Row: the row; Type::Coefficient: index into Term::coefficients
};

struct UsedCoefficient {
    Coefficient coefficient;
    bool divisor; // divisors are written compactly ("/ 2"), weights as Python floats ("2.0 *")
};

/// A sample, or the result of the kernel's arithmetic on samples and coefficients.
struct Term {
    double value = 0.0;
    int precedence = kAtom;
    std::vector<Piece> pieces;
    std::vector<std::size_t> rows;
    std::vector<UsedCoefficient> coefficients;
};

Term coefficientTerm(const Coefficient& c, bool divisor)
{
    Term t;
    t.value = c.value;
    t.pieces.push_back({ Piece::Type::Coefficient, {}, 0 });
    t.coefficients.push_back({ c, divisor });
    return t;
}

void appendText(Term& to, const char* text)
{
    to.pieces.push_back({ Piece::Type::Text, text, 0 });
}

void appendOperand(Term& to, const Term& from, bool parenthesise)
{
    if (parenthesise)
        appendText(to, "(");
    const std::size_t offset = to.coefficients.size();
    for (Piece piece : from.pieces) {
        if (piece.type == Piece::Type::Coefficient)
            piece.index += offset;
        to.pieces.push_back(std::move(piece));
    }
    if (parenthesise)
        appendText(to, ")");
    to.rows.insert(to.rows.end(), from.rows.begin(), from.rows.end());
    to.coefficients.insert(to.coefficients.end(), from.coefficients.begin(), from.coefficients.end());
}

// Left-to-right operators: the left operand needs parentheses only if it binds more loosely, the
// right one also if it binds equally (a - (b - c) is not a - b - c).
Term binary(const Term& left, const char* op, const Term& right, int precedence, double value)
{
    Term t;
    t.value = value;
    t.precedence = precedence;
    appendOperand(t, left, left.precedence < precedence);
    appendText(t, op);
    appendOperand(t, right, right.precedence <= precedence);
    return t;
}

// The operations the kernels perform: one double operation each, exactly as written.
Term operator-(const Term& a, const Term& b)
{
    return binary(a, " - ", b, kSum, a.value - b.value);
}

Term operator+(const Term& a, const Term& b)
{
    return binary(a, " + ", b, kSum, a.value + b.value);
}

Term operator*(const Coefficient& c, const Term& t)
{
    return binary(coefficientTerm(c, false), " * ", t, kProduct, c.value * t.value);
}

Term operator/(const Term& t, const Coefficient& c)
{
    return binary(t, " / ", coefficientTerm(c, true), kProduct, t.value / c.value);
}

/// The kernel's view of y: y[k] is a Term that remembers its row.
struct RecordingSamples {
    std::span<const double> y;
    Term operator[](std::size_t k) const
    {
        Term t;
        t.value = y[k];
        t.pieces.push_back({ Piece::Type::Row, {}, k });
        t.rows.push_back(k);
        return t;
    }
};

/// Names coefficients for the text; notes the gaps p and q a row's weights are computed from.
struct RecordingNamer {
    std::vector<ExplainedQuantity>* pending;
    Coefficient operator()(double value, const char* symbol, const char* definition) const
    {
        return { value, symbol, definition };
    }
    double note(double value, const char* symbol, const char* definition) const
    {
        pending->push_back({ symbol, definition, value });
        return value;
    }
};

struct Slot {
    Term term;
    std::vector<ExplainedQuantity> notes;
};

/// out[k] = term stores the term and hands it the quantities noted since the last store.
struct SlotRef {
    Slot* slot;
    std::vector<ExplainedQuantity>* pending;
    SlotRef& operator=(Term term)
    {
        slot->term = std::move(term);
        slot->notes = std::exchange(*pending, {});
        return *this;
    }
};

/// out[k] for k in the kernel's [first, last) is slots[k - first].
struct RecordingOut {
    std::vector<Slot>* slots;
    std::vector<ExplainedQuantity>* pending;
    std::size_t first;
    SlotRef operator[](std::size_t k) const { return { &(*slots)[k - first], pending }; }
};

enum class Form { Symbolic, Indexed, Substituted };

bool isIdentifier(std::string_view s)
{
    if (s.empty() || std::isalpha(static_cast<unsigned char>(s[0])) == 0)
        return false;
    return std::all_of(s.begin(), s.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; });
}

/// The name of y[k] in the symbolic form: relative to i inside, to 0 or n on the edges.
std::string symbolicRow(std::size_t k, Side side, std::size_t row, std::size_t n)
{
    switch (side) {
    case Side::Left:
        return "y[" + std::to_string(k) + "]";
    case Side::Right:
        return "y[n-" + std::to_string(n - k) + "]";
    case Side::Interior:
        break;
    }
    if (k == row)
        return "y[i]";
    return k < row ? "y[i-" + std::to_string(row - k) + "]" : "y[i+" + std::to_string(k - row) + "]";
}

std::string render(const Term& t, Form form, std::span<const double> y, Side side, std::size_t row)
{
    std::string text;
    for (const Piece& piece : t.pieces) {
        switch (piece.type) {
        case Piece::Type::Text:
            text += piece.text;
            break;
        case Piece::Type::Row:
            if (form == Form::Symbolic)
                text += symbolicRow(piece.index, side, row, y.size());
            else if (form == Form::Indexed)
                text += "y[" + std::to_string(piece.index) + "]";
            else
                text += formatCompactFloat(y[piece.index]);
            break;
        case Piece::Type::Coefficient: {
            const UsedCoefficient& used = t.coefficients[piece.index];
            if (form == Form::Symbolic) {
                const std::string symbol = used.coefficient.symbol;
                text += isIdentifier(symbol) ? symbol : "(" + symbol + ")";
            } else {
                text += used.divisor ? formatCompactFloat(used.coefficient.value)
                                     : formatPythonFloat(used.coefficient.value);
            }
            break;
        }
        }
    }
    return text;
}

FormulaKind kindOf(Side side, bool uniform, int edgeOrder)
{
    if (side == Side::Interior)
        return uniform ? FormulaKind::InteriorUniform : FormulaKind::InteriorNonUniform;
    if (edgeOrder == 1)
        return FormulaKind::EdgeFirstOrder;
    return uniform ? FormulaKind::EdgeSecondOrderUniform : FormulaKind::EdgeSecondOrderNonUniform;
}

ExplainedPoint describe(Slot& slot, std::size_t row, std::span<const double> y, bool uniform, int edgeOrder)
{
    const std::size_t n = y.size();
    ExplainedPoint point;
    point.row = row;
    point.side = row == 0 ? Side::Left : (row + 1 == n ? Side::Right : Side::Interior);
    point.kind = kindOf(point.side, uniform, edgeOrder);
    point.value = slot.term.value;
    point.rows = slot.term.rows;
    std::sort(point.rows.begin(), point.rows.end());
    point.quantities = std::move(slot.notes);
    for (const UsedCoefficient& used : slot.term.coefficients) {
        const Coefficient& c = used.coefficient;
        point.coefficients.push_back(c.value);
        const bool known = std::any_of(point.quantities.begin(), point.quantities.end(),
            [&](const ExplainedQuantity& q) { return q.symbol == c.symbol; });
        if (!known)
            point.quantities.push_back({ c.symbol, c.definition, c.value });
    }
    point.symbolic = render(slot.term, Form::Symbolic, y, point.side, row);
    point.expression = render(slot.term, Form::Indexed, y, point.side, row);
    point.substituted = render(slot.term, Form::Substituted, y, point.side, row);
    return point;
}

/// Python's float repr, optionally without the ".0" of integral values.
std::string formatFloat(double value, bool pointZero)
{
    if (std::isnan(value))
        return "nan";
    if (std::isinf(value))
        return value > 0 ? "inf" : "-inf";
    // The shortest round-trip digits, in scientific form: [-]d[.ddd]e(+|-)xx.
    std::array<char, 64> buffer {};
    const auto result
        = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value, std::chars_format::scientific);
    const std::string_view sci(buffer.data(), static_cast<std::size_t>(result.ptr - buffer.data()));
    const std::size_t e = sci.find('e');
    std::string digits;
    for (char c : sci.substr(0, e))
        if (c >= '0' && c <= '9')
            digits += c;
    int exponent = 0;
    const std::string_view exponentText = sci.substr(e + 1);
    std::from_chars(
        exponentText.data() + (exponentText[0] == '+' ? 1 : 0), exponentText.data() + exponentText.size(), exponent);

    std::string text = std::signbit(value) ? "-" : "";
    const auto count = static_cast<int>(digits.size());
    if (exponent >= -4 && exponent < 16) {
        const int point = exponent + 1; // digits before the decimal point
        if (point <= 0) {
            text.append("0.").append(static_cast<std::size_t>(-point), '0').append(digits);
        } else if (point >= count) {
            text.append(digits).append(static_cast<std::size_t>(point - count), '0');
            if (pointZero)
                text.append(".0");
        } else {
            text.append(digits, 0, static_cast<std::size_t>(point)).append(1, '.');
            text.append(digits, static_cast<std::size_t>(point));
        }
        return text;
    }
    text.append(digits, 0, 1);
    if (count > 1)
        text.append(1, '.').append(digits, 1);
    const int magnitude = exponent < 0 ? -exponent : exponent;
    text.append(exponent < 0 ? "e-" : "e+");
    if (magnitude < 10)
        text.append(1, '0');
    text += std::to_string(magnitude);
    return text;
}

} // namespace

std::string formatPythonFloat(double value)
{
    return formatFloat(value, true);
}

std::string formatCompactFloat(double value)
{
    return formatFloat(value, false);
}

std::vector<ExplainedPoint> explainGradient(std::span<const double> y, const AxisSpacing& spacing, int edgeOrder)
{
    return explainGradient(y, spacing, edgeOrder, 0, y.size());
}

std::vector<ExplainedPoint> explainGradient(
    std::span<const double> y, const AxisSpacing& spacing, int edgeOrder, std::size_t first, std::size_t last)
{
    checkEdgeOrder(edgeOrder);
    checkLength(y.size(), edgeOrder);
    if (!spacing.uniform && spacing.x.size() != y.size())
        throw std::invalid_argument("explainGradient: x and y must have the same length");

    const std::size_t n = y.size();
    last = std::min(last, n);
    if (first >= last)
        return {};
    std::vector<Slot> slots(last - first);
    std::vector<ExplainedQuantity> pending;
    const RecordingSamples in { y };
    const RecordingOut out { &slots, &pending, first };
    const RecordingNamer namer { &pending };
    if (spacing.uniform)
        detail::uniformLine(in, out, n, spacing.h, edgeOrder, first, last, namer);
    else
        detail::nonUniformLine(in, out, n, spacing.x.data(), edgeOrder, first, last, namer);

    std::vector<ExplainedPoint> points;
    points.reserve(last - first);
    for (std::size_t row = first; row < last; ++row)
        points.push_back(describe(slots[row - first], row, y, spacing.uniform, edgeOrder));
    return points;
}

std::vector<ExplainedPoint> explainGradient(std::span<const double> y, const Spacing& spacing, int edgeOrder)
{
    checkEdgeOrder(edgeOrder);
    return explainGradient(y, resolveSpacing(spacing, y.size()), edgeOrder);
}

std::string explainLine(const ExplainedPoint& point)
{
    return point.expression + " = " + formatPythonFloat(point.value);
}

std::string substitutedLine(const ExplainedPoint& point)
{
    return point.substituted + " = " + formatPythonFloat(point.value);
}

std::string symbolicLine(const ExplainedPoint& point)
{
    std::string text = point.symbolic;
    for (const ExplainedQuantity& q : point.quantities) {
        text += "; " + q.symbol + " = ";
        if (!q.definition.empty())
            text += q.definition + " = ";
        text += formatPythonFloat(q.value);
    }
    return text;
}

std::string_view formulaName(FormulaKind kind)
{
    switch (kind) {
    case FormulaKind::InteriorUniform:
        return "central difference";
    case FormulaKind::InteriorNonUniform:
        return "three-point weighted difference (uneven spacing)";
    case FormulaKind::EdgeFirstOrder:
        return "one-sided difference (first order)";
    case FormulaKind::EdgeSecondOrderUniform:
        return "one-sided three-point difference (second order)";
    case FormulaKind::EdgeSecondOrderNonUniform:
        return "one-sided three-point difference (second order, uneven spacing)";
    }
    return "";
}

} // namespace tangent
