// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Streaming XML (expat) over one part of a workbook, with element and attribute names reduced to
// their local names ("table:table-cell" and "{urn:...}table-cell" both read "table-cell").

#include <string>
#include <string_view>

namespace tangent {

/// What the parse reports; the parse stops early when a callback returns false.
class XmlHandler {
public:
    XmlHandler() = default;
    virtual ~XmlHandler() = default;
    XmlHandler(const XmlHandler&) = delete;
    XmlHandler& operator=(const XmlHandler&) = delete;

    /// `attributes` alternates names and values and ends with nullptr, as expat gives them.
    virtual bool start(std::string_view name, const char** attributes) = 0;
    virtual bool end(std::string_view name) = 0;
    virtual void text(std::string_view /*text*/) { }
};

/// Parses `xml`. Throws InputError naming `source` and `part` for malformed XML and for a
/// document type declaration (no workbook part has one; refusing it rules out entity expansion).
void parseXml(std::string_view xml, XmlHandler& handler, const std::string& source, const std::string& part);

/// The value of attribute `name` (a local name), or nullptr.
const char* xmlAttribute(const char** attributes, std::string_view name);

/// The local part of an expat name (after the namespace separator), e.g. "table-cell".
std::string_view localName(const char* name);

} // namespace tangent
