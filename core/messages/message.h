// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Messages for users as an id and its arguments, so that the window can show them in its language
// (ui/i18n/coremessages.h) while the core stays Qt-free and tangent-cli prints the English.

#include <cstdint>
#include <exception>
#include <stdexcept>
#include <string>
#include <type_traits>
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
    // numpy.gradient (core/gradient) and table columns
    GradientSpacingRank,
    GradientAxisOutOfRange,
    GradientRepeatedAxis,
    GradientEdgeOrder,
    GradientOnePoint,
    GradientTooFewPoints,
    GradientCoordinateCount,
    GradientCoordinatesTooShort,
    GradientSpacingCount,
    GradientOrder,
    DerivativeOrderAtLeastOne,
    NoSuchColumn,
    NoNumericColumnAmong,
    // .npy headers (core/io/npy.cpp) and memory
    NpyMalformedHeader,
    NpyExpectedOpeningBrace,
    NpyExpectedCommaOrBrace,
    NpyTextAfterBrace,
    NpyKeyMissing,
    NpyExpectedKey,
    NpyStringNotClosed,
    NpyUnexpectedKey,
    NpyExpectedColon,
    NpyExpectedDtype,
    NpyFortranOrderValue,
    NpyShapeIsList,
    NpyExpectedShapeStart,
    NpyExpectedCommaOrParen,
    NpyShapeNotTuple,
    NpyNegativeDimension,
    NpyDimensionTooLarge,
    NpyExpectedDimension,
    NpyStructuredDtype,
    NpySupportedTypes,
    NpyUnsupportedDtype,
    NpyUnsupportedDtypeKind,
    NpyKindFloat16,
    NpyKindFloatSize,
    NpyKindComplex,
    NpyKindBool,
    NpyKindObjects,
    NpyKindUnicode,
    NpyKindBytes,
    NpyKindDatetime,
    NpyKindTimedelta,
    NpyKindRaw,
    NpyKindIntegerSize,
    NpyEndsBeforeVersion,
    NpyEndsInHeaderLength,
    NpyShapeTooLarge,
    CannotReadDirectory,
    MemoryReadingIt,
    MemoryRowsOfOneColumn,
    MemoryRowsOfColumns,
    MemoryTextColumns,
    MemoryNpyValues,
    MemorySheet,
    MemoryComputingMethod,
    SheetTooLarge,
    // Workbooks: cells, parts and writing (core/sheets)
    SheetCellBeyondLimits,
    SheetTooManyCells,
    SheetBadCellReference,
    SheetPrefix,
    SheetNoSharedString,
    SheetNotIsoDate,
    SheetNotANumber,
    SheetDateOutOfRange,
    SheetPartMissing,
    WorkbookPartOutOfMemory,
    WorkbookPartDoctype,
    WorkbookPartNotXml,
    CannotReadWorkbook,
    CannotOpenWorkbookZip,
    WorkbookPartDamaged,
    WorkbookPartEncrypted,
    WorkbookPartTooLarge,
    CannotReadWorkbookPart,
    WorkbookPartDamagedWhy,
    WorkbookPartShorter,
    WorkbookPartLonger,
    WorkbookNoTemporaryFile,
    CannotWriteWorkbook,
    WorkbookOutOfMemory,
    WorkbookCannotReopen,
    WrittenSheetMissing,
    WrittenSheetUnreadable,
    WrittenSheetNumbersDiffer,
    ResultTooManyRows,
    ResultTooManyColumns,
    // Recipe options (core/recipe)
    OptionExpectsNumber,
    OptionExpectsWholeNumber,
    NoiseSdExpectsPositive,
    NoiseSdExpectsPairsNot,
    NoiseSdColumnTwice,
    NoiseSdExpectsPairs,
    XOptionExpectsColumn,
    YOptionExpectsColumns,
    TimeUnitExpected,
    GroupOptionExpectsColumn,
    EdgeOrderOneOrTwo,
    MethodExpected,
    OptionTakesNoValue,
    OptionNeedsValue,
    NotARecipeOption,
    // Function Lab (core/classroom)
    ExprAtPosition,
    ExprUnexpected,
    ExprMissingParen,
    ExprUnexpectedEnd,
    ExprUnknownName,
    ExprUnexpectedOperator,
    ExprUnexpectedNumber,
    ExprUnexpectedVariable,
    ExprUnexpectedFunction,
    ExprUnexpectedComma,
    ExprTooManyArguments,
    ExprTooFewArguments,
    ExprEmpty,
    ExprCannotRead,
    ExprOneExpression,
    LabTooFewPoints,
    LabBadRange,
    LabBadJitter,
    LabBadNoise,
    LabStudyTooFewPoints,
    // Writing files, --noise-sd columns and --explain (core/io, core/engine)
    CannotCreateFileInFolder,
    CannotCreateTemporaryFile,
    CannotWriteStdout,
    CannotOpenForWriting,
    CannotWriteFile,
    CannotReplaceFile,
    NoiseSdColumnNotDifferentiated,
    ExplainFirstOrderOnly,
    // Reasons from the system and the libraries, and sizes (core/messages/reasons.cpp)
    SysNoSuchFile,
    SysPermissionDenied,
    SysIsADirectory,
    SysNotADirectory,
    SysNoSpace,
    SysReadOnlyFileSystem,
    SysTooManyOpenFiles,
    SysTooManyOpenFilesInSystem,
    SysNameTooLong,
    SysFileExists,
    SysInputOutput,
    SysFileTooLarge,
    SysQuotaExceeded,
    SysNotPermitted,
    SysSymlinkLoop,
    SysOutOfMemory,
    SysBusy,
    SizeBytes,
    SizeKilobytes,
    SizeMegabytes,
    SizeGigabytes,
    SizeTerabytes,
    SizePetabytes,
    SizeExabytes,
    ZipNotAZip,
    ZipInconsistent,
    ZipCrc,
    ZipNoSuchEntry,
    ZipEndsEarly,
    ZipCompressionNotSupported,
    ZipEncryptionNotSupported,
    ZipCompressedDataInvalid,
    ZipOutOfMemory,
    ZipReadError,
    ZipSeekError,
    ZipWriteError,
    ZipCannotOpen,
    ZipCannotCreateTemporary,
    ZipCannotRename,
    ZipCannotClose,
    XmlOutOfMemory,
    XmlSyntax,
    XmlNoElement,
    XmlInvalidToken,
    XmlUnclosedToken,
    XmlPartialCharacter,
    XmlTagMismatch,
    XmlDuplicateAttribute,
    XmlJunkAfterDocument,
    XmlUndefinedEntity,
    XmlUnclosedCdata,
    XmlBadCharacterReference,
    XmlUnboundPrefix,
    XmlIncorrectEncoding,
    XmlUnknownEncoding,
    XlsxOutOfMemory,
    XlsxCannotCreateFile,
    XlsxCannotCreateTemporary,
    XlsxCannotReadTemporary,
    XlsxZipFileOperation,
    XlsxZipAddFile,
    XlsxZipClose,
    ExprStringsNotAllowed,
    ExprStringNotClosed,
    ExprUnexpectedArgument,
    ExprConditionalWithoutElse,
    ExprMisplacedColon,
    ExprDivisionByZero,
    ExprDomainError,
    ExprNameTooLong,
    ExprTooLong,
    ExprInvalidCharacters,
    ExprTooManyComputations,
    // Batch export (core/batch)
    BatchStdinAmongInputs,
    BatchSameOutput,
    BatchReplacesItsInput,
    BatchCannotCreateFolder,
    BatchFileInTheWay,
    // Smoothing options given to another method (core/smoothing)
    OptionBelongsToMethod,
    OptionBelongsToMethodNotAuto,
    // x steps back in a file with a text column (core/engine/spacingwarnings.h)
    XNotIncreasingGroupHint,
    Count_ ///< not a message: the number of ids
};

/// The first id whose template is in core/messages/reasons.cpp (the ones before are in messages.cpp).
inline constexpr MessageId kFirstReasonId = MessageId::SysNoSuchFile;

/// One argument of a message: a text inserted as it is (a name, a cell), or a number. A number
/// keeps the C-format text the core wrote (what tangent-cli prints) and its kind, so that the
/// window can write the same digits in its language's format (0,5 in German).
struct MessageArg {
    enum class Kind : std::uint8_t {
        Text, ///< inserted as it is in every language
        Integer, ///< a whole number, e.g. "12345" (the window may group its digits)
        Real, ///< a decimal number in C format, e.g. "-1.5e-07" (the window swaps its symbols)
    };

    MessageArg() = default;
    // Implicit, so that `{ name, cell }` lists read as text arguments.
    MessageArg(std::string text) : text(std::move(text)) { }
    MessageArg(const char* text) : text(text) { }

    /// A count, index or other whole number (written as std::to_string writes it).
    template <typename T> [[nodiscard]] static MessageArg integer(T value)
    {
        static_assert(std::is_integral_v<T>, "a whole number");
        MessageArg arg(std::to_string(value));
        arg.kind = Kind::Integer;
        return arg;
    }
    /// A decimal number written as Tangent writes numbers (the shortest text that reads back).
    [[nodiscard]] static MessageArg real(double value);
    /// A decimal number already written in C format by the caller (e.g. with fewer digits).
    [[nodiscard]] static MessageArg real(std::string cText);

    Kind kind = Kind::Text;
    std::string text; ///< the English (C-format) text

    friend bool operator==(const MessageArg&, const MessageArg&) = default;
};

/// A message: its id, its arguments (%1 ... %n) and messages nested in it, which fill the
/// placeholders after the arguments (%n+1 ...), e.g. the reason inside "no uncertainty band for
/// 'y': REASON".
struct Message {
    MessageId id = MessageId::Text;
    std::vector<MessageArg> args;
    std::vector<Message> nested;

    /// The English text: the template with its placeholders filled.
    [[nodiscard]] std::string english() const;
};

/// A message not in the catalogue, shown as it is in every language.
[[nodiscard]] Message plainMessage(std::string english);

/// The English template of `id`, e.g. "the savgol window %1 is too small; use at least 3 points".
[[nodiscard]] const char* englishTemplate(MessageId id);

/// The English template of `id` when it is a reason or a size (ids from kFirstReasonId), else null.
[[nodiscard]] const char* reasonTemplate(MessageId id);

/// The system's reason for the error number `error` (errno), e.g. "No space left on device" for
/// ENOSPC: an id for the errors users meet with files, strerror's text for the others.
[[nodiscard]] Message systemReason(int error);

/// A size in bytes as Tangent writes it: "900 bytes", "1.5 kB", "12 MB" (SI units, two
/// significant digits under 10 of a unit); the number an argument the window writes in its format.
[[nodiscard]] Message sizeMessage(std::uint64_t bytes);

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

/// What `error` says as a message: the Message it carries, or its what() as a plain message.
[[nodiscard]] Message messageOf(const std::exception& error);

/// An argument a core function refuses, with the message saying why (what() is its English).
class MessageError : public std::invalid_argument, public MessageCarrier {
public:
    explicit MessageError(Message message)
        : std::invalid_argument(message.english()), MessageCarrier(std::move(message))
    {
    }
};

} // namespace tangent
