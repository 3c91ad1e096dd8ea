// SPDX-License-Identifier: GPL-3.0-or-later
// Typed expressions (muparser) and their numerical derivative, for the function lab.
#include "core/classroom/functionlab.h"

#include <muParser.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <numbers>

namespace tangent {
namespace {

std::string lowerFirst(std::string text)
{
    if (!text.empty())
        text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
    return text;
}

/// muparser's message without its own " at position N" ending (its positions may point past the
/// text, and Tangent states its own).
std::string withoutPosition(std::string message)
{
    for (const char* tail : { " at expression position", " found at position", " at position" }) {
        if (const std::size_t at = message.find(tail); at != std::string::npos)
            message.erase(at);
    }
    while (!message.empty() && (message.back() == '.' || message.back() == ' '))
        message.pop_back();
    return message;
}

/// Turns muparser's error into a sentence that says what is wrong and where (0-based).
ExpressionError translate(const mu::Parser::exception_type& e, const std::string& text)
{
    const std::string& token = e.GetToken();
    // muparser parses the text with a space appended, so "ends too early" points one past it.
    std::size_t position = e.GetPos() < 0 ? 0 : std::min(static_cast<std::size_t>(e.GetPos()), text.size());
    const auto about = [&token](MessageId id) { return Message { id, { token }, {} }; };
    Message what;
    switch (e.GetCode()) {
    case mu::ecUNEXPECTED_PARENS:
        what = about(MessageId::ExprUnexpected);
        break;
    case mu::ecMISSING_PARENS:
        what = Message { MessageId::ExprMissingParen, {}, {} };
        position = text.size();
        break;
    case mu::ecUNEXPECTED_EOF:
        what = Message { MessageId::ExprUnexpectedEnd, {}, {} };
        position = text.size();
        break;
    case mu::ecUNASSIGNABLE_TOKEN:
        what = about(MessageId::ExprUnknownName);
        break;
    case mu::ecUNEXPECTED_OPERATOR:
        what = about(MessageId::ExprUnexpectedOperator);
        break;
    case mu::ecUNEXPECTED_VAL:
        what = about(MessageId::ExprUnexpectedNumber);
        break;
    case mu::ecUNEXPECTED_VAR:
        what = about(MessageId::ExprUnexpectedVariable);
        break;
    case mu::ecUNEXPECTED_FUN:
        what = about(MessageId::ExprUnexpectedFunction);
        break;
    case mu::ecUNEXPECTED_ARG_SEP:
        what = Message { MessageId::ExprUnexpectedComma, {}, {} };
        break;
    case mu::ecTOO_MANY_PARAMS:
        what = about(MessageId::ExprTooManyArguments);
        break;
    case mu::ecTOO_FEW_PARAMS:
        what = about(MessageId::ExprTooFewArguments);
        break;
    case mu::ecUNEXPECTED_ARG:
        what = about(MessageId::ExprUnexpectedArgument);
        break;
    case mu::ecUNEXPECTED_STR:
    case mu::ecSTRING_EXPECTED:
    case mu::ecVAL_EXPECTED:
    case mu::ecOPRT_TYPE_CONFLICT:
    case mu::ecSTR_RESULT:
        what = Message { MessageId::ExprStringsNotAllowed, {}, {} };
        break;
    case mu::ecUNTERMINATED_STRING:
        what = Message { MessageId::ExprStringNotClosed, {}, {} };
        break;
    case mu::ecUNEXPECTED_CONDITIONAL:
    case mu::ecMISSING_ELSE_CLAUSE:
        what = Message { MessageId::ExprConditionalWithoutElse, {}, {} };
        break;
    case mu::ecMISPLACED_COLON:
        what = Message { MessageId::ExprMisplacedColon, {}, {} };
        break;
    case mu::ecDIV_BY_ZERO:
        what = Message { MessageId::ExprDivisionByZero, {}, {} };
        break;
    case mu::ecDOMAIN_ERROR:
        what = Message { MessageId::ExprDomainError, {}, {} };
        break;
    case mu::ecIDENTIFIER_TOO_LONG:
        what = Message { MessageId::ExprNameTooLong, {}, {} };
        break;
    case mu::ecEXPRESSION_TOO_LONG:
        what = Message { MessageId::ExprTooLong, {}, {} };
        break;
    case mu::ecINVALID_CHARACTERS_FOUND:
        what = Message { MessageId::ExprInvalidCharacters, {}, {} };
        break;
    case mu::ecUNREASONABLE_NUMBER_OF_COMPUTATIONS:
        what = Message { MessageId::ExprTooManyComputations, {}, {} };
        break;
    case mu::ecEMPTY_EXPRESSION:
        return { Message { MessageId::ExprEmpty, {}, {} }, 0 };
    default:
        // Errors of defining names and internal ones, which typing cannot cause: muparser's words.
        what = plainMessage(lowerFirst(withoutPosition(e.GetMsg())));
        break;
    }
    return { Message { MessageId::ExprAtPosition, { MessageArg::integer(position) }, { std::move(what) } }, position };
}

/// The first ',' outside parentheses: muparser accepts "x, 2" as two results; Tangent wants one.
std::size_t topLevelComma(const std::string& text)
{
    int depth = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '(')
            ++depth;
        else if (text[i] == ')')
            --depth;
        else if (text[i] == ',' && depth == 0)
            return i;
    }
    return 0;
}

} // namespace

ExpressionError::ExpressionError(Message message, std::size_t position)
    : std::invalid_argument(message.english()), MessageCarrier(std::move(message)), m_position(position)
{
}

// muparser keeps the address of x, so the parser and x live together on the heap.
struct Expression::Impl {
    mu::Parser parser;
    double x = 0.0;
    std::string text;
};

Expression::Expression(const std::string& text) : m_impl(std::make_unique<Impl>())
{
    m_impl->text = text;
    try {
        m_impl->parser.DefineVar("x", &m_impl->x);
        m_impl->parser.DefineConst("pi", std::numbers::pi);
        m_impl->parser.SetExpr(text);
        m_impl->parser.Eval(); // parses now, so errors surface here rather than on first use
    } catch (const mu::Parser::exception_type& e) {
        throw translate(e, text);
    } catch (const std::exception& e) {
        throw ExpressionError(Message { MessageId::ExprCannotRead, { std::string(e.what()) }, {} }, 0);
    }
    if (m_impl->parser.GetNumResults() != 1) {
        const std::size_t comma = topLevelComma(text);
        throw ExpressionError(Message { MessageId::ExprOneExpression, { MessageArg::integer(comma) }, {} }, comma);
    }
}

Expression::~Expression() = default;
Expression::Expression(Expression&&) noexcept = default;
Expression& Expression::operator=(Expression&&) noexcept = default;

double Expression::operator()(double x) const
{
    m_impl->x = x;
    try {
        return m_impl->parser.Eval();
    } catch (const mu::Parser::exception_type&) {
        return std::nan(""); // muparser reports no evaluation errors for doubles; be safe anyway
    }
}

double Expression::derivative(double x) const
{
    return numericalDerivative([this](double t) { return (*this)(t); }, x);
}

const std::string& Expression::text() const
{
    return m_impl->text;
}

double numericalDerivative(const std::function<double(double)>& f, double x, double* errorEstimate)
{
    // Richardson tableau: row k holds D(h0 / 2^k) extrapolated j times. D's error is a series in
    // h^2, so column j removes the h^(2j) term with weight 1 / (4^j - 1).
    constexpr int kLevels = 10;
    std::array<std::array<long double, kLevels>, kLevels> table {};
    const long double h0 = std::ldexp(std::max(std::abs(static_cast<long double>(x)), 1.0L), -6);
    long double best = NAN;
    long double bestError = INFINITY;
    long double previousError = INFINITY;
    for (int k = 0; k < kLevels; ++k) {
        const long double h = std::ldexp(h0, -k);
        // The points actually evaluated are doubles; divide by their true distance.
        const auto plus = static_cast<double>(x + h);
        const auto minus = static_cast<double>(x - h);
        const long double span = static_cast<long double>(plus) - static_cast<long double>(minus);
        table[k][0] = (static_cast<long double>(f(plus)) - static_cast<long double>(f(minus))) / span;
        long double factor = 1.0L;
        for (int j = 1; j <= k; ++j) {
            factor *= 4.0L;
            table[k][j] = table[k][j - 1] + (table[k][j - 1] - table[k - 1][j - 1]) / (factor - 1.0L);
        }
        if (k == 0) {
            best = table[0][0];
            continue;
        }
        const long double error = std::abs(table[k][k] - table[k - 1][k - 1]);
        if (error <= bestError) {
            bestError = error;
            best = table[k][k];
        }
        // Rounding noise grows as h shrinks: stop once the estimate has clearly turned upward.
        if (k >= 3 && error > 2.0L * previousError && error > bestError)
            break;
        previousError = error;
    }
    if (errorEstimate != nullptr)
        *errorEstimate = static_cast<double>(bestError);
    return static_cast<double>(best);
}

} // namespace tangent
