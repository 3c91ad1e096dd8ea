// SPDX-License-Identifier: GPL-3.0-or-later
// The English templates of the core's messages (the reasons and sizes are in reasons.cpp). lupdate
// reads them from here for the window's translations (context "CoreMessage"): ui/CMakeLists.txt
// passes it this file and reasons.cpp with
// -tr-function-alias QT_TRANSLATE_NOOP+=TANGENT_MESSAGE_TEXT, and ui_tests check that it finds
// every template.
#include "core/messages/message.h"
#include "core/messages/templatetable.h"

#include "core/io/numberformat.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <utility>

namespace tangent {
namespace {

using Entry = messages_detail::TemplateEntry;

constexpr std::array kTemplates {
    Entry { MessageId::Text, TANGENT_MESSAGE_TEXT("CoreMessage", "%1") },
    Entry { MessageId::CannotOpenFile, TANGENT_MESSAGE_TEXT("CoreMessage", "cannot open the file: %1") },
    Entry { MessageId::CannotReadFile, TANGENT_MESSAGE_TEXT("CoreMessage", "cannot read the file: %1") },
    Entry { MessageId::NotARegularFile, TANGENT_MESSAGE_TEXT("CoreMessage", "this is not a regular file") },
    Entry { MessageId::FileTooLargeForMemory,
        TANGENT_MESSAGE_TEXT("CoreMessage",
            "the file is too large for the memory available: %3 needs about %1, but only %2 are free; close other "
            "programs, or split the file into smaller parts") },
    Entry { MessageId::CommentLineTooLong,
        TANGENT_MESSAGE_TEXT("CoreMessage",
            "this comment line is longer than %1 MiB, the most Tangent reads in one line; is this a table of "
            "values?") },
    Entry { MessageId::RowTooLong,
        TANGENT_MESSAGE_TEXT("CoreMessage",
            "this row is longer than %1 MiB, the most Tangent reads in one row; is this a table of values? Check that "
            "its lines end with line breaks and that every quote is closed") },
    Entry { MessageId::TooManyFields,
        TANGENT_MESSAGE_TEXT("CoreMessage",
            "this row has more than %1 fields, the most Tangent reads in one row; is this a table of values with %2 "
            "between them?") },
    Entry { MessageId::RaggedRowOneField,
        TANGENT_MESSAGE_TEXT("CoreMessage",
            "this row has 1 field but %3 has %1; fields are separated by %2, so check this row for a missing or extra "
            "separator, and put quotes around values that contain one") },
    Entry { MessageId::RaggedRowFields,
        TANGENT_MESSAGE_TEXT("CoreMessage",
            "this row has %1 fields but %4 has %2; fields are separated by %3, so check this row for a missing or "
            "extra separator, and put quotes around values that contain one") },
    Entry { MessageId::HeaderAtLine, TANGENT_MESSAGE_TEXT("CoreMessage", "the header (line %1)") },
    Entry { MessageId::FirstRowAtLine, TANGENT_MESSAGE_TEXT("CoreMessage", "the first row (line %1)") },
    Entry { MessageId::BlankLineInTable,
        TANGENT_MESSAGE_TEXT("CoreMessage",
            "this line is blank but the table has %1 columns; delete the line, or write NA for each missing value") },
    Entry { MessageId::FileEmpty, TANGENT_MESSAGE_TEXT("CoreMessage", "the file is empty") },
    Entry { MessageId::OnlyComments,
        TANGENT_MESSAGE_TEXT("CoreMessage", "the file has only comment lines ('#') and no table") },
    Entry { MessageId::HeaderWithoutRows,
        TANGENT_MESSAGE_TEXT(
            "CoreMessage", "the file has a header but no data rows; add rows of values below the header") },
    Entry { MessageId::QuoteNotClosed,
        TANGENT_MESSAGE_TEXT("CoreMessage",
            "the quoted field that starts on this line is never closed; add the missing closing quote (\"), and write "
            "a quote inside a quoted field as \"\"") },
    Entry { MessageId::TextAfterClosingQuote,
        TANGENT_MESSAGE_TEXT("CoreMessage",
            "unexpected text after a closing quote; put the whole field in quotes and write a quote inside it as "
            "\"\"") },
    Entry { MessageId::XColumnAndDx,
        TANGENT_MESSAGE_TEXT("CoreMessage", "give either an x column or a uniform spacing dx, not both") },
    Entry {
        MessageId::BadDx, TANGENT_MESSAGE_TEXT("CoreMessage", "the spacing dx must be a finite number other than 0") },
    Entry { MessageId::SmoothedNeedsMethod,
        TANGENT_MESSAGE_TEXT(
            "CoreMessage", "--smoothed needs a --method other than numpy (numpy.gradient does not smooth)") },
    Entry { MessageId::EdgeOrderBelongsToNumpy,
        TANGENT_MESSAGE_TEXT(
            "CoreMessage", "--edge-order belongs to --method numpy; --method %1 treats the ends itself") },
    Entry { MessageId::NoiseSdNeedsUncertainty,
        TANGENT_MESSAGE_TEXT(
            "CoreMessage", "--noise-sd is the noise level of the uncertainty band; add --uncertainty") },
    Entry { MessageId::ColumnLeftOut,
        TANGENT_MESSAGE_TEXT("CoreMessage",
            "column '%1' is left out: '%2' is not a number (fix the cell, or --strict to make this an error)") },
    Entry { MessageId::NoNumericColumn,
        TANGENT_MESSAGE_TEXT("CoreMessage", "there is no numeric column to differentiate besides x") },
    Entry { MessageId::NoNumericColumnGrouped,
        TANGENT_MESSAGE_TEXT("CoreMessage", "there is no numeric column to differentiate besides x and the group") },
    Entry { MessageId::NoUncertaintyBandFor, TANGENT_MESSAGE_TEXT("CoreMessage", "no uncertainty band for '%1': %2") },
    Entry { MessageId::CannotDifferentiate, TANGENT_MESSAGE_TEXT("CoreMessage", "cannot differentiate '%1': %2") },
    Entry { MessageId::GroupColumnIsX,
        TANGENT_MESSAGE_TEXT("CoreMessage", "the group column cannot also be the x column") },
    Entry { MessageId::ColumnNotNumeric,
        TANGENT_MESSAGE_TEXT("CoreMessage", "the %1 column '%2' is not numeric; choose another column") },
    Entry { MessageId::ColumnNotNumericCell,
        TANGENT_MESSAGE_TEXT("CoreMessage",
            "the %1 column '%2' is not numeric ('%3' is not a number); fix the cell or choose another column") },
    Entry { MessageId::CannotSmooth, TANGENT_MESSAGE_TEXT("CoreMessage", "cannot smooth '%1': %2") },
    Entry { MessageId::ColumnMessage, TANGENT_MESSAGE_TEXT("CoreMessage", "'%1': %2") },
    Entry { MessageId::XDecreases,
        TANGENT_MESSAGE_TEXT("CoreMessage", "x ('%1') decreases throughout; the derivatives are still correct") },
    Entry { MessageId::XNotIncreasing,
        TANGENT_MESSAGE_TEXT("CoreMessage",
            "x ('%1') is not increasing: %2 comes after %3; numpy.gradient does not sort, so the slopes across each "
            "step "
            "back are meaningless") },
    Entry { MessageId::XRepeats,
        TANGENT_MESSAGE_TEXT("CoreMessage",
            "x ('%1') repeats (%2 twice in a row): the step there is 0, so the slopes next to it are infinite or "
            "NaN") },
    Entry { MessageId::XRepeatsMore,
        TANGENT_MESSAGE_TEXT("CoreMessage",
            "x ('%1') repeats (%2 twice in a row, and in %3 more place(s)): the step there is 0, so the slopes next to "
            "it are infinite or NaN") },
    Entry { MessageId::XGaps,
        TANGENT_MESSAGE_TEXT("CoreMessage",
            "x ('%1') has %2 gap(s) (empty or NaN cells), the first here: the derivatives next to them are NaN") },
    Entry { MessageId::XNearlyUniform,
        TANGENT_MESSAGE_TEXT("CoreMessage",
            "x ('%1') is evenly spaced to within %2 (relative) but not exactly (steps from %3 to %4): numpy then uses "
            "its non-uniform formula, and so does tangent-cli") },
    Entry { MessageId::ShortGroupOneRow,
        TANGENT_MESSAGE_TEXT("CoreMessage", "group '%1' has 1 row, too few for %2 (needs %3)") },
    Entry { MessageId::ShortGroupRows,
        TANGENT_MESSAGE_TEXT("CoreMessage", "group '%1' has %2 rows, too few for %3 (needs %4)") },
    Entry { MessageId::CannotDifferentiateGroup,
        TANGENT_MESSAGE_TEXT("CoreMessage", "cannot differentiate group '%1': %2") },
    Entry { MessageId::CannotSmoothGroup, TANGENT_MESSAGE_TEXT("CoreMessage", "cannot smooth group '%1': %2") },
    Entry { MessageId::ShortGroupLeftEmpty,
        TANGENT_MESSAGE_TEXT("CoreMessage", "warning: %1; its derivative cells are left empty") },
    Entry {
        MessageId::MustBePositive, TANGENT_MESSAGE_TEXT("CoreMessage", "%1 must be a finite number above 0, not %2") },
    Entry { MessageId::OrderAtLeastOne, TANGENT_MESSAGE_TEXT("CoreMessage", "--order must be 1 or more, not %1") },
    Entry { MessageId::OrderTooHigh,
        TANGENT_MESSAGE_TEXT("CoreMessage", "--method %1 gives derivatives up to order %2, not %3") },
    Entry {
        MessageId::PolyorderNegative, TANGENT_MESSAGE_TEXT("CoreMessage", "--polyorder must be 0 or more, not %1") },
    Entry { MessageId::IterationsAtLeastOne,
        TANGENT_MESSAGE_TEXT("CoreMessage", "--iterations must be 1 or more, not %1") },
    Entry { MessageId::RatioNotFinite,
        TANGENT_MESSAGE_TEXT("CoreMessage", "--ratio (log10 of q/r) must be a finite number, not %1") },
    Entry { MessageId::NumpyIsNotSmoothing,
        TANGENT_MESSAGE_TEXT("CoreMessage",
            "numpy.gradient (--method numpy) differentiates without smoothing; it is not one of the smoothing "
            "methods") },
    Entry { MessageId::SavgolWindowEven,
        TANGENT_MESSAGE_TEXT(
            "CoreMessage", "the savgol window must be odd (a centre point and as many on each side), not %1") },
    Entry { MessageId::SavgolPolyorderTooHigh,
        TANGENT_MESSAGE_TEXT("CoreMessage", "the savgol polyorder %1 must be less than the window %2") },
    Entry { MessageId::SavgolWindowTooSmall,
        TANGENT_MESSAGE_TEXT("CoreMessage", "the savgol window %1 is too small; use at least 3 points") },
    Entry { MessageId::SavgolNoDerivative,
        TANGENT_MESSAGE_TEXT("CoreMessage",
            "a polynomial of order %1 has no derivative of order %2; raise --polyorder or lower --order") },
    Entry { MessageId::SavgolWindowTooLong,
        TANGENT_MESSAGE_TEXT("CoreMessage",
            "the savgol window %1 is longer than the data (%2 points that are not NaN); use a window of at most %3") },
    Entry { MessageId::XNotStrictlyIncreasing,
        TANGENT_MESSAGE_TEXT("CoreMessage",
            "%1 needs x strictly increasing, but x = %2 does not come after %3; sort the rows by x and merge repeated "
            "x "
            "values") },
    Entry { MessageId::XYCountsDiffer, TANGENT_MESSAGE_TEXT("CoreMessage", "there are %1 x values for %2 y values") },
    Entry { MessageId::SpacingNotPositive,
        TANGENT_MESSAGE_TEXT("CoreMessage", "the spacing must be a finite number above 0 for this method") },
    Entry { MessageId::InfiniteValue,
        TANGENT_MESSAGE_TEXT(
            "CoreMessage", "an infinite value cannot be smoothed; replace it or leave the cell empty") },
    Entry { MessageId::TooFewPoints,
        TANGENT_MESSAGE_TEXT("CoreMessage", "%1 needs at least %2 points that are not NaN, but there are %3") },
    Entry { MessageId::NotPositiveDefinite,
        TANGENT_MESSAGE_TEXT("CoreMessage",
            "the smoothing system is not positive definite (is x spread over too wide a range, or the parameter "
            "extreme?)") },
    Entry { MessageId::TvrHasNoBand,
        TANGENT_MESSAGE_TEXT("CoreMessage",
            "total variation (tvr) has no uncertainty band: its derivative is not a linear or Gaussian function of the "
            "data, so no honest standard deviation follows from the noise level; use spline, kalman or savgol for a "
            "band") },
    Entry { MessageId::GroupPrefix, TANGENT_MESSAGE_TEXT("CoreMessage", "group '%1': %2") },
    Entry { MessageId::SavgolBandNeedsParameters,
        TANGENT_MESSAGE_TEXT("CoreMessage", "the Savitzky–Golay band needs the window and polyorder that were used") },
    Entry { MessageId::NoWeightsToShow,
        TANGENT_MESSAGE_TEXT("CoreMessage",
            "only numpy.gradient and Savitzky–Golay are a fixed weighting of y; %1 has no weights to show") },
    Entry { MessageId::SavgolWeightsNeedParameters,
        TANGENT_MESSAGE_TEXT(
            "CoreMessage", "the Savitzky–Golay weights need the window and polyorder that were used") },
    Entry { MessageId::NoiseSdInvalid,
        TANGENT_MESSAGE_TEXT(
            "CoreMessage", "the noise level (--noise-sd) must be a finite number of 0 or more, not %1") },
    Entry { MessageId::CannotEstimateNoise,
        TANGENT_MESSAGE_TEXT(
            "CoreMessage", "cannot estimate the noise level for the band: %1; give it instead (--noise-sd)") },
    Entry { MessageId::BandNeedsChosenMethod,
        TANGENT_MESSAGE_TEXT(
            "CoreMessage", "the band needs the method auto chose (SmoothingResult::used), not auto itself") },
    Entry { MessageId::SplineBandFirstOrderOnly,
        TANGENT_MESSAGE_TEXT("CoreMessage",
            "the spline's band is computed for the first derivative only; use kalman or savgol for a band of order "
            "%1") },
    Entry { MessageId::SplineBandNeedsLambda,
        TANGENT_MESSAGE_TEXT("CoreMessage", "the spline's band needs the λ that was used") },
    Entry { MessageId::KalmanBandNeedsRatio,
        TANGENT_MESSAGE_TEXT("CoreMessage", "the Kalman band needs the ratio that was used") },
    Entry { MessageId::NpyEmpty,
        TANGENT_MESSAGE_TEXT("CoreMessage", "the file is empty; expected an .npy file, which starts with \\x93NUMPY") },
    Entry { MessageId::NpzNotNpy,
        TANGENT_MESSAGE_TEXT("CoreMessage",
            "this is an .npz archive (a zip of .npy files), not an .npy file; extract one array with numpy, e.g. "
            "np.save('a.npy', np.load(path)['name'])") },
    Entry { MessageId::NotNpy,
        TANGENT_MESSAGE_TEXT("CoreMessage",
            "not an .npy file: it starts with '%1' instead of the magic string \\x93NUMPY; save the array with "
            "numpy.save") },
    Entry { MessageId::NpyVersion,
        TANGENT_MESSAGE_TEXT(
            "CoreMessage", "unsupported .npy format version %1; Tangent reads versions 1.0, 2.0 and 3.0") },
    Entry { MessageId::NpyTruncatedHeader,
        TANGENT_MESSAGE_TEXT("CoreMessage",
            "truncated header: the header length at byte 8 says %1 bytes, but only %2 follow; the file is "
            "incomplete") },
    Entry { MessageId::NpyTruncatedData,
        TANGENT_MESSAGE_TEXT("CoreMessage",
            "truncated data: expected %1 bytes of data for shape %2 of %3, found %4; the file is incomplete") },
    Entry { MessageId::ZipNotAWorkbook,
        TANGENT_MESSAGE_TEXT("CoreMessage",
            "this zip archive is not a workbook: it has neither xl/workbook.xml (.xlsx) nor content.xml (.ods)") },
    Entry { MessageId::WorkbookHasNoSheets, TANGENT_MESSAGE_TEXT("CoreMessage", "the workbook has no sheets") },
    Entry { MessageId::NoSuchSheetOfOne,
        TANGENT_MESSAGE_TEXT("CoreMessage", "there is no sheet '%1'; the workbook has 1 sheet: %2") },
    Entry { MessageId::NoSuchSheet,
        TANGENT_MESSAGE_TEXT("CoreMessage", "there is no sheet '%1'; the workbook has %2 sheets: %3") },
    Entry { MessageId::SheetEmpty, TANGENT_MESSAGE_TEXT("CoreMessage", "sheet '%1' is empty") },
    Entry { MessageId::WorkbookEncrypted,
        TANGENT_MESSAGE_TEXT("CoreMessage",
            "the workbook is encrypted (password-protected); open it in its spreadsheet program and save it without a "
            "password") },
    Entry { MessageId::CompoundFile,
        TANGENT_MESSAGE_TEXT("CoreMessage",
            "this is an OLE compound file (such as an old binary .xls workbook), not an .xlsx or .ods zip; save it as "
            ".xlsx or .ods") },
    Entry { MessageId::NotAZip,
        TANGENT_MESSAGE_TEXT("CoreMessage", "this is not a zip archive, so not an .xlsx or .ods workbook (%1)") },
    Entry { MessageId::SheetCellNotANumber, TANGENT_MESSAGE_TEXT("CoreMessage", "sheet '%1': '%2' is not a number") },
    Entry { MessageId::NotAnXlsx,
        TANGENT_MESSAGE_TEXT("CoreMessage", "this zip archive is not an .xlsx workbook (it has no xl/workbook.xml)") },
    Entry { MessageId::NotAnOds,
        TANGENT_MESSAGE_TEXT("CoreMessage", "this zip archive is not an .ods workbook (it has no content.xml)") },
    Entry { MessageId::GradientSpacingRank,
        TANGENT_MESSAGE_TEXT("CoreMessage",
            "a spacing must be a single number or a 1-D array of coordinates, not an array of %1 dimensions (numpy: "
            "distances must be either scalars or 1d)") },
    Entry { MessageId::GradientAxisOutOfRange,
        TANGENT_MESSAGE_TEXT(
            "CoreMessage", "axis %1 is out of bounds for array of dimension %2 (valid axes are %3 to %4)") },
    Entry { MessageId::GradientRepeatedAxis,
        TANGENT_MESSAGE_TEXT("CoreMessage", "repeated axis: axis %1 selects a dimension that is already selected") },
    Entry { MessageId::GradientEdgeOrder,
        TANGENT_MESSAGE_TEXT("CoreMessage",
            "edge order %1 is not supported: use 1 or 2 (numpy: 'edge_order' greater than 2 not supported)") },
    Entry { MessageId::GradientOnePoint,
        TANGENT_MESSAGE_TEXT("CoreMessage",
            "axis %1 has 1 point, but edge order %2 needs at least %3 (numpy: Shape of array too small to calculate a "
            "numerical gradient)") },
    Entry { MessageId::GradientTooFewPoints,
        TANGENT_MESSAGE_TEXT("CoreMessage",
            "axis %1 has %2 points, but edge order %3 needs at least %4 (numpy: Shape of array too small to calculate "
            "a numerical gradient)") },
    Entry { MessageId::GradientCoordinateCount,
        TANGENT_MESSAGE_TEXT("CoreMessage",
            "axis %1 has %2 points but %3 coordinates were given; give exactly one coordinate per point (numpy: when "
            "1d, distances must match the length of the corresponding dimension)") },
    Entry { MessageId::GradientCoordinatesTooShort,
        TANGENT_MESSAGE_TEXT("CoreMessage",
            "axis %1 has %2 coordinate(s), so there is no spacing between points (numpy: IndexError: index 0 is out of "
            "bounds for axis 0 with size 0)") },
    Entry { MessageId::GradientSpacingCount,
        TANGENT_MESSAGE_TEXT("CoreMessage",
            "%1 spacings were given for %2 selected axes; give none, one number for all axes, or one per selected axis "
            "(numpy: invalid number of arguments)") },
    Entry { MessageId::GradientOrder,
        TANGENT_MESSAGE_TEXT("CoreMessage", "derivative order %1 is not supported: use 1 or more") },
    Entry { MessageId::DerivativeOrderAtLeastOne,
        TANGENT_MESSAGE_TEXT("CoreMessage", "the derivative order must be at least 1, not %1") },
    Entry { MessageId::NoSuchColumn,
        TANGENT_MESSAGE_TEXT(
            "CoreMessage", "there is no column '%1'; the columns are %2 (give a header name or a 1-based index)") },
    Entry { MessageId::NoNumericColumnAmong,
        TANGENT_MESSAGE_TEXT(
            "CoreMessage", "there is no numeric column to differentiate besides x; the columns are %1") },
    Entry { MessageId::NpyMalformedHeader,
        TANGENT_MESSAGE_TEXT("CoreMessage", "malformed .npy header at byte %1: %3. The header reads: %2") },
    Entry { MessageId::NpyExpectedOpeningBrace,
        TANGENT_MESSAGE_TEXT("CoreMessage", "expected the header to start with '{'") },
    Entry {
        MessageId::NpyExpectedCommaOrBrace, TANGENT_MESSAGE_TEXT("CoreMessage", "expected ',' or '}' after a value") },
    Entry {
        MessageId::NpyTextAfterBrace, TANGENT_MESSAGE_TEXT("CoreMessage", "unexpected text after the closing '}'") },
    Entry { MessageId::NpyKeyMissing, TANGENT_MESSAGE_TEXT("CoreMessage", "the key '%1' is missing") },
    Entry { MessageId::NpyExpectedKey, TANGENT_MESSAGE_TEXT("CoreMessage", "expected a key in quotes") },
    Entry { MessageId::NpyStringNotClosed, TANGENT_MESSAGE_TEXT("CoreMessage", "a string is not closed") },
    Entry { MessageId::NpyUnexpectedKey,
        TANGENT_MESSAGE_TEXT("CoreMessage",
            "unexpected key '%1'; an .npy header has exactly the keys 'descr', 'fortran_order' and 'shape'") },
    Entry { MessageId::NpyExpectedColon, TANGENT_MESSAGE_TEXT("CoreMessage", "expected ':' after the key '%1'") },
    Entry {
        MessageId::NpyExpectedDtype, TANGENT_MESSAGE_TEXT("CoreMessage", "expected the dtype, e.g. '<f8', in quotes") },
    Entry { MessageId::NpyFortranOrderValue,
        TANGENT_MESSAGE_TEXT("CoreMessage", "'fortran_order' must be True or False, not '%1'") },
    Entry { MessageId::NpyShapeIsList,
        TANGENT_MESSAGE_TEXT("CoreMessage", "'shape' must be a tuple such as (3, 4), not a list") },
    Entry { MessageId::NpyExpectedShapeStart,
        TANGENT_MESSAGE_TEXT("CoreMessage", "expected '(' to start the shape tuple") },
    Entry {
        MessageId::NpyExpectedCommaOrParen, TANGENT_MESSAGE_TEXT("CoreMessage", "expected ',' or ')' in the shape") },
    Entry { MessageId::NpyShapeNotTuple,
        TANGENT_MESSAGE_TEXT(
            "CoreMessage", "the shape (%1) is not a tuple; numpy writes a one-dimensional shape as (%1,)") },
    Entry {
        MessageId::NpyNegativeDimension, TANGENT_MESSAGE_TEXT("CoreMessage", "a dimension of the shape is negative") },
    Entry {
        MessageId::NpyDimensionTooLarge, TANGENT_MESSAGE_TEXT("CoreMessage", "a dimension of the shape is too large") },
    Entry { MessageId::NpyExpectedDimension,
        TANGENT_MESSAGE_TEXT("CoreMessage", "expected a non-negative integer in the shape, found '%1'") },
    Entry { MessageId::NpyStructuredDtype,
        TANGENT_MESSAGE_TEXT("CoreMessage",
            "unsupported dtype: a structured (record) dtype with named fields; Tangent reads plain arrays of %1. Save "
            "one field instead, e.g. np.save(path, array['x'])") },
    Entry { MessageId::NpySupportedTypes,
        TANGENT_MESSAGE_TEXT("CoreMessage",
            "float64 (f8), float32 (f4), signed integers (i1, i2, i4, i8) and unsigned integers (u1, u2, u4, u8), "
            "little or big endian") },
    Entry { MessageId::NpyUnsupportedDtype,
        TANGENT_MESSAGE_TEXT("CoreMessage",
            "unsupported dtype '%1'; Tangent reads %2. Convert the array first, e.g. np.save(path, "
            "array.astype(np.float64))") },
    Entry { MessageId::NpyUnsupportedDtypeKind,
        TANGENT_MESSAGE_TEXT("CoreMessage",
            "unsupported dtype '%1' (%2); Tangent reads %3. Convert the array first, e.g. np.save(path, "
            "array.astype(np.float64))") },
    Entry { MessageId::NpyKindFloat16, TANGENT_MESSAGE_TEXT("CoreMessage", "float16") },
    Entry { MessageId::NpyKindFloatSize,
        TANGENT_MESSAGE_TEXT("CoreMessage", "a floating-point size other than 4 or 8 bytes") },
    Entry { MessageId::NpyKindComplex, TANGENT_MESSAGE_TEXT("CoreMessage", "complex") },
    Entry { MessageId::NpyKindBool, TANGENT_MESSAGE_TEXT("CoreMessage", "bool") },
    Entry { MessageId::NpyKindObjects, TANGENT_MESSAGE_TEXT("CoreMessage", "Python objects, stored with pickle") },
    Entry { MessageId::NpyKindUnicode, TANGENT_MESSAGE_TEXT("CoreMessage", "Unicode strings") },
    Entry { MessageId::NpyKindBytes, TANGENT_MESSAGE_TEXT("CoreMessage", "byte strings") },
    Entry { MessageId::NpyKindDatetime, TANGENT_MESSAGE_TEXT("CoreMessage", "datetime64") },
    Entry { MessageId::NpyKindTimedelta, TANGENT_MESSAGE_TEXT("CoreMessage", "timedelta64") },
    Entry { MessageId::NpyKindRaw, TANGENT_MESSAGE_TEXT("CoreMessage", "raw bytes") },
    Entry { MessageId::NpyKindIntegerSize,
        TANGENT_MESSAGE_TEXT("CoreMessage", "an integer size other than 1, 2, 4 or 8 bytes") },
    Entry { MessageId::NpyEndsBeforeVersion,
        TANGENT_MESSAGE_TEXT("CoreMessage", "truncated .npy file: it ends after %1 bytes, before the format version") },
    Entry { MessageId::NpyEndsInHeaderLength,
        TANGENT_MESSAGE_TEXT(
            "CoreMessage", "truncated .npy file: it ends after %1 bytes, inside the header length at byte 8") },
    Entry { MessageId::NpyShapeTooLarge, TANGENT_MESSAGE_TEXT("CoreMessage", "the shape %1 of %2 is too large") },
    Entry { MessageId::CannotReadDirectory,
        TANGENT_MESSAGE_TEXT("CoreMessage", "cannot read the file: it is a directory") },
    Entry { MessageId::MemoryReadingIt, TANGENT_MESSAGE_TEXT("CoreMessage", "reading it") },
    Entry { MessageId::MemoryRowsOfOneColumn, TANGENT_MESSAGE_TEXT("CoreMessage", "its about %1 rows of 1 column") },
    Entry { MessageId::MemoryRowsOfColumns, TANGENT_MESSAGE_TEXT("CoreMessage", "its about %1 rows of %2 columns") },
    Entry { MessageId::MemoryTextColumns, TANGENT_MESSAGE_TEXT("CoreMessage", "the text of its %1 text columns") },
    Entry { MessageId::MemoryNpyValues, TANGENT_MESSAGE_TEXT("CoreMessage", "its %1 values of shape %2") },
    Entry { MessageId::MemorySheet, TANGENT_MESSAGE_TEXT("CoreMessage", "sheet '%1'") },
    Entry { MessageId::MemoryComputingMethod, TANGENT_MESSAGE_TEXT("CoreMessage", "computing --method %1 in memory") },
    Entry { MessageId::SheetTooLarge,
        TANGENT_MESSAGE_TEXT(
            "CoreMessage", "sheet '%1' spans %2 rows of %3 columns, more than the %4 cells Tangent reads") },
    Entry { MessageId::SheetCellBeyondLimits,
        TANGENT_MESSAGE_TEXT("CoreMessage",
            "sheet '%1' has a cell at row %2, column %3, beyond the %4 rows and %5 columns a sheet can have") },
    Entry { MessageId::SheetTooManyCells,
        TANGENT_MESSAGE_TEXT("CoreMessage", "sheet '%1' has more than %2 cells, more than Tangent reads") },
    Entry { MessageId::SheetBadCellReference,
        TANGENT_MESSAGE_TEXT("CoreMessage", "sheet '%1': '%2' is not a cell reference") },
    Entry { MessageId::SheetPrefix, TANGENT_MESSAGE_TEXT("CoreMessage", "sheet '%1': %2") },
    Entry { MessageId::SheetNoSharedString, TANGENT_MESSAGE_TEXT("CoreMessage", "shared string %1 does not exist") },
    Entry { MessageId::SheetNotIsoDate, TANGENT_MESSAGE_TEXT("CoreMessage", "'%1' is not an ISO 8601 date") },
    Entry { MessageId::SheetNotANumber, TANGENT_MESSAGE_TEXT("CoreMessage", "'%1' is not a number") },
    Entry { MessageId::SheetDateOutOfRange, TANGENT_MESSAGE_TEXT("CoreMessage", "%1 is not a date Tangent can show") },
    Entry { MessageId::SheetPartMissing, TANGENT_MESSAGE_TEXT("CoreMessage", "sheet '%1': its part %2 is missing") },
    Entry { MessageId::WorkbookPartOutOfMemory,
        TANGENT_MESSAGE_TEXT("CoreMessage", "out of memory reading the workbook's part %1") },
    Entry { MessageId::WorkbookPartDoctype,
        TANGENT_MESSAGE_TEXT(
            "CoreMessage", "the workbook's part %1 has a document type declaration, which workbooks never have") },
    Entry { MessageId::WorkbookPartNotXml,
        TANGENT_MESSAGE_TEXT("CoreMessage", "the workbook's part %1 is not well-formed XML (line %2): %3") },
    Entry { MessageId::CannotReadWorkbook, TANGENT_MESSAGE_TEXT("CoreMessage", "cannot read the workbook") },
    Entry { MessageId::CannotOpenWorkbookZip,
        TANGENT_MESSAGE_TEXT("CoreMessage", "cannot open the workbook's zip archive: %1") },
    Entry { MessageId::WorkbookPartDamaged, TANGENT_MESSAGE_TEXT("CoreMessage", "the workbook's part %1 is damaged") },
    Entry { MessageId::WorkbookPartEncrypted,
        TANGENT_MESSAGE_TEXT("CoreMessage", "the workbook's part %1 is encrypted; save it without a password") },
    Entry { MessageId::WorkbookPartTooLarge,
        TANGENT_MESSAGE_TEXT("CoreMessage",
            "the workbook's part %1 declares %2 uncompressed, over the limit of %3 (a zip bomb, or a sheet too big to "
            "read)") },
    Entry { MessageId::CannotReadWorkbookPart,
        TANGENT_MESSAGE_TEXT("CoreMessage", "cannot read the workbook's part %1: %2") },
    Entry { MessageId::WorkbookPartDamagedWhy,
        TANGENT_MESSAGE_TEXT("CoreMessage", "the workbook's part %1 is damaged: %2") },
    Entry { MessageId::WorkbookPartShorter,
        TANGENT_MESSAGE_TEXT("CoreMessage", "the workbook's part %1 is shorter than it declares") },
    Entry { MessageId::WorkbookPartLonger,
        TANGENT_MESSAGE_TEXT("CoreMessage", "the workbook's part %1 is longer than it declares") },
    Entry { MessageId::WorkbookNoTemporaryFile,
        TANGENT_MESSAGE_TEXT("CoreMessage", "cannot create a temporary file for the workbook") },
    Entry { MessageId::CannotWriteWorkbook, TANGENT_MESSAGE_TEXT("CoreMessage", "cannot write the workbook: %1") },
    Entry { MessageId::WorkbookOutOfMemory,
        TANGENT_MESSAGE_TEXT("CoreMessage", "cannot write the workbook: out of memory") },
    Entry {
        MessageId::WorkbookCannotReopen, TANGENT_MESSAGE_TEXT("CoreMessage", "cannot reopen the workbook written") },
    Entry { MessageId::WrittenSheetMissing, TANGENT_MESSAGE_TEXT("CoreMessage", "its sheet is missing") },
    Entry { MessageId::WrittenSheetUnreadable, TANGENT_MESSAGE_TEXT("CoreMessage", "its sheet cannot be read back") },
    Entry { MessageId::WrittenSheetNumbersDiffer,
        TANGENT_MESSAGE_TEXT("CoreMessage", "its sheet does not hold the numbers written") },
    Entry { MessageId::ResultTooManyRows,
        TANGENT_MESSAGE_TEXT(
            "CoreMessage", "the result has %1 rows; a worksheet holds %2 below its header (write CSV instead)") },
    Entry { MessageId::ResultTooManyColumns,
        TANGENT_MESSAGE_TEXT("CoreMessage", "the result has %1 columns; a worksheet holds %2 (write CSV instead)") },
    Entry { MessageId::OptionExpectsNumber, TANGENT_MESSAGE_TEXT("CoreMessage", "%1 expects a number, not '%2'") },
    Entry { MessageId::OptionExpectsWholeNumber,
        TANGENT_MESSAGE_TEXT("CoreMessage", "%1 expects a whole number, not '%2'") },
    Entry { MessageId::NoiseSdExpectsPositive,
        TANGENT_MESSAGE_TEXT("CoreMessage", "--noise-sd expects a finite number above 0, not '%1'") },
    Entry { MessageId::NoiseSdExpectsPairsNot,
        TANGENT_MESSAGE_TEXT(
            "CoreMessage", "--noise-sd expects a number, or COLUMN=S pairs separated by commas, not '%1'") },
    Entry { MessageId::NoiseSdColumnTwice, TANGENT_MESSAGE_TEXT("CoreMessage", "--noise-sd gives column '%1' twice") },
    Entry { MessageId::NoiseSdExpectsPairs,
        TANGENT_MESSAGE_TEXT("CoreMessage", "--noise-sd expects a number, or COLUMN=S pairs separated by commas") },
    Entry { MessageId::XOptionExpectsColumn,
        TANGENT_MESSAGE_TEXT("CoreMessage", "--x expects a column name or 1-based index") },
    Entry { MessageId::YOptionExpectsColumns,
        TANGENT_MESSAGE_TEXT(
            "CoreMessage", "--y expects one or more column names or 1-based indexes, separated by commas") },
    Entry { MessageId::TimeUnitExpected,
        TANGENT_MESSAGE_TEXT("CoreMessage", "--time-unit expects s, min, h, d or y, not '%1'") },
    Entry { MessageId::GroupOptionExpectsColumn,
        TANGENT_MESSAGE_TEXT("CoreMessage", "--group expects a column name or 1-based index") },
    Entry { MessageId::EdgeOrderOneOrTwo, TANGENT_MESSAGE_TEXT("CoreMessage", "--edge-order must be 1 or 2, not %1") },
    Entry { MessageId::MethodExpected,
        TANGENT_MESSAGE_TEXT("CoreMessage", "--method expects numpy, savgol, spline, tvr, kalman or auto, not '%1'") },
    Entry { MessageId::OptionTakesNoValue, TANGENT_MESSAGE_TEXT("CoreMessage", "%1 takes no value") },
    Entry { MessageId::OptionNeedsValue, TANGENT_MESSAGE_TEXT("CoreMessage", "%1 needs a value") },
    Entry { MessageId::NotARecipeOption,
        TANGENT_MESSAGE_TEXT("CoreMessage", "'%1' is not a recipe option (see tangent-cli --help)") },
    Entry { MessageId::ExprAtPosition, TANGENT_MESSAGE_TEXT("CoreMessage", "%2 at position %1") },
    Entry { MessageId::ExprUnexpected, TANGENT_MESSAGE_TEXT("CoreMessage", "unexpected '%1'") },
    Entry { MessageId::ExprMissingParen, TANGENT_MESSAGE_TEXT("CoreMessage", "missing ')'") },
    Entry { MessageId::ExprUnexpectedEnd, TANGENT_MESSAGE_TEXT("CoreMessage", "unexpected end of expression") },
    Entry { MessageId::ExprUnknownName,
        TANGENT_MESSAGE_TEXT(
            "CoreMessage", "unknown name '%1' (the variable is x; functions include sin, cos, exp, ln, sqrt, abs)") },
    Entry { MessageId::ExprUnexpectedOperator, TANGENT_MESSAGE_TEXT("CoreMessage", "unexpected operator '%1'") },
    Entry { MessageId::ExprUnexpectedNumber,
        TANGENT_MESSAGE_TEXT("CoreMessage", "unexpected number '%1' (is an operator missing before it?)") },
    Entry { MessageId::ExprUnexpectedVariable,
        TANGENT_MESSAGE_TEXT("CoreMessage", "unexpected '%1' (is an operator missing before it? write 3*x, not 3x)") },
    Entry { MessageId::ExprUnexpectedFunction,
        TANGENT_MESSAGE_TEXT("CoreMessage", "unexpected function '%1' (is an operator missing before it?)") },
    Entry { MessageId::ExprUnexpectedComma, TANGENT_MESSAGE_TEXT("CoreMessage", "unexpected ','") },
    Entry { MessageId::ExprTooManyArguments, TANGENT_MESSAGE_TEXT("CoreMessage", "too many arguments for '%1'") },
    Entry { MessageId::ExprTooFewArguments, TANGENT_MESSAGE_TEXT("CoreMessage", "too few arguments for '%1'") },
    Entry { MessageId::ExprEmpty, TANGENT_MESSAGE_TEXT("CoreMessage", "the expression is empty") },
    Entry { MessageId::ExprCannotRead, TANGENT_MESSAGE_TEXT("CoreMessage", "cannot read the expression: %1") },
    Entry { MessageId::ExprOneExpression,
        TANGENT_MESSAGE_TEXT("CoreMessage",
            "unexpected ',' at position %1 (give one expression; min(a, b) and max(a, b) take commas)") },
    Entry { MessageId::LabTooFewPoints, TANGENT_MESSAGE_TEXT("CoreMessage", "at least 2 points are needed, not %1") },
    Entry { MessageId::LabBadRange, TANGENT_MESSAGE_TEXT("CoreMessage", "the range must be finite with from < to") },
    Entry { MessageId::LabBadJitter,
        TANGENT_MESSAGE_TEXT("CoreMessage", "jitter must be at least 0 and below 1 (a fraction of the step)") },
    Entry { MessageId::LabBadNoise,
        TANGENT_MESSAGE_TEXT("CoreMessage", "noise must be a standard deviation of 0 or more") },
    Entry { MessageId::LabStudyTooFewPoints,
        TANGENT_MESSAGE_TEXT("CoreMessage", "a convergence study needs at least 3 points per run, not %1") },
    Entry { MessageId::CannotCreateFileInFolder,
        TANGENT_MESSAGE_TEXT("CoreMessage", "cannot create a file in its folder: %1") },
    Entry { MessageId::CannotCreateTemporaryFile,
        TANGENT_MESSAGE_TEXT("CoreMessage", "cannot create a temporary file in its folder") },
    Entry { MessageId::CannotWriteStdout, TANGENT_MESSAGE_TEXT("CoreMessage", "cannot write to standard output: %1") },
    Entry {
        MessageId::CannotOpenForWriting, TANGENT_MESSAGE_TEXT("CoreMessage", "cannot open the file for writing: %1") },
    Entry { MessageId::CannotWriteFile, TANGENT_MESSAGE_TEXT("CoreMessage", "cannot write the file: %1") },
    Entry { MessageId::CannotReplaceFile, TANGENT_MESSAGE_TEXT("CoreMessage", "cannot replace the file: %1") },
    Entry { MessageId::NoiseSdColumnNotDifferentiated,
        TANGENT_MESSAGE_TEXT("CoreMessage",
            "--noise-sd names column '%1', which is not differentiated; the columns differentiated are %2") },
    Entry { MessageId::ExplainFirstOrderOnly,
        TANGENT_MESSAGE_TEXT("CoreMessage",
            "--explain shows first derivatives only; --order %1 cannot be explained (drop --order, or use --order "
            "1)") },
};

static_assert(messages_detail::listsInOrder(kTemplates, MessageId::Text, kFirstReasonId),
    "kTemplates lists every MessageId before the reasons once, in the enum's order");

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

MessageArg MessageArg::real(double value)
{
    return real(formatDouble(value));
}

MessageArg MessageArg::real(std::string cText)
{
    MessageArg arg(std::move(cText));
    arg.kind = Kind::Real;
    return arg;
}

std::string Message::english() const
{
    std::vector<std::string> values;
    values.reserve(args.size() + nested.size());
    for (const MessageArg& arg : args)
        values.push_back(arg.text);
    for (const Message& inner : nested)
        values.push_back(inner.english());
    return fillPlaceholders(englishTemplate(id), values);
}

Message plainMessage(std::string english)
{
    return { MessageId::Text, { std::move(english) }, {} };
}

Message messageOf(const std::exception& error)
{
    if (const auto* carrier = dynamic_cast<const MessageCarrier*>(&error))
        return carrier->userMessage();
    return plainMessage(error.what());
}

const char* englishTemplate(MessageId id)
{
    const auto index = static_cast<std::size_t>(id);
    if (index < kTemplates.size())
        return kTemplates[index].second;
    const char* reason = reasonTemplate(id);
    return reason != nullptr ? reason : "%1";
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
