// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/i18n/coremessages.h"

#include "core/errors.h"

#include <QCoreApplication>
#include <QtGlobal>

#include <array>
#include <cstddef>

namespace tangent::ui {
namespace {

// Every MessageId's English template, in the enum's order, for lupdate. ui_tests check that each
// is core's template (core/messages/messages.cpp) and is translated.
constexpr std::array kListed {
    QT_TRANSLATE_NOOP("CoreMessage", "%1"), // Text
    QT_TRANSLATE_NOOP("CoreMessage", "cannot open the file: %1"), // CannotOpenFile
    QT_TRANSLATE_NOOP("CoreMessage", "cannot read the file: %1"), // CannotReadFile
    QT_TRANSLATE_NOOP("CoreMessage", "this is not a regular file"), // NotARegularFile
    QT_TRANSLATE_NOOP("CoreMessage",
        "the file is too large for the memory available: %1 needs about %2, but only %3 are free; close other "
        "programs, or split the file into smaller parts"), // FileTooLargeForMemory
    QT_TRANSLATE_NOOP("CoreMessage",
        "this comment line is longer than %1 MiB, the most Tangent reads in one line; is this a table of "
        "values?"), // CommentLineTooLong
    QT_TRANSLATE_NOOP("CoreMessage",
        "this row is longer than %1 MiB, the most Tangent reads in one row; is this a table of values? Check "
        "that its lines end with line breaks and that every quote is closed"), // RowTooLong
    QT_TRANSLATE_NOOP("CoreMessage",
        "this row has more than %1 fields, the most Tangent reads in one row; is this a table of values with "
        "%2 between them?"), // TooManyFields
    QT_TRANSLATE_NOOP("CoreMessage",
        "this row has 1 field but %3 has %1; fields are separated by %2, so check this row for a missing or "
        "extra separator, and put quotes around values that contain one"), // RaggedRowOneField
    QT_TRANSLATE_NOOP("CoreMessage",
        "this row has %1 fields but %4 has %2; fields are separated by %3, so check this row for a missing or "
        "extra separator, and put quotes around values that contain one"), // RaggedRowFields
    QT_TRANSLATE_NOOP("CoreMessage", "the header (line %1)"), // HeaderAtLine
    QT_TRANSLATE_NOOP("CoreMessage", "the first row (line %1)"), // FirstRowAtLine
    QT_TRANSLATE_NOOP("CoreMessage",
        "this line is blank but the table has %1 columns; delete the line, or write NA for each missing value"), // BlankLineInTable
    QT_TRANSLATE_NOOP("CoreMessage", "the file is empty"), // FileEmpty
    QT_TRANSLATE_NOOP("CoreMessage", "the file has only comment lines ('#') and no table"), // OnlyComments
    QT_TRANSLATE_NOOP("CoreMessage",
        "the file has a header but no data rows; add rows of values below the header"), // HeaderWithoutRows
    QT_TRANSLATE_NOOP("CoreMessage",
        "the quoted field that starts on this line is never closed; add the missing closing quote (\"), and "
        "write a quote inside a quoted field as \"\""), // QuoteNotClosed
    QT_TRANSLATE_NOOP("CoreMessage",
        "unexpected text after a closing quote; put the whole field in quotes and write a quote inside it as "
        "\"\""), // TextAfterClosingQuote
    QT_TRANSLATE_NOOP("CoreMessage", "give either an x column or a uniform spacing dx, not both"), // XColumnAndDx
    QT_TRANSLATE_NOOP("CoreMessage", "the spacing dx must be a finite number other than 0"), // BadDx
    QT_TRANSLATE_NOOP("CoreMessage",
        "--smoothed needs a --method other than numpy (numpy.gradient does not smooth)"), // SmoothedNeedsMethod
    QT_TRANSLATE_NOOP("CoreMessage",
        "--edge-order belongs to --method numpy; --method %1 treats the ends itself"), // EdgeOrderBelongsToNumpy
    QT_TRANSLATE_NOOP("CoreMessage",
        "--noise-sd is the noise level of the uncertainty band; add --uncertainty"), // NoiseSdNeedsUncertainty
    QT_TRANSLATE_NOOP("CoreMessage",
        "column '%1' is left out: '%2' is not a number (fix the cell, or --strict to make this an error)"), // ColumnLeftOut
    QT_TRANSLATE_NOOP("CoreMessage", "there is no numeric column to differentiate besides x"), // NoNumericColumn
    QT_TRANSLATE_NOOP("CoreMessage",
        "there is no numeric column to differentiate besides x and the group"), // NoNumericColumnGrouped
    QT_TRANSLATE_NOOP("CoreMessage", "no uncertainty band for '%1': %2"), // NoUncertaintyBandFor
    QT_TRANSLATE_NOOP("CoreMessage", "cannot differentiate '%1': %2"), // CannotDifferentiate
    QT_TRANSLATE_NOOP("CoreMessage", "the group column cannot also be the x column"), // GroupColumnIsX
    QT_TRANSLATE_NOOP("CoreMessage", "the %1 column '%2' is not numeric; choose another column"), // ColumnNotNumeric
    QT_TRANSLATE_NOOP("CoreMessage",
        "the %1 column '%2' is not numeric ('%3' is not a number); fix the cell or choose another column"), // ColumnNotNumericCell
    QT_TRANSLATE_NOOP("CoreMessage", "cannot smooth '%1': %2"), // CannotSmooth
    QT_TRANSLATE_NOOP("CoreMessage", "'%1': %2"), // ColumnMessage
    QT_TRANSLATE_NOOP("CoreMessage", "x ('%1') decreases throughout; the derivatives are still correct"), // XDecreases
    QT_TRANSLATE_NOOP("CoreMessage",
        "x ('%1') is not increasing: %2 comes after %3; numpy.gradient does not sort, so the slopes across "
        "each step back are meaningless"), // XNotIncreasing
    QT_TRANSLATE_NOOP("CoreMessage",
        "x ('%1') repeats (%2 twice in a row): the step there is 0, so the slopes next to it are infinite or "
        "NaN"), // XRepeats
    QT_TRANSLATE_NOOP("CoreMessage",
        "x ('%1') repeats (%2 twice in a row, and in %3 more place(s)): the step there is 0, so the slopes "
        "next to it are infinite or NaN"), // XRepeatsMore
    QT_TRANSLATE_NOOP("CoreMessage",
        "x ('%1') has %2 gap(s) (empty or NaN cells), the first here: the derivatives next to them are NaN"), // XGaps
    QT_TRANSLATE_NOOP("CoreMessage",
        "x ('%1') is evenly spaced to within %2 (relative) but not exactly (steps from %3 to %4): numpy then "
        "uses its non-uniform formula, and so does tangent-cli"), // XNearlyUniform
    QT_TRANSLATE_NOOP("CoreMessage", "group '%1' has 1 row, too few for %2 (needs %3)"), // ShortGroupOneRow
    QT_TRANSLATE_NOOP("CoreMessage", "group '%1' has %2 rows, too few for %3 (needs %4)"), // ShortGroupRows
    QT_TRANSLATE_NOOP("CoreMessage", "cannot differentiate group '%1': %2"), // CannotDifferentiateGroup
    QT_TRANSLATE_NOOP("CoreMessage", "cannot smooth group '%1': %2"), // CannotSmoothGroup
    QT_TRANSLATE_NOOP("CoreMessage", "warning: %1; its derivative cells are left empty"), // ShortGroupLeftEmpty
    QT_TRANSLATE_NOOP("CoreMessage", "%1 must be a finite number above 0, not %2"), // MustBePositive
    QT_TRANSLATE_NOOP("CoreMessage", "--order must be 1 or more, not %1"), // OrderAtLeastOne
    QT_TRANSLATE_NOOP("CoreMessage", "--method %1 gives derivatives up to order %2, not %3"), // OrderTooHigh
    QT_TRANSLATE_NOOP("CoreMessage", "--polyorder must be 0 or more, not %1"), // PolyorderNegative
    QT_TRANSLATE_NOOP("CoreMessage", "--iterations must be 1 or more, not %1"), // IterationsAtLeastOne
    QT_TRANSLATE_NOOP("CoreMessage", "--ratio (log10 of q/r) must be a finite number, not %1"), // RatioNotFinite
    QT_TRANSLATE_NOOP("CoreMessage",
        "numpy.gradient (--method numpy) differentiates without smoothing; it is not one of the smoothing "
        "methods"), // NumpyIsNotSmoothing
    QT_TRANSLATE_NOOP("CoreMessage",
        "the savgol window must be odd (a centre point and as many on each side), not %1"), // SavgolWindowEven
    QT_TRANSLATE_NOOP(
        "CoreMessage", "the savgol polyorder %1 must be less than the window %2"), // SavgolPolyorderTooHigh
    QT_TRANSLATE_NOOP(
        "CoreMessage", "the savgol window %1 is too small; use at least 3 points"), // SavgolWindowTooSmall
    QT_TRANSLATE_NOOP("CoreMessage",
        "a polynomial of order %1 has no derivative of order %2; raise --polyorder or lower --order"), // SavgolNoDerivative
    QT_TRANSLATE_NOOP("CoreMessage",
        "the savgol window %1 is longer than the data (%2 points that are not NaN); use a window of at most "
        "%3"), // SavgolWindowTooLong
    QT_TRANSLATE_NOOP("CoreMessage",
        "%1 needs x strictly increasing, but x = %2 does not come after %3; sort the rows by x and merge "
        "repeated x values"), // XNotStrictlyIncreasing
    QT_TRANSLATE_NOOP("CoreMessage", "there are %1 x values for %2 y values"), // XYCountsDiffer
    QT_TRANSLATE_NOOP(
        "CoreMessage", "the spacing must be a finite number above 0 for this method"), // SpacingNotPositive
    QT_TRANSLATE_NOOP("CoreMessage",
        "an infinite value cannot be smoothed; replace it or leave the cell empty"), // InfiniteValue
    QT_TRANSLATE_NOOP("CoreMessage", "%1 needs at least %2 points that are not NaN, but there are %3"), // TooFewPoints
    QT_TRANSLATE_NOOP("CoreMessage",
        "the smoothing system is not positive definite (is x spread over too wide a range, or the parameter "
        "extreme?)"), // NotPositiveDefinite
    QT_TRANSLATE_NOOP("CoreMessage",
        "total variation (tvr) has no uncertainty band: its derivative is not a linear or Gaussian function of "
        "the data, so no honest standard deviation follows from the noise level; use spline, kalman or savgol "
        "for a band"), // TvrHasNoBand
    QT_TRANSLATE_NOOP("CoreMessage", "group '%1': %2"), // GroupPrefix
    QT_TRANSLATE_NOOP("CoreMessage",
        "the Savitzky–Golay band needs the window and polyorder that were used"), // SavgolBandNeedsParameters
    QT_TRANSLATE_NOOP("CoreMessage",
        "only numpy.gradient and Savitzky–Golay are a fixed weighting of y; %1 has no weights to show"), // NoWeightsToShow
    QT_TRANSLATE_NOOP("CoreMessage",
        "the Savitzky–Golay weights need the window and polyorder that were used"), // SavgolWeightsNeedParameters
    QT_TRANSLATE_NOOP("CoreMessage",
        "the noise level (--noise-sd) must be a finite number of 0 or more, not %1"), // NoiseSdInvalid
    QT_TRANSLATE_NOOP("CoreMessage",
        "cannot estimate the noise level for the band: %1; give it instead (--noise-sd)"), // CannotEstimateNoise
    QT_TRANSLATE_NOOP("CoreMessage",
        "the band needs the method auto chose (SmoothingResult::used), not auto itself"), // BandNeedsChosenMethod
    QT_TRANSLATE_NOOP("CoreMessage",
        "the spline's band is computed for the first derivative only; use kalman or savgol for a band of order "
        "%1"), // SplineBandFirstOrderOnly
    QT_TRANSLATE_NOOP("CoreMessage", "the spline's band needs the λ that was used"), // SplineBandNeedsLambda
    QT_TRANSLATE_NOOP("CoreMessage", "the Kalman band needs the ratio that was used"), // KalmanBandNeedsRatio
    QT_TRANSLATE_NOOP(
        "CoreMessage", "the file is empty; expected an .npy file, which starts with \\x93NUMPY"), // NpyEmpty
    QT_TRANSLATE_NOOP("CoreMessage",
        "this is an .npz archive (a zip of .npy files), not an .npy file; extract one array with numpy, e.g. "
        "np.save('a.npy', np.load(path)['name'])"), // NpzNotNpy
    QT_TRANSLATE_NOOP("CoreMessage",
        "not an .npy file: it starts with '%1' instead of the magic string \\x93NUMPY; save the array with "
        "numpy.save"), // NotNpy
    QT_TRANSLATE_NOOP("CoreMessage",
        "unsupported .npy format version %1; Tangent reads versions 1.0, 2.0 and 3.0"), // NpyVersion
    QT_TRANSLATE_NOOP("CoreMessage",
        "truncated header: the header length at byte 8 says %1 bytes, but only %2 follow; the file is "
        "incomplete"), // NpyTruncatedHeader
    QT_TRANSLATE_NOOP("CoreMessage",
        "truncated data: expected %1 bytes of data for shape %2 of %3, found %4; the file is incomplete"), // NpyTruncatedData
    QT_TRANSLATE_NOOP("CoreMessage",
        "this zip archive is not a workbook: it has neither xl/workbook.xml (.xlsx) nor content.xml (.ods)"), // ZipNotAWorkbook
    QT_TRANSLATE_NOOP("CoreMessage", "the workbook has no sheets"), // WorkbookHasNoSheets
    QT_TRANSLATE_NOOP("CoreMessage", "there is no sheet '%1'; the workbook has 1 sheet: %2"), // NoSuchSheetOfOne
    QT_TRANSLATE_NOOP("CoreMessage", "there is no sheet '%1'; the workbook has %2 sheets: %3"), // NoSuchSheet
    QT_TRANSLATE_NOOP("CoreMessage", "sheet '%1' is empty"), // SheetEmpty
    QT_TRANSLATE_NOOP("CoreMessage",
        "the workbook is encrypted (password-protected); open it in its spreadsheet program and save it "
        "without a password"), // WorkbookEncrypted
    QT_TRANSLATE_NOOP("CoreMessage",
        "this is an OLE compound file (such as an old binary .xls workbook), not an .xlsx or .ods zip; save it "
        "as .xlsx or .ods"), // CompoundFile
    QT_TRANSLATE_NOOP("CoreMessage", "this is not a zip archive, so not an .xlsx or .ods workbook (%1)"), // NotAZip
    QT_TRANSLATE_NOOP("CoreMessage", "sheet '%1': '%2' is not a number"), // SheetCellNotANumber
    QT_TRANSLATE_NOOP(
        "CoreMessage", "this zip archive is not an .xlsx workbook (it has no xl/workbook.xml)"), // NotAnXlsx
    QT_TRANSLATE_NOOP("CoreMessage", "this zip archive is not an .ods workbook (it has no content.xml)"), // NotAnOds
};
static_assert(kListed.size() == static_cast<std::size_t>(MessageId::Count_), "one template per MessageId");

QString translated(const char* source)
{
    return QCoreApplication::translate(kCoreMessageContext, source);
}

/// `text` with %1 ... %9 replaced by `values`, each inserted as it is (QString::arg would read a
/// "%1" inside a file name or cell as a placeholder of its own).
QString fill(const QString& text, const QStringList& values)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('%') && i + 1 < text.size() && text[i + 1] >= QLatin1Char('1')
            && text[i + 1] <= QLatin1Char('9')) {
            const qsizetype n = text[i + 1].unicode() - '1';
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

} // namespace

const char* listedTemplate(MessageId id)
{
    const auto index = static_cast<std::size_t>(id);
    return index < kListed.size() ? kListed[index] : "%1";
}

QString translateMessage(const Message& message)
{
    QStringList values;
    for (const std::string& arg : message.args)
        values << QString::fromStdString(arg);
    for (const Message& inner : message.nested)
        values << translateMessage(inner);
    return fill(translated(listedTemplate(message.id)), values);
}

QString translateError(const InputError& error)
{
    // The same parts as core/errors.cpp joins, each in the installed language.
    QString text = QString::fromStdString(error.file());
    const auto add = [&text](const QString& part) {
        if (!text.isEmpty() && text != part)
            text += QStringLiteral(": ");
        text += part;
    };
    const auto row = static_cast<qulonglong>(error.row());
    const auto column = static_cast<qulonglong>(error.column());
    if (row > 0 && column > 0)
        add(QCoreApplication::translate("CoreMessage", "row %1, column %2").arg(row).arg(column));
    else if (row > 0)
        add(QCoreApplication::translate("CoreMessage", "row %1").arg(row));
    else if (column > 0)
        add(QCoreApplication::translate("CoreMessage", "column %1").arg(column));
    add(translateMessage(error.userMessage()));
    return text;
}

QString translateException(const std::exception& error)
{
    if (const auto* input = dynamic_cast<const InputError*>(&error))
        return translateError(*input);
    if (const auto* carrier = dynamic_cast<const MessageCarrier*>(&error))
        return translateMessage(carrier->userMessage());
    return QString::fromUtf8(error.what());
}

} // namespace tangent::ui
