// SPDX-License-Identifier: GPL-3.0-or-later
// The core's message catalogue: English templates filled from arguments and nested messages, the
// errors that carry a message keep their English what(), and every template numbers its
// placeholders from %1 without a gap (the translations check theirs against these).

#include "core/errors.h"
#include "core/io/csv.h"
#include "core/messages/message.h"
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

} // namespace
} // namespace tangent
