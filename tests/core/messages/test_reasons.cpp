// SPDX-License-Identifier: GPL-3.0-or-later
// The reasons the system and the libraries give reach the window as ids: a file that is missing,
// a zip that is none or is damaged, malformed XML, an expression muparser refuses, a size. Their
// English is the library's own text, so tangent-cli prints what it printed before.

#include "core/batch/batchplan.h"
#include "core/classroom/functionlab.h"
#include "core/errors.h"
#include "core/io/csv.h"
#include "core/io/fileio.h"
#include "core/io/npy.h"
#include "core/messages/message.h"
#include "core/sheets/xmlparts.h"
#include "core/sheets/zipparts.h"
#include "core/smoothing/smoothing.h"

#include <gtest/gtest.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace tangent {
namespace {

/// The message `read` throws as an InputError.
template <typename Read> Message inputErrorOf(Read read)
{
    try {
        read();
    } catch (const InputError& e) {
        return e.userMessage();
    }
    ADD_FAILURE() << "no InputError";
    return {};
}

TEST(Reasons, CommonErrnoValuesAreIdsWithTheSystemsWords)
{
    // The test runs in the C locale, where strerror gives the English tangent-cli printed.
    for (const int error : { ENOENT, EACCES, EISDIR, ENOTDIR, ENOSPC, EROFS, EMFILE, ENFILE, ENAMETOOLONG, EEXIST, EIO,
             EFBIG, EDQUOT, EPERM, ELOOP, ENOMEM, EBUSY }) {
        const Message reason = systemReason(error);
        SCOPED_TRACE(reason.english());
        EXPECT_NE(reason.id, MessageId::Text);
        EXPECT_GE(reason.id, kFirstReasonId);
        EXPECT_EQ(reason.english(), std::strerror(error));
    }
    // A rare one keeps the system's words as a plain text.
    EXPECT_EQ(systemReason(EPROTO).id, MessageId::Text);
    EXPECT_EQ(systemReason(EPROTO).english(), std::strerror(EPROTO));
}

TEST(Reasons, AMissingFilesReasonArrivesAsAnId)
{
    const std::string path = ::testing::TempDir() + "tangent-no-such-file.csv";
    for (const Message& message :
        { inputErrorOf([&] { (void)readCsvFile(path); }), inputErrorOf([&] { (void)readNpyFile(path + ".npy"); }),
            inputErrorOf([&] { (void)readWholeFile(path); }) }) {
        EXPECT_EQ(message.id, MessageId::CannotOpenFile);
        EXPECT_TRUE(message.args.empty()) << "no English argument";
        ASSERT_EQ(message.nested.size(), 1U);
        EXPECT_EQ(message.nested.front().id, MessageId::SysNoSuchFile);
        EXPECT_EQ(message.english(), "cannot open the file: No such file or directory");
    }
}

TEST(Reasons, SizesAreANumberAndAUnit)
{
    const Message bytes = sizeMessage(900);
    EXPECT_EQ(bytes.id, MessageId::SizeBytes);
    ASSERT_EQ(bytes.args.size(), 1U);
    EXPECT_EQ(bytes.args.front().kind, MessageArg::Kind::Integer);
    EXPECT_EQ(bytes.english(), "900 bytes");
    const Message kilo = sizeMessage(1500);
    EXPECT_EQ(kilo.id, MessageId::SizeKilobytes);
    EXPECT_EQ(kilo.args.front().kind, MessageArg::Kind::Real);
    EXPECT_EQ(kilo.english(), "1.5 kB");
    EXPECT_EQ(sizeMessage(999'999).english(), "1000 kB");
    EXPECT_EQ(sizeMessage(1'000'000).id, MessageId::SizeMegabytes);
    EXPECT_EQ(sizeMessage(4'398'046'511'104).id, MessageId::SizeTerabytes);
    EXPECT_EQ(describeBytes(12'300'000), "12 MB");
}

TEST(Reasons, ForeignFileIsNotAZipById)
{
    const Message message = inputErrorOf([] { const ZipParts zip("x,y\n1,2\n", "book.xlsx", 1000); });
    EXPECT_EQ(message.id, MessageId::NotAZip);
    ASSERT_EQ(message.nested.size(), 1U);
    EXPECT_EQ(message.nested.front().id, MessageId::ZipNotAZip);
    EXPECT_EQ(message.english(), "this is not a zip archive, so not an .xlsx or .ods workbook (Not a zip archive)");
}

TEST(Reasons, DamagedPartIsACrcErrorById)
{
    // A zip (Python's zipfile, stored) of a.xml = "<a/>", its data changed to "<b/>" after the CRC.
    const std::string_view zipBytes {
        "PK\x03\x04\x14\x00\x00\x00\x00\x00\x00\x00\x21\x50\xd4\x1c\xd1\x01\x04\x00\x00\x00\x04\x00\x00\x00\x05\x00"
        "\x00\x00"
        "a.xml<b/>"
        "PK\x01\x02\x14\x03\x14\x00\x00\x00\x00\x00\x00\x00\x21\x50\xd4\x1c\xd1\x01\x04\x00\x00\x00\x04\x00\x00\x00"
        "\x05\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80\x01\x00\x00\x00\x00"
        "a.xml"
        "PK\x05\x06\x00\x00\x00\x00\x01\x00\x01\x00\x33\x00\x00\x00\x27\x00\x00\x00\x00\x00",
        112
    };
    const ZipParts zip(zipBytes, "book.xlsx", 1000);
    const Message message = inputErrorOf([&] { (void)zip.read("a.xml"); });
    EXPECT_EQ(message.id, MessageId::WorkbookPartDamagedWhy);
    ASSERT_EQ(message.nested.size(), 1U);
    EXPECT_EQ(message.nested.front().id, MessageId::ZipCrc);
    EXPECT_EQ(message.english(), "the workbook's part a.xml is damaged: CRC error");
}

class IgnoreXml : public XmlHandler {
public:
    bool start(std::string_view /*name*/, const char** /*attributes*/) override { return true; }
    bool end(std::string_view /*name*/) override { return true; }
};

TEST(Reasons, MalformedXmlSaysWhatAndOnWhichLine)
{
    IgnoreXml handler;
    const Message message
        = inputErrorOf([&] { parseXml("<sheet>\n<row>\n</sheet>", handler, "book.xlsx", "xl/sheet1.xml"); });
    EXPECT_EQ(message.id, MessageId::WorkbookPartNotXml);
    ASSERT_EQ(message.nested.size(), 1U);
    EXPECT_EQ(message.nested.front().id, MessageId::XmlTagMismatch);
    EXPECT_EQ(message.english(), "the workbook's part xl/sheet1.xml is not well-formed XML (line 3): mismatched tag");
}

/// The reason inside the message an expression is refused with.
Message expressionReason(const std::string& text)
{
    try {
        const Expression expression(text);
    } catch (const ExpressionError& e) {
        EXPECT_EQ(e.userMessage().id, MessageId::ExprAtPosition) << text;
        if (e.userMessage().nested.size() == 1)
            return e.userMessage().nested.front();
    }
    ADD_FAILURE() << text << " was read";
    return {};
}

TEST(Reasons, MuparsersErrorsAreIds)
{
    EXPECT_EQ(expressionReason("\"text\"").id, MessageId::ExprStringsNotAllowed);
    EXPECT_EQ(expressionReason("x > 0 ? 1").id, MessageId::ExprConditionalWithoutElse);
    EXPECT_EQ(expressionReason("1 : 2").id, MessageId::ExprMisplacedColon);
    EXPECT_EQ(expressionReason("sin(x").id, MessageId::ExprMissingParen);
}

TEST(Reasons, BatchPlanAndSmoothingOptionsRefuseWithIds)
{
    try {
        (void)planBatchOutputs({ "a.csv", "-" }, "out");
        ADD_FAILURE() << "standard input was planned";
    } catch (const MessageError& e) {
        EXPECT_EQ(e.userMessage().id, MessageId::BatchStdinAmongInputs);
    }
    SmoothingOptions options;
    options.method = SmoothingMethod::Savgol;
    options.lam = 1.0;
    try {
        const std::vector<double> y { 0, 1, 4, 9, 16, 25, 36 };
        (void)smoothDerivative(Series { y, {}, 1.0 }, options);
        ADD_FAILURE() << "--lam was taken by savgol";
    } catch (const SmoothingError& e) {
        EXPECT_EQ(e.userMessage().id, MessageId::OptionBelongsToMethod);
        EXPECT_STREQ(e.what(), "--lam belongs to --method spline, not to --method savgol");
    }
}

} // namespace
} // namespace tangent
