// SPDX-License-Identifier: GPL-3.0-or-later
// The English templates of the reasons the system and the libraries (libzip, expat,
// libxlsxwriter, muparser) give, of sizes in bytes, and of the messages added after them (batch
// export, smoothing options); the others are in messages.cpp. Each reason's English is the library's own
// text for the same error, so tangent-cli prints what it printed before they were ids; lupdate
// reads them from here as from messages.cpp (context "CoreMessage").
#include "core/messages/message.h"
#include "core/messages/templatetable.h"

#include <array>
#include <cerrno>
#include <charconv>
#include <cstddef>
#include <cstring>
#include <iterator>
#include <utility>

namespace tangent {
namespace {

using Entry = messages_detail::TemplateEntry;

constexpr std::array kReasons {
    // strerror's words (glibc) for the errors met when reading and writing files.
    Entry { MessageId::SysNoSuchFile, TANGENT_MESSAGE_TEXT("CoreMessage", "No such file or directory") },
    Entry { MessageId::SysPermissionDenied, TANGENT_MESSAGE_TEXT("CoreMessage", "Permission denied") },
    Entry { MessageId::SysIsADirectory, TANGENT_MESSAGE_TEXT("CoreMessage", "Is a directory") },
    Entry { MessageId::SysNotADirectory, TANGENT_MESSAGE_TEXT("CoreMessage", "Not a directory") },
    Entry { MessageId::SysNoSpace, TANGENT_MESSAGE_TEXT("CoreMessage", "No space left on device") },
    Entry { MessageId::SysReadOnlyFileSystem, TANGENT_MESSAGE_TEXT("CoreMessage", "Read-only file system") },
    Entry { MessageId::SysTooManyOpenFiles, TANGENT_MESSAGE_TEXT("CoreMessage", "Too many open files") },
    Entry {
        MessageId::SysTooManyOpenFilesInSystem, TANGENT_MESSAGE_TEXT("CoreMessage", "Too many open files in system") },
    Entry { MessageId::SysNameTooLong, TANGENT_MESSAGE_TEXT("CoreMessage", "File name too long") },
    Entry { MessageId::SysFileExists, TANGENT_MESSAGE_TEXT("CoreMessage", "File exists") },
    Entry { MessageId::SysInputOutput, TANGENT_MESSAGE_TEXT("CoreMessage", "Input/output error") },
    Entry { MessageId::SysFileTooLarge, TANGENT_MESSAGE_TEXT("CoreMessage", "File too large") },
    Entry { MessageId::SysQuotaExceeded, TANGENT_MESSAGE_TEXT("CoreMessage", "Disk quota exceeded") },
    Entry { MessageId::SysNotPermitted, TANGENT_MESSAGE_TEXT("CoreMessage", "Operation not permitted") },
    Entry { MessageId::SysSymlinkLoop, TANGENT_MESSAGE_TEXT("CoreMessage", "Too many levels of symbolic links") },
    Entry { MessageId::SysOutOfMemory, TANGENT_MESSAGE_TEXT("CoreMessage", "Cannot allocate memory") },
    Entry { MessageId::SysBusy, TANGENT_MESSAGE_TEXT("CoreMessage", "Device or resource busy") },
    // Sizes: the number, then the unit (SI).
    Entry { MessageId::SizeBytes, TANGENT_MESSAGE_TEXT("CoreMessage", "%1 bytes") },
    Entry { MessageId::SizeKilobytes, TANGENT_MESSAGE_TEXT("CoreMessage", "%1 kB") },
    Entry { MessageId::SizeMegabytes, TANGENT_MESSAGE_TEXT("CoreMessage", "%1 MB") },
    Entry { MessageId::SizeGigabytes, TANGENT_MESSAGE_TEXT("CoreMessage", "%1 GB") },
    Entry { MessageId::SizeTerabytes, TANGENT_MESSAGE_TEXT("CoreMessage", "%1 TB") },
    Entry { MessageId::SizePetabytes, TANGENT_MESSAGE_TEXT("CoreMessage", "%1 PB") },
    Entry { MessageId::SizeExabytes, TANGENT_MESSAGE_TEXT("CoreMessage", "%1 EB") },
    // libzip's words (zip_error_strerror); %1 is the system's reason.
    Entry { MessageId::ZipNotAZip, TANGENT_MESSAGE_TEXT("CoreMessage", "Not a zip archive") },
    Entry { MessageId::ZipInconsistent, TANGENT_MESSAGE_TEXT("CoreMessage", "Zip archive inconsistent") },
    Entry { MessageId::ZipCrc, TANGENT_MESSAGE_TEXT("CoreMessage", "CRC error") },
    Entry { MessageId::ZipNoSuchEntry, TANGENT_MESSAGE_TEXT("CoreMessage", "No such file") },
    Entry { MessageId::ZipEndsEarly, TANGENT_MESSAGE_TEXT("CoreMessage", "Premature end of file") },
    Entry { MessageId::ZipCompressionNotSupported,
        TANGENT_MESSAGE_TEXT("CoreMessage", "Compression method not supported") },
    Entry {
        MessageId::ZipEncryptionNotSupported, TANGENT_MESSAGE_TEXT("CoreMessage", "Encryption method not supported") },
    Entry { MessageId::ZipCompressedDataInvalid, TANGENT_MESSAGE_TEXT("CoreMessage", "Compressed data invalid") },
    Entry { MessageId::ZipOutOfMemory, TANGENT_MESSAGE_TEXT("CoreMessage", "Malloc failure") },
    Entry { MessageId::ZipReadError, TANGENT_MESSAGE_TEXT("CoreMessage", "Read error: %1") },
    Entry { MessageId::ZipSeekError, TANGENT_MESSAGE_TEXT("CoreMessage", "Seek error: %1") },
    Entry { MessageId::ZipWriteError, TANGENT_MESSAGE_TEXT("CoreMessage", "Write error: %1") },
    Entry { MessageId::ZipCannotOpen, TANGENT_MESSAGE_TEXT("CoreMessage", "Can't open file: %1") },
    Entry { MessageId::ZipCannotCreateTemporary,
        TANGENT_MESSAGE_TEXT("CoreMessage", "Failure to create temporary file: %1") },
    Entry { MessageId::ZipCannotRename, TANGENT_MESSAGE_TEXT("CoreMessage", "Renaming temporary file failed: %1") },
    Entry { MessageId::ZipCannotClose, TANGENT_MESSAGE_TEXT("CoreMessage", "Closing zip archive failed: %1") },
    // expat's words (XML_ErrorString).
    Entry { MessageId::XmlOutOfMemory, TANGENT_MESSAGE_TEXT("CoreMessage", "out of memory") },
    Entry { MessageId::XmlSyntax, TANGENT_MESSAGE_TEXT("CoreMessage", "syntax error") },
    Entry { MessageId::XmlNoElement, TANGENT_MESSAGE_TEXT("CoreMessage", "no element found") },
    Entry { MessageId::XmlInvalidToken, TANGENT_MESSAGE_TEXT("CoreMessage", "not well-formed (invalid token)") },
    Entry { MessageId::XmlUnclosedToken, TANGENT_MESSAGE_TEXT("CoreMessage", "unclosed token") },
    Entry { MessageId::XmlPartialCharacter, TANGENT_MESSAGE_TEXT("CoreMessage", "partial character") },
    Entry { MessageId::XmlTagMismatch, TANGENT_MESSAGE_TEXT("CoreMessage", "mismatched tag") },
    Entry { MessageId::XmlDuplicateAttribute, TANGENT_MESSAGE_TEXT("CoreMessage", "duplicate attribute") },
    Entry { MessageId::XmlJunkAfterDocument, TANGENT_MESSAGE_TEXT("CoreMessage", "junk after document element") },
    Entry { MessageId::XmlUndefinedEntity, TANGENT_MESSAGE_TEXT("CoreMessage", "undefined entity") },
    Entry { MessageId::XmlUnclosedCdata, TANGENT_MESSAGE_TEXT("CoreMessage", "unclosed CDATA section") },
    Entry { MessageId::XmlBadCharacterReference,
        TANGENT_MESSAGE_TEXT("CoreMessage", "reference to invalid character number") },
    Entry { MessageId::XmlUnboundPrefix, TANGENT_MESSAGE_TEXT("CoreMessage", "unbound prefix") },
    Entry { MessageId::XmlIncorrectEncoding,
        TANGENT_MESSAGE_TEXT("CoreMessage", "encoding specified in XML declaration is incorrect") },
    Entry { MessageId::XmlUnknownEncoding, TANGENT_MESSAGE_TEXT("CoreMessage", "unknown encoding") },
    // libxlsxwriter's words (lxw_strerror).
    Entry { MessageId::XlsxOutOfMemory,
        TANGENT_MESSAGE_TEXT("CoreMessage", "Memory error, failed to malloc() required memory.") },
    Entry { MessageId::XlsxCannotCreateFile,
        TANGENT_MESSAGE_TEXT("CoreMessage", "Error creating output xlsx file. Usually a permissions error.") },
    Entry { MessageId::XlsxCannotCreateTemporary,
        TANGENT_MESSAGE_TEXT("CoreMessage", "Error encountered when creating a tmpfile during file assembly.") },
    Entry { MessageId::XlsxCannotReadTemporary, TANGENT_MESSAGE_TEXT("CoreMessage", "Error reading a tmpfile.") },
    Entry { MessageId::XlsxZipFileOperation,
        TANGENT_MESSAGE_TEXT("CoreMessage", "Zip generic error ZIP_ERRNO while creating the xlsx file.") },
    Entry { MessageId::XlsxZipAddFile,
        TANGENT_MESSAGE_TEXT("CoreMessage", "File error or unknown zip error when adding sub file to xlsx file.") },
    Entry { MessageId::XlsxZipClose, TANGENT_MESSAGE_TEXT("CoreMessage", "Unknown zip error when closing xlsx file.") },
    // muparser's errors, in Tangent's words.
    Entry { MessageId::ExprStringsNotAllowed,
        TANGENT_MESSAGE_TEXT(
            "CoreMessage", "text in quotes is not a number; write the expression with numbers and x") },
    Entry { MessageId::ExprStringNotClosed,
        TANGENT_MESSAGE_TEXT("CoreMessage", "the text in quotes is never closed, and quotes have no place here") },
    Entry { MessageId::ExprUnexpectedArgument, TANGENT_MESSAGE_TEXT("CoreMessage", "unexpected argument '%1'") },
    Entry { MessageId::ExprConditionalWithoutElse,
        TANGENT_MESSAGE_TEXT("CoreMessage", "'?' needs ':' and a value for the other case, as in x > 0 ? x : 0") },
    Entry { MessageId::ExprMisplacedColon, TANGENT_MESSAGE_TEXT("CoreMessage", "':' without a '?' before it") },
    Entry { MessageId::ExprDivisionByZero, TANGENT_MESSAGE_TEXT("CoreMessage", "division by zero") },
    Entry { MessageId::ExprDomainError,
        TANGENT_MESSAGE_TEXT("CoreMessage", "a function is used outside its domain (such as sqrt(-1) or ln(0))") },
    Entry { MessageId::ExprNameTooLong, TANGENT_MESSAGE_TEXT("CoreMessage", "a name is too long") },
    Entry { MessageId::ExprTooLong, TANGENT_MESSAGE_TEXT("CoreMessage", "the expression is too long") },
    Entry { MessageId::ExprInvalidCharacters,
        TANGENT_MESSAGE_TEXT(
            "CoreMessage", "the expression holds characters that cannot be read (control characters)") },
    Entry { MessageId::ExprTooManyComputations,
        TANGENT_MESSAGE_TEXT("CoreMessage", "the expression needs too many computations") },
    // Batch export (core/batch/batchplan.cpp).
    Entry { MessageId::BatchStdinAmongInputs,
        TANGENT_MESSAGE_TEXT("CoreMessage", "standard input (-) cannot be one of several inputs") },
    Entry { MessageId::BatchSameOutput,
        TANGENT_MESSAGE_TEXT("CoreMessage",
            "'%1' and '%2' would both be written to '%3'; give them different names or run them separately") },
    Entry { MessageId::BatchReplacesItsInput,
        TANGENT_MESSAGE_TEXT("CoreMessage", "'%1' would be replaced by its own result; choose another output folder") },
    Entry { MessageId::BatchCannotCreateFolder,
        TANGENT_MESSAGE_TEXT("CoreMessage", "cannot create the output folder '%1': %2") },
    Entry { MessageId::BatchFileInTheWay, TANGENT_MESSAGE_TEXT("CoreMessage", "a file of that name is in the way") },
    // Smoothing options given to another method (core/smoothing/smoothing.cpp).
    Entry { MessageId::OptionBelongsToMethod,
        TANGENT_MESSAGE_TEXT("CoreMessage", "%1 belongs to --method %2, not to --method %3") },
    Entry { MessageId::OptionBelongsToMethodNotAuto,
        TANGENT_MESSAGE_TEXT("CoreMessage",
            "%1 belongs to --method %2, not to --method auto (auto chooses the method and its parameters itself)") },
    Entry { MessageId::XNotIncreasingGroupHint,
        TANGENT_MESSAGE_TEXT("CoreMessage",
            "'%1' is a text column: if the file holds one series per %1, one after another (long format), "
            "differentiate each on its own rows with %2") },
};

static_assert(messages_detail::listsInOrder(kReasons, kFirstReasonId, MessageId::Count_),
    "kReasons lists every MessageId from kFirstReasonId once, in the enum's order");

} // namespace

const char* reasonTemplate(MessageId id)
{
    const auto index = static_cast<std::size_t>(id);
    const auto first = static_cast<std::size_t>(kFirstReasonId);
    return index >= first && index - first < kReasons.size() ? kReasons[index - first].second : nullptr;
}

Message systemReason(int error)
{
    const auto id = [error]() -> MessageId {
        switch (error) {
        case ENOENT:
            return MessageId::SysNoSuchFile;
        case EACCES:
            return MessageId::SysPermissionDenied;
        case EISDIR:
            return MessageId::SysIsADirectory;
        case ENOTDIR:
            return MessageId::SysNotADirectory;
        case ENOSPC:
            return MessageId::SysNoSpace;
        case EROFS:
            return MessageId::SysReadOnlyFileSystem;
        case EMFILE:
            return MessageId::SysTooManyOpenFiles;
        case ENFILE:
            return MessageId::SysTooManyOpenFilesInSystem;
        case ENAMETOOLONG:
            return MessageId::SysNameTooLong;
        case EEXIST:
            return MessageId::SysFileExists;
        case EIO:
            return MessageId::SysInputOutput;
        case EFBIG:
            return MessageId::SysFileTooLarge;
        case EDQUOT:
            return MessageId::SysQuotaExceeded;
        case EPERM:
            return MessageId::SysNotPermitted;
        case ELOOP:
            return MessageId::SysSymlinkLoop;
        case ENOMEM:
            return MessageId::SysOutOfMemory;
        case EBUSY:
            return MessageId::SysBusy;
        default:
            return MessageId::Text;
        }
    }();
    if (id == MessageId::Text)
        return plainMessage(std::strerror(error)); // rare: the system's own words
    return Message { id, {}, {} };
}

Message sizeMessage(std::uint64_t bytes)
{
    constexpr std::uint64_t kKilo = 1000;
    if (bytes < kKilo)
        return Message { MessageId::SizeBytes, { MessageArg::integer(bytes) }, {} };
    constexpr std::array kUnits { MessageId::SizeKilobytes, MessageId::SizeMegabytes, MessageId::SizeGigabytes,
        MessageId::SizeTerabytes, MessageId::SizePetabytes, MessageId::SizeExabytes };
    double value = static_cast<double>(bytes) / kKilo;
    std::size_t unit = 0;
    while (value >= kKilo && unit + 1 < kUnits.size()) {
        value /= kKilo;
        ++unit;
    }
    std::array<char, 32> text {};
    const int precision = value < 10 ? 1 : 0;
    auto* const end
        = std::to_chars(text.data(), text.data() + text.size(), value, std::chars_format::fixed, precision).ptr;
    return Message { kUnits[unit], { MessageArg::real(std::string(text.data(), end)) }, {} };
}

} // namespace tangent
