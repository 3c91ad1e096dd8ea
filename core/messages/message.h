// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Messages for users as an id and its arguments, so that the window can show them in its language
// (ui/i18n/coremessages.h) while the core stays Qt-free and tangent-cli prints the English.

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace tangent {

/// One message the core gives users. Each has an English template with numbered placeholders
/// (%1, %2, ...) in messages.cpp; `Text` is a message not (yet) in the catalogue, its one
/// argument the whole English text.
enum class MessageId : std::uint16_t {
    Text,
    // Reading files (core/io)
    CannotOpenFile,
    CannotReadFile,
    NotARegularFile,
    FileTooLargeForMemory,
    CommentLineTooLong,
    RowTooLong,
    TooManyFields,
    RaggedRowOneField,
    RaggedRowFields,
    HeaderAtLine,
    FirstRowAtLine,
    BlankLineInTable,
    FileEmpty,
    OnlyComments,
    HeaderWithoutRows,
    QuoteNotClosed,
    TextAfterClosingQuote,
    // Planning and computing a derivative (core/engine)
    XColumnAndDx,
    BadDx,
    SmoothedNeedsMethod,
    EdgeOrderBelongsToNumpy,
    NoiseSdNeedsUncertainty,
    ColumnLeftOut,
    NoNumericColumn,
    NoNumericColumnGrouped,
    NoUncertaintyBandFor,
    CannotDifferentiate,
    GroupColumnIsX,
    ColumnNotNumeric,
    ColumnNotNumericCell,
    CannotSmooth,
    ColumnMessage,
    XDecreases,
    XNotIncreasing,
    XRepeats,
    XRepeatsMore,
    XGaps,
    XNearlyUniform,
    ShortGroupOneRow,
    ShortGroupRows,
    CannotDifferentiateGroup,
    CannotSmoothGroup,
    ShortGroupLeftEmpty,
    // Smoothing methods (core/smoothing)
    MustBePositive,
    OrderAtLeastOne,
    OrderTooHigh,
    PolyorderNegative,
    IterationsAtLeastOne,
    RatioNotFinite,
    NumpyIsNotSmoothing,
    SavgolWindowEven,
    SavgolPolyorderTooHigh,
    SavgolWindowTooSmall,
    SavgolNoDerivative,
    SavgolWindowTooLong,
    XNotStrictlyIncreasing,
    XYCountsDiffer,
    SpacingNotPositive,
    InfiniteValue,
    TooFewPoints,
    NotPositiveDefinite,
    // Uncertainty bands (core/uncertainty)
    TvrHasNoBand,
    GroupPrefix,
    SavgolBandNeedsParameters,
    NoWeightsToShow,
    SavgolWeightsNeedParameters,
    NoiseSdInvalid,
    CannotEstimateNoise,
    BandNeedsChosenMethod,
    SplineBandFirstOrderOnly,
    SplineBandNeedsLambda,
    KalmanBandNeedsRatio,
    // .npy arrays (core/io/npy.cpp)
    NpyEmpty,
    NpzNotNpy,
    NotNpy,
    NpyVersion,
    NpyTruncatedHeader,
    NpyTruncatedData,
    // Workbooks (core/sheets)
    ZipNotAWorkbook,
    WorkbookHasNoSheets,
    NoSuchSheetOfOne,
    NoSuchSheet,
    SheetEmpty,
    WorkbookEncrypted,
    CompoundFile,
    NotAZip,
    SheetCellNotANumber,
    NotAnXlsx,
    NotAnOds,
    Count_ ///< not a message: the number of ids
};

/// A message: its id, its text arguments (%1 ... %n) and messages nested in it, which fill the
/// placeholders after the text arguments (%n+1 ...), e.g. the reason inside "no uncertainty band
/// for 'y': REASON".
struct Message {
    MessageId id = MessageId::Text;
    std::vector<std::string> args;
    std::vector<Message> nested;

    /// The English text: the template with its placeholders filled.
    [[nodiscard]] std::string english() const;
};

/// A message not in the catalogue, shown as it is in every language.
[[nodiscard]] Message plainMessage(std::string english);

/// The English template of `id`, e.g. "the savgol window %1 is too small; use at least 3 points".
[[nodiscard]] const char* englishTemplate(MessageId id);

/// How many placeholders (%1 ... %n) the template of `id` has.
[[nodiscard]] int placeholderCount(MessageId id);

/// `text` with %1 ... %9 replaced by `values` (a placeholder without a value stays as it is);
/// the values are inserted as they are, never scanned for placeholders themselves.
[[nodiscard]] std::string fillPlaceholders(const std::string& text, const std::vector<std::string>& values);

/// The error types that carry a Message besides their what(): the window translates it.
class MessageCarrier {
public:
    explicit MessageCarrier(Message message) : m_message(std::move(message)) { }
    /// The message, as the id and arguments what() was made from.
    [[nodiscard]] const Message& userMessage() const noexcept { return m_message; }

private:
    Message m_message;
};

} // namespace tangent
