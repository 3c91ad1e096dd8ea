// SPDX-License-Identifier: GPL-3.0-or-later
// The English templates of the core's messages. ui/i18n/coremessages.cpp lists the same texts for
// the translations; a ui test checks that the two lists agree.
#include "core/messages/message.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <utility>

namespace tangent {
namespace {

using Entry = std::pair<MessageId, const char*>;

constexpr std::array kTemplates {
    Entry { MessageId::Text, "%1" },
    Entry { MessageId::CannotOpenFile, "cannot open the file: %1" },
    Entry { MessageId::CannotReadFile, "cannot read the file: %1" },
    Entry { MessageId::NotARegularFile, "this is not a regular file" },
    Entry { MessageId::FileTooLargeForMemory,
        "the file is too large for the memory available: %1 needs about %2, but only %3 are free; close other "
        "programs, or split the file into smaller parts" },
    Entry { MessageId::CommentLineTooLong,
        "this comment line is longer than %1 MiB, the most Tangent reads in one line; is this a table of values?" },
    Entry { MessageId::RowTooLong,
        "this row is longer than %1 MiB, the most Tangent reads in one row; is this a table of values? Check that "
        "its lines end with line breaks and that every quote is closed" },
    Entry { MessageId::TooManyFields,
        "this row has more than %1 fields, the most Tangent reads in one row; is this a table of values with %2 "
        "between them?" },
    Entry { MessageId::RaggedRowOneField,
        "this row has 1 field but %3 has %1; fields are separated by %2, so check this row for a missing or extra "
        "separator, and put quotes around values that contain one" },
    Entry { MessageId::RaggedRowFields,
        "this row has %1 fields but %4 has %2; fields are separated by %3, so check this row for a missing or "
        "extra separator, and put quotes around values that contain one" },
    Entry { MessageId::HeaderAtLine, "the header (line %1)" },
    Entry { MessageId::FirstRowAtLine, "the first row (line %1)" },
    Entry { MessageId::BlankLineInTable,
        "this line is blank but the table has %1 columns; delete the line, or write NA for each missing value" },
    Entry { MessageId::FileEmpty, "the file is empty" },
    Entry { MessageId::OnlyComments, "the file has only comment lines ('#') and no table" },
    Entry {
        MessageId::HeaderWithoutRows, "the file has a header but no data rows; add rows of values below the header" },
    Entry { MessageId::QuoteNotClosed,
        "the quoted field that starts on this line is never closed; add the missing closing quote (\"), and write "
        "a quote inside a quoted field as \"\"" },
    Entry { MessageId::TextAfterClosingQuote,
        "unexpected text after a closing quote; put the whole field in quotes and write a quote inside it as \"\"" },
    Entry { MessageId::XColumnAndDx, "give either an x column or a uniform spacing dx, not both" },
    Entry { MessageId::BadDx, "the spacing dx must be a finite number other than 0" },
    Entry { MessageId::SmoothedNeedsMethod,
        "--smoothed needs a --method other than numpy (numpy.gradient does not smooth)" },
    Entry { MessageId::EdgeOrderBelongsToNumpy,
        "--edge-order belongs to --method numpy; --method %1 treats the ends itself" },
    Entry { MessageId::NoiseSdNeedsUncertainty,
        "--noise-sd is the noise level of the uncertainty band; add --uncertainty" },
    Entry { MessageId::ColumnLeftOut,
        "column '%1' is left out: '%2' is not a number (fix the cell, or --strict to make this an error)" },
    Entry { MessageId::NoNumericColumn, "there is no numeric column to differentiate besides x" },
    Entry { MessageId::NoNumericColumnGrouped, "there is no numeric column to differentiate besides x and the group" },
    Entry { MessageId::NoUncertaintyBandFor, "no uncertainty band for '%1': %2" },
    Entry { MessageId::CannotDifferentiate, "cannot differentiate '%1': %2" },
    Entry { MessageId::GroupColumnIsX, "the group column cannot also be the x column" },
    Entry { MessageId::ColumnNotNumeric, "the %1 column '%2' is not numeric; choose another column" },
    Entry { MessageId::ColumnNotNumericCell,
        "the %1 column '%2' is not numeric ('%3' is not a number); fix the cell or choose another column" },
    Entry { MessageId::CannotSmooth, "cannot smooth '%1': %2" },
    Entry { MessageId::ColumnMessage, "'%1': %2" },
    Entry { MessageId::XDecreases, "x ('%1') decreases throughout; the derivatives are still correct" },
    Entry { MessageId::XNotIncreasing,
        "x ('%1') is not increasing: %2 comes after %3; numpy.gradient does not sort, so the slopes across each step "
        "back are meaningless" },
    Entry { MessageId::XRepeats,
        "x ('%1') repeats (%2 twice in a row): the step there is 0, so the slopes next to it are infinite or NaN" },
    Entry { MessageId::XRepeatsMore,
        "x ('%1') repeats (%2 twice in a row, and in %3 more place(s)): the step there is 0, so the slopes next to "
        "it are infinite or NaN" },
    Entry { MessageId::XGaps,
        "x ('%1') has %2 gap(s) (empty or NaN cells), the first here: the derivatives next to them are NaN" },
    Entry { MessageId::XNearlyUniform,
        "x ('%1') is evenly spaced to within %2 (relative) but not exactly (steps from %3 to %4): numpy then uses "
        "its non-uniform formula, and so does tangent-cli" },
    Entry { MessageId::ShortGroupOneRow, "group '%1' has 1 row, too few for %2 (needs %3)" },
    Entry { MessageId::ShortGroupRows, "group '%1' has %2 rows, too few for %3 (needs %4)" },
    Entry { MessageId::CannotDifferentiateGroup, "cannot differentiate group '%1': %2" },
    Entry { MessageId::CannotSmoothGroup, "cannot smooth group '%1': %2" },
    Entry { MessageId::ShortGroupLeftEmpty, "warning: %1; its derivative cells are left empty" },
    Entry { MessageId::MustBePositive, "%1 must be a finite number above 0, not %2" },
    Entry { MessageId::OrderAtLeastOne, "--order must be 1 or more, not %1" },
    Entry { MessageId::OrderTooHigh, "--method %1 gives derivatives up to order %2, not %3" },
    Entry { MessageId::PolyorderNegative, "--polyorder must be 0 or more, not %1" },
    Entry { MessageId::IterationsAtLeastOne, "--iterations must be 1 or more, not %1" },
    Entry { MessageId::RatioNotFinite, "--ratio (log10 of q/r) must be a finite number, not %1" },
    Entry { MessageId::NumpyIsNotSmoothing,
        "numpy.gradient (--method numpy) differentiates without smoothing; it is not one of the smoothing methods" },
    Entry { MessageId::SavgolWindowEven,
        "the savgol window must be odd (a centre point and as many on each side), not %1" },
    Entry { MessageId::SavgolPolyorderTooHigh, "the savgol polyorder %1 must be less than the window %2" },
    Entry { MessageId::SavgolWindowTooSmall, "the savgol window %1 is too small; use at least 3 points" },
    Entry { MessageId::SavgolNoDerivative,
        "a polynomial of order %1 has no derivative of order %2; raise --polyorder or lower --order" },
    Entry { MessageId::SavgolWindowTooLong,
        "the savgol window %1 is longer than the data (%2 points that are not NaN); use a window of at most %3" },
    Entry { MessageId::XNotStrictlyIncreasing,
        "%1 needs x strictly increasing, but x = %2 does not come after %3; sort the rows by x and merge repeated x "
        "values" },
    Entry { MessageId::XYCountsDiffer, "there are %1 x values for %2 y values" },
    Entry { MessageId::SpacingNotPositive, "the spacing must be a finite number above 0 for this method" },
    Entry { MessageId::InfiniteValue, "an infinite value cannot be smoothed; replace it or leave the cell empty" },
    Entry { MessageId::TooFewPoints, "%1 needs at least %2 points that are not NaN, but there are %3" },
    Entry { MessageId::NotPositiveDefinite,
        "the smoothing system is not positive definite (is x spread over too wide a range, or the parameter "
        "extreme?)" },
    Entry { MessageId::TvrHasNoBand,
        "total variation (tvr) has no uncertainty band: its derivative is not a linear or Gaussian function of the "
        "data, so no honest standard deviation follows from the noise level; use spline, kalman or savgol for a "
        "band" },
    Entry { MessageId::GroupPrefix, "group '%1': %2" },
    Entry {
        MessageId::SavgolBandNeedsParameters, "the Savitzky–Golay band needs the window and polyorder that were used" },
    Entry { MessageId::NoWeightsToShow,
        "only numpy.gradient and Savitzky–Golay are a fixed weighting of y; %1 has no weights to show" },
    Entry { MessageId::SavgolWeightsNeedParameters,
        "the Savitzky–Golay weights need the window and polyorder that were used" },
    Entry { MessageId::NoiseSdInvalid, "the noise level (--noise-sd) must be a finite number of 0 or more, not %1" },
    Entry { MessageId::CannotEstimateNoise,
        "cannot estimate the noise level for the band: %1; give it instead (--noise-sd)" },
    Entry { MessageId::BandNeedsChosenMethod,
        "the band needs the method auto chose (SmoothingResult::used), not auto itself" },
    Entry { MessageId::SplineBandFirstOrderOnly,
        "the spline's band is computed for the first derivative only; use kalman or savgol for a band of order %1" },
    Entry { MessageId::SplineBandNeedsLambda, "the spline's band needs the λ that was used" },
    Entry { MessageId::KalmanBandNeedsRatio, "the Kalman band needs the ratio that was used" },
    Entry { MessageId::NpyEmpty, "the file is empty; expected an .npy file, which starts with \\x93NUMPY" },
    Entry { MessageId::NpzNotNpy,
        "this is an .npz archive (a zip of .npy files), not an .npy file; extract one array with numpy, e.g. "
        "np.save('a.npy', np.load(path)['name'])" },
    Entry { MessageId::NotNpy,
        "not an .npy file: it starts with '%1' instead of the magic string \\x93NUMPY; save the array with "
        "numpy.save" },
    Entry { MessageId::NpyVersion, "unsupported .npy format version %1; Tangent reads versions 1.0, 2.0 and 3.0" },
    Entry { MessageId::NpyTruncatedHeader,
        "truncated header: the header length at byte 8 says %1 bytes, but only %2 follow; the file is incomplete" },
    Entry { MessageId::NpyTruncatedData,
        "truncated data: expected %1 bytes of data for shape %2 of %3, found %4; the file is incomplete" },
    Entry { MessageId::ZipNotAWorkbook,
        "this zip archive is not a workbook: it has neither xl/workbook.xml (.xlsx) nor content.xml (.ods)" },
    Entry { MessageId::WorkbookHasNoSheets, "the workbook has no sheets" },
    Entry { MessageId::NoSuchSheetOfOne, "there is no sheet '%1'; the workbook has 1 sheet: %2" },
    Entry { MessageId::NoSuchSheet, "there is no sheet '%1'; the workbook has %2 sheets: %3" },
    Entry { MessageId::SheetEmpty, "sheet '%1' is empty" },
    Entry { MessageId::WorkbookEncrypted,
        "the workbook is encrypted (password-protected); open it in its spreadsheet program and save it without a "
        "password" },
    Entry { MessageId::CompoundFile,
        "this is an OLE compound file (such as an old binary .xls workbook), not an .xlsx or .ods zip; save it as "
        ".xlsx or .ods" },
    Entry { MessageId::NotAZip, "this is not a zip archive, so not an .xlsx or .ods workbook (%1)" },
    Entry { MessageId::SheetCellNotANumber, "sheet '%1': '%2' is not a number" },
    Entry { MessageId::NotAnXlsx, "this zip archive is not an .xlsx workbook (it has no xl/workbook.xml)" },
    Entry { MessageId::NotAnOds, "this zip archive is not an .ods workbook (it has no content.xml)" },
};

constexpr bool inOrder()
{
    for (std::size_t i = 0; i < kTemplates.size(); ++i) {
        if (static_cast<std::size_t>(kTemplates[i].first) != i)
            return false;
    }
    return kTemplates.size() == static_cast<std::size_t>(MessageId::Count_);
}
static_assert(inOrder(), "kTemplates lists every MessageId once, in the enum's order");

} // namespace

std::string fillPlaceholders(const std::string& text, const std::vector<std::string>& values)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '%' && i + 1 < text.size() && text[i + 1] >= '1' && text[i + 1] <= '9') {
            const auto n = static_cast<std::size_t>(text[i + 1] - '1');
            if (n < values.size()) {
                out += values[n];
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

std::string Message::english() const
{
    std::vector<std::string> values = args;
    for (const Message& inner : nested)
        values.push_back(inner.english());
    return fillPlaceholders(englishTemplate(id), values);
}

Message plainMessage(std::string english)
{
    return { MessageId::Text, { std::move(english) }, {} };
}

const char* englishTemplate(MessageId id)
{
    const auto index = static_cast<std::size_t>(id);
    return index < kTemplates.size() ? kTemplates[index].second : "%1";
}

int placeholderCount(MessageId id)
{
    int highest = 0;
    const std::string text = englishTemplate(id);
    for (std::size_t i = 0; i + 1 < text.size(); ++i) {
        if (text[i] == '%' && text[i + 1] >= '1' && text[i + 1] <= '9')
            highest = std::max(highest, text[i + 1] - '0');
    }
    return highest;
}

} // namespace tangent
