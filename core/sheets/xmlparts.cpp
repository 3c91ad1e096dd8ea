// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sheets/xmlparts.h"

#include "core/errors.h"

#include <exception>
#include <limits>
#include <memory>

#include <expat.h>

namespace tangent {
namespace {

constexpr char kSeparator = '|';

struct ParseState {
    XmlHandler* handler;
    XML_Parser parser;
    bool doctype = false;
    /// An exception a handler threw: kept here and rethrown once expat has returned, since an
    /// exception must not unwind through expat's C frames (it would leak the parse's buffers).
    std::exception_ptr error;
};

/// Runs `call` (a handler callback); stops the parse when it returns false or throws.
template <typename Call> void guarded(void* data, Call call)
{
    auto* state = static_cast<ParseState*>(data);
    if (state->error)
        return;
    try {
        if (!call(*state->handler))
            XML_StopParser(state->parser, XML_FALSE);
    } catch (...) {
        state->error = std::current_exception();
        XML_StopParser(state->parser, XML_FALSE);
    }
}

void onStart(void* data, const XML_Char* name, const XML_Char** attributes)
{
    guarded(data, [&](XmlHandler& handler) { return handler.start(localName(name), attributes); });
}

void onEnd(void* data, const XML_Char* name)
{
    guarded(data, [&](XmlHandler& handler) { return handler.end(localName(name)); });
}

void onText(void* data, const XML_Char* text, int length)
{
    guarded(data, [&](XmlHandler& handler) {
        handler.text(std::string_view(text, static_cast<std::size_t>(length)));
        return true;
    });
}

void onDoctype(void* data, const XML_Char* /*name*/, const XML_Char* /*systemId*/, const XML_Char* /*publicId*/,
    int /*internalSubset*/)
{
    auto* state = static_cast<ParseState*>(data);
    state->doctype = true;
    XML_StopParser(state->parser, XML_FALSE);
}

/// What expat's `error` says, as a message: an id for the errors a damaged part gives, expat's
/// text for the rest.
Message xmlReason(XML_Error error)
{
    switch (error) {
    case XML_ERROR_NO_MEMORY:
        return Message { MessageId::XmlOutOfMemory, {}, {} };
    case XML_ERROR_SYNTAX:
        return Message { MessageId::XmlSyntax, {}, {} };
    case XML_ERROR_NO_ELEMENTS:
        return Message { MessageId::XmlNoElement, {}, {} };
    case XML_ERROR_INVALID_TOKEN:
        return Message { MessageId::XmlInvalidToken, {}, {} };
    case XML_ERROR_UNCLOSED_TOKEN:
        return Message { MessageId::XmlUnclosedToken, {}, {} };
    case XML_ERROR_PARTIAL_CHAR:
        return Message { MessageId::XmlPartialCharacter, {}, {} };
    case XML_ERROR_TAG_MISMATCH:
        return Message { MessageId::XmlTagMismatch, {}, {} };
    case XML_ERROR_DUPLICATE_ATTRIBUTE:
        return Message { MessageId::XmlDuplicateAttribute, {}, {} };
    case XML_ERROR_JUNK_AFTER_DOC_ELEMENT:
        return Message { MessageId::XmlJunkAfterDocument, {}, {} };
    case XML_ERROR_UNDEFINED_ENTITY:
        return Message { MessageId::XmlUndefinedEntity, {}, {} };
    case XML_ERROR_UNCLOSED_CDATA_SECTION:
        return Message { MessageId::XmlUnclosedCdata, {}, {} };
    case XML_ERROR_BAD_CHAR_REF:
        return Message { MessageId::XmlBadCharacterReference, {}, {} };
    case XML_ERROR_UNBOUND_PREFIX:
        return Message { MessageId::XmlUnboundPrefix, {}, {} };
    case XML_ERROR_INCORRECT_ENCODING:
        return Message { MessageId::XmlIncorrectEncoding, {}, {} };
    case XML_ERROR_UNKNOWN_ENCODING:
        return Message { MessageId::XmlUnknownEncoding, {}, {} };
    default:
        return plainMessage(XML_ErrorString(error));
    }
}

} // namespace

std::string_view localName(const char* name)
{
    const std::string_view full(name);
    const std::size_t separator = full.rfind(kSeparator);
    std::string_view local = separator == std::string_view::npos ? full : full.substr(separator + 1);
    // Without a declared namespace the prefix stays ("x:c"); drop it too.
    if (const std::size_t colon = local.rfind(':'); colon != std::string_view::npos)
        local = local.substr(colon + 1);
    return local;
}

const char* xmlAttribute(const char** attributes, std::string_view name)
{
    for (const char** a = attributes; a[0] != nullptr && a[1] != nullptr; a += 2)
        if (localName(a[0]) == name)
            return a[1];
    return nullptr;
}

void parseXml(std::string_view xml, XmlHandler& handler, const std::string& source, const std::string& part)
{
    const std::unique_ptr<XML_ParserStruct, void (*)(XML_Parser)> parser(
        XML_ParserCreateNS(nullptr, kSeparator), &XML_ParserFree);
    if (!parser)
        throw InputError(source, 0, 0, Message { MessageId::WorkbookPartOutOfMemory, { part }, {} });
    ParseState state { &handler, parser.get(), false, nullptr };
    XML_SetUserData(parser.get(), &state);
    XML_SetElementHandler(parser.get(), &onStart, &onEnd);
    XML_SetCharacterDataHandler(parser.get(), &onText);
    XML_SetStartDoctypeDeclHandler(parser.get(), &onDoctype);
    // expat takes the length as int: feed big parts in pieces.
    constexpr std::size_t kPiece = std::size_t { 1 } << 30U;
    std::size_t offset = 0;
    do {
        const std::size_t length = std::min(kPiece, xml.size() - offset);
        const bool last = offset + length == xml.size();
        const XML_Status status
            = XML_Parse(parser.get(), xml.data() + offset, static_cast<int>(length), last ? XML_TRUE : XML_FALSE);
        if (state.error)
            std::rethrow_exception(state.error);
        if (state.doctype)
            throw InputError(source, 0, 0, Message { MessageId::WorkbookPartDoctype, { part }, {} });
        if (status == XML_STATUS_SUSPENDED)
            return;
        if (status == XML_STATUS_ERROR) {
            if (XML_GetErrorCode(parser.get()) == XML_ERROR_ABORTED)
                return; // a handler had what it needed
            throw InputError(source, 0, 0,
                Message { MessageId::WorkbookPartNotXml,
                    { part, MessageArg::integer(XML_GetCurrentLineNumber(parser.get())) },
                    { xmlReason(XML_GetErrorCode(parser.get())) } });
        }
        offset += length;
    } while (offset < xml.size());
}

} // namespace tangent
