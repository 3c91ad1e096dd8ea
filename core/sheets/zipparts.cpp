// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sheets/zipparts.h"

#include "core/errors.h"
#include "core/io/fileio.h"

#include <array>
#include <memory>

#include <zip.h>

namespace tangent {
namespace {

constexpr std::string_view kCompoundFileMagic { "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8 };

/// The UTF-16LE spelling of `ascii`, as names are stored in a compound file's directory.
std::string utf16(std::string_view ascii)
{
    std::string out;
    for (char c : ascii) {
        out += c;
        out += '\0';
    }
    return out;
}

} // namespace

Message zipReason(zip_error* error)
{
    // The system's part of the reason, for the errors libzip gives with one.
    const auto withSystem = [error](MessageId id) {
        return Message { id, {}, { systemReason(zip_error_code_system(error)) } };
    };
    switch (zip_error_code_zip(error)) {
    case ZIP_ER_NOZIP:
        return Message { MessageId::ZipNotAZip, {}, {} };
    case ZIP_ER_INCONS:
        return Message { MessageId::ZipInconsistent, {}, {} };
    case ZIP_ER_CRC:
        return Message { MessageId::ZipCrc, {}, {} };
    case ZIP_ER_NOENT:
        return Message { MessageId::ZipNoSuchEntry, {}, {} };
    case ZIP_ER_EOF:
        return Message { MessageId::ZipEndsEarly, {}, {} };
    case ZIP_ER_COMPNOTSUPP:
        return Message { MessageId::ZipCompressionNotSupported, {}, {} };
    case ZIP_ER_ENCRNOTSUPP:
        return Message { MessageId::ZipEncryptionNotSupported, {}, {} };
    case ZIP_ER_COMPRESSED_DATA:
        return Message { MessageId::ZipCompressedDataInvalid, {}, {} };
    case ZIP_ER_MEMORY:
        return Message { MessageId::ZipOutOfMemory, {}, {} };
    case ZIP_ER_READ:
        return withSystem(MessageId::ZipReadError);
    case ZIP_ER_SEEK:
        return withSystem(MessageId::ZipSeekError);
    case ZIP_ER_WRITE:
        return withSystem(MessageId::ZipWriteError);
    case ZIP_ER_OPEN:
        return withSystem(MessageId::ZipCannotOpen);
    case ZIP_ER_TMPOPEN:
        return withSystem(MessageId::ZipCannotCreateTemporary);
    case ZIP_ER_RENAME:
        return withSystem(MessageId::ZipCannotRename);
    case ZIP_ER_CLOSE:
        return withSystem(MessageId::ZipCannotClose);
    default:
        return plainMessage(zip_error_strerror(error)); // libzip's own words for the rare ones
    }
}

void refuseCompoundFile(std::string_view bytes, const std::string& source)
{
    if (bytes.substr(0, kCompoundFileMagic.size()) != kCompoundFileMagic)
        return;
    // Office writes an encrypted .xlsx as a compound file with an "EncryptionInfo" stream beside
    // "EncryptedPackage"; finding the name in the directory is enough to tell it from an .xls.
    if (bytes.find(utf16("EncryptionInfo")) != std::string_view::npos)
        throw InputError(source, 0, 0, Message { MessageId::WorkbookEncrypted, {}, {} });
    throw InputError(source, 0, 0, Message { MessageId::CompoundFile, {}, {} });
}

ZipParts::ZipParts(std::string_view bytes, std::string source, std::size_t maxPartBytes)
    : m_source(std::move(source)), m_maxPartBytes(maxPartBytes)
{
    refuseCompoundFile(bytes, m_source);
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* zipSource = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (zipSource == nullptr) {
        zip_error_fini(&error);
        throw InputError(m_source, 0, 0, Message { MessageId::CannotReadWorkbook, {}, {} });
    }
    m_zip = zip_open_from_source(zipSource, ZIP_RDONLY, &error);
    if (m_zip == nullptr) {
        zip_source_free(zipSource);
        const int code = zip_error_code_zip(&error);
        Message reason = zipReason(&error);
        zip_error_fini(&error);
        if (code == ZIP_ER_NOZIP || code == ZIP_ER_INCONS || code == ZIP_ER_READ || code == ZIP_ER_SEEK)
            throw InputError(m_source, 0, 0, Message { MessageId::NotAZip, {}, { std::move(reason) } });
        throw InputError(m_source, 0, 0, Message { MessageId::CannotOpenWorkbookZip, {}, { std::move(reason) } });
    }
    zip_error_fini(&error);
}

ZipParts::~ZipParts()
{
    if (m_zip != nullptr)
        zip_discard(m_zip);
}

std::optional<std::string> ZipParts::read(const std::string& name) const
{
    const zip_int64_t index = zip_name_locate(m_zip, name.c_str(), ZIP_FL_NOCASE);
    if (index < 0)
        return std::nullopt;
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(m_zip, static_cast<zip_uint64_t>(index), 0, &stat) != 0 || (stat.valid & ZIP_STAT_SIZE) == 0)
        throw InputError(m_source, 0, 0, Message { MessageId::WorkbookPartDamaged, { name }, {} });
    if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) != 0 && stat.encryption_method != ZIP_EM_NONE)
        throw InputError(m_source, 0, 0, Message { MessageId::WorkbookPartEncrypted, { name }, {} });
    if (stat.size > m_maxPartBytes)
        throw InputError(m_source, 0, 0,
            Message {
                MessageId::WorkbookPartTooLarge, { name }, { sizeMessage(stat.size), sizeMessage(m_maxPartBytes) } });
    const std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> file(
        zip_fopen_index(m_zip, static_cast<zip_uint64_t>(index), 0), &zip_fclose);
    if (!file)
        throw InputError(m_source, 0, 0,
            Message { MessageId::CannotReadWorkbookPart, { name }, { zipReason(zip_get_error(m_zip)) } });
    std::string data(static_cast<std::size_t>(stat.size), '\0');
    std::size_t done = 0;
    std::array<char, 1> extra {};
    while (done < data.size()) {
        const zip_int64_t n = zip_fread(file.get(), data.data() + done, data.size() - done);
        if (n < 0)
            throw InputError(m_source, 0, 0,
                Message { MessageId::WorkbookPartDamagedWhy, { name }, { zipReason(zip_file_get_error(file.get())) } });
        if (n == 0)
            throw InputError(m_source, 0, 0, Message { MessageId::WorkbookPartShorter, { name }, {} });
        done += static_cast<std::size_t>(n);
    }
    // More data than declared would be a lie about the size; libzip checks the CRC at the end, so a
    // damaged part fails this last read.
    const zip_int64_t more = zip_fread(file.get(), extra.data(), extra.size());
    if (more < 0)
        throw InputError(m_source, 0, 0,
            Message { MessageId::WorkbookPartDamagedWhy, { name }, { zipReason(zip_file_get_error(file.get())) } });
    if (more != 0)
        throw InputError(m_source, 0, 0, Message { MessageId::WorkbookPartLonger, { name }, {} });
    return data;
}

} // namespace tangent
