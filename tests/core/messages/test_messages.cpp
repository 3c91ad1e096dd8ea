// SPDX-License-Identifier: GPL-3.0-or-later
// The core's message catalogue: English templates filled from arguments and nested messages, the
// errors that carry a message keep their English what(), and every template numbers its
// placeholders from %1 without a gap (the translations check theirs against these).

#include "core/classroom/functionlab.h"
#include "core/errors.h"
#include "core/gradient/gradient.h"
#include "core/io/csv.h"
#include "core/io/npy.h"
#include "core/messages/message.h"
#include "core/recipe/recipe.h"
#include "core/smoothing/smoothing.h"

#include <gtest/gtest.h>

#include <cstddef>
#include <string>
#include <vector>

namespace tangent {
namespace {

TEST(Message, EnglishFillsArgumentsThenNestedMessages)
{
    const Message inner { MessageId::SavgolWindowTooSmall, { "1" }, {} };
    const Message outer { MessageId::NoUncertaintyBandFor, { "signal" }, { inner } };
    EXPECT_EQ(inner.english(), "the savgol window 1 is too small; use at least 3 points");
    EXPECT_EQ(
        outer.english(), "no uncertainty band for 'signal': the savgol window 1 is too small; use at least 3 points");
}

TEST(Message, ArgumentsAreInsertedAsTheyAre)
{
    // A column named "%2" must not be read as a placeholder once inserted.
    EXPECT_EQ(fillPlaceholders("cannot smooth '%1': %2", { "%2", "why" }), "cannot smooth '%2': why");
    EXPECT_EQ(fillPlaceholders("%1 and %3", { "a" }), "a and %3");
    EXPECT_EQ(plainMessage("as it is, 100%1").english(), "as it is, 100%1");
}

TEST(Message, EveryTemplateNumbersItsPlaceholdersWithoutAGap)
{
    for (std::size_t i = 0; i < static_cast<std::size_t>(MessageId::Count_); ++i) {
        const auto id = static_cast<MessageId>(i);
        const std::string text = englishTemplate(id);
        SCOPED_TRACE(text);
        EXPECT_FALSE(text.empty());
        for (int n = 1; n <= placeholderCount(id); ++n) {
            std::string placeholder(1, '%');
            placeholder += std::to_string(n);
            EXPECT_NE(text.find(placeholder), std::string::npos) << placeholder << " missing";
        }
    }
    EXPECT_EQ(placeholderCount(MessageId::FileEmpty), 0);
    EXPECT_EQ(placeholderCount(MessageId::ShortGroupRows), 4);
}

TEST(Message, InputErrorKeepsItsEnglishTextAndTheMessage)
{
    try {
        (void)readCsv("t,y\n1,2\n2\n", {}, "data.csv");
        FAIL() << "a ragged row was read";
    } catch (const InputError& e) {
        EXPECT_EQ(e.userMessage().id, MessageId::RaggedRowOneField);
        EXPECT_EQ(std::string(e.what()),
            "data.csv: row 3, column 2: this row has 1 field but the header (line 1) has 2; fields are separated "
            "by ',', so check this row for a missing or extra separator, and put quotes around values that "
            "contain one");
        EXPECT_EQ(e.message(), e.userMessage().english());
    }
}

TEST(Message, SmoothingErrorCarriesItsMessage)
{
    SmoothingOptions options;
    options.method = SmoothingMethod::Savgol;
    options.window = 4;
    try {
        const std::vector<double> y { 0, 1, 4, 9, 16, 25, 36, 49 };
        (void)smoothDerivative(Series { y, {}, 1.0 }, options);
        FAIL() << "an even window was accepted";
    } catch (const SmoothingError& e) {
        EXPECT_EQ(e.userMessage().id, MessageId::SavgolWindowEven);
        EXPECT_EQ(std::string(e.what()), e.userMessage().english());
        EXPECT_EQ(
            std::string(e.what()), "the savgol window must be odd (a centre point and as many on each side), not 4");
    }
}

TEST(Message, NumbersKeepTheirCFormatAndTheirKind)
{
    EXPECT_EQ(MessageArg::real(0.5).text, "0.5");
    EXPECT_EQ(MessageArg::real(0.5).kind, MessageArg::Kind::Real);
    EXPECT_EQ(MessageArg::integer(std::size_t { 12345 }).text, "12345");
    EXPECT_EQ(MessageArg::integer(-3).kind, MessageArg::Kind::Integer);
    EXPECT_EQ(MessageArg("0.5").kind, MessageArg::Kind::Text);
}

TEST(Message, GradientErrorsCarryTheirMessage)
{
    try {
        (void)derivative(std::vector<double> { 1.0 }, Spacing::uniform(1.0), 1, 1);
        FAIL() << "one point was differentiated";
    } catch (const GradientError& e) {
        EXPECT_EQ(e.userMessage().id, MessageId::GradientOnePoint);
        EXPECT_EQ(std::string(e.what()),
            "axis 0 has 1 point, but edge order 1 needs at least 2 (numpy: Shape of array too small to calculate a "
            "numerical gradient)");
    }
}

TEST(Message, RecipeErrorsCarryTheirMessage)
{
    try {
        (void)parseRecipe({ "--edge-order", "3" });
        FAIL() << "edge order 3 was accepted";
    } catch (const RecipeError& e) {
        EXPECT_EQ(e.userMessage().id, MessageId::EdgeOrderOneOrTwo);
        EXPECT_EQ(std::string(e.what()), "--edge-order must be 1 or 2, not 3");
    }
}

TEST(Message, NpyHeaderErrorsNestTheirDetail)
{
    std::string bytes("\x93NUMPY\x01\x00", 8);
    const std::string header = "{'descr': '<f8', 'fortran_order': False, 'shape': [3]}";
    bytes += static_cast<char>(header.size());
    bytes += '\0';
    bytes += header;
    try {
        (void)readNpy(bytes, "a.npy");
        FAIL() << "a list shape was read";
    } catch (const InputError& e) {
        EXPECT_EQ(e.userMessage().id, MessageId::NpyMalformedHeader);
        ASSERT_EQ(e.userMessage().nested.size(), 1U);
        EXPECT_EQ(e.userMessage().nested.front().id, MessageId::NpyShapeIsList);
        EXPECT_EQ(e.message(),
            "malformed .npy header at byte " + std::to_string(10 + header.find('['))
                + ": 'shape' must be a tuple such as (3, 4), not a list. The header reads: " + header);
    }
}

TEST(Message, ExpressionErrorsSayWhatAndWhere)
{
    try {
        const Expression expression("x**2");
        FAIL() << "x**2 was read";
    } catch (const ExpressionError& e) {
        EXPECT_EQ(e.userMessage().id, MessageId::ExprAtPosition);
        EXPECT_EQ(e.userMessage().args.front().kind, MessageArg::Kind::Integer);
        ASSERT_EQ(e.userMessage().nested.size(), 1U);
        EXPECT_EQ(e.userMessage().nested.front().id, MessageId::ExprUnexpectedOperator);
        EXPECT_STREQ(e.what(), "unexpected operator '*' at position 2");
    }
}

} // namespace
} // namespace tangent
