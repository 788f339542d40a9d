// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "io/safe_xml_reader.h"

#include <QString>
#include <QXmlStreamReader>

#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace vigie::core {

// A byte-level reader for the plain XML that tools write (GPS loggers, gpsbabel, GIS exports), several
// times faster than QXmlStreamReader: UTF-8, an optional XML declaration, elements and attributes in
// either quote, namespace prefixes declared in the document, text with the five predefined entities
// and character references, comments and processing instructions, CRLF or LF line ends.
//
// What it reads, it reads exactly as SafeXmlReader does: the same tokens, the same text and attribute
// values, the same line numbers, and the same outcome for a file cut short, an end tag that does not
// match or nesting deeper than the limit (an error at the same place, the same wording where the
// situation is SafeXmlReader's own). Everything else (a DOCTYPE, CDATA, another entity, bytes that are
// not UTF-8, an undeclared or reserved prefix, a malformed tag, a token near the size limit, …) it
// *declines*: readNext() returns Invalid with declined() true, and the caller must read the document
// with SafeXmlReader instead. A decline can come at the very end, so a caller that must not hand
// anything on twice reads the whole document with prescan() first.
//
// Works on the whole document in memory (typically a mapped file), which must outlive it; it copies
// only the text it decodes.
class PlainXmlScanner
{
  public:
    using TokenType = QXmlStreamReader::TokenType;

    explicit PlainXmlScanner(std::string_view data, SafeXmlReader::Limits limits = SafeXmlReader::kDefaultLimits);

    // Reads the document to its end (or its first error): true if this scanner reads all of it,
    // false if it declines. `progress`, if given, is called now and then with the offset reached.
    template <typename Progress> static bool prescan(std::string_view data, SafeXmlReader::Limits limits, Progress progress);
    static bool prescan(std::string_view data, SafeXmlReader::Limits limits = SafeXmlReader::kDefaultLimits)
    {
        return prescan(data, limits, [](qint64) {});
    }

    // As SafeXmlReader. StartDocument is not reported; Characters, Comment and ProcessingInstruction are.
    TokenType readNext() { return next(false); }
    // The same, passing over text made only of blanks (checked all the same), for a caller that
    // looks only at elements: half the tokens of an indented file.
    TokenType readNextNonBlank() { return next(true); }
    void readElementText(std::string_view *out); // text directly inside, decoded; may point into the data
    void skipCurrentElement();
    TokenType tokenType() const { return m_type; }
    bool atEnd() const { return m_state != State::Reading; }
    bool hasError() const { return m_state == State::Failed || m_state == State::Declined; }
    QString errorString() const;
    void raiseError(const QString &reason);
    qint64 lineNumber() const { return lineAt(offset()); }
    qint64 lineAt(qint64 offset) const; // of an offset already read: cheap, for a report now and then
    qint64 columnNumber() const; // in UTF-16 code units, as QXmlStreamReader counts
    qint64 offset() const { return m_p - m_begin; }
    int depth() const { return m_depth; }

    // The current StartElement or EndElement.
    std::string_view name() const { return m_local; } // local name
    template <size_t N> bool isNamed(const char (&local)[N]) const
    {
        // A constant length: the comparison compiles to a few instructions, not a memcmp call.
        return m_local.size() == N - 1 && std::memcmp(m_local.data(), local, N - 1) == 0;
    }
    std::string_view qualifiedName() const { return m_qname; }
    // The current StartElement's attribute of this qualified name: its value, decoded (in *scratch when
    // it needed decoding), or false if there is none. Namespace declarations are not attributes.
    bool attribute(std::string_view qualifiedName, std::string_view *value, std::string *scratch) const;
    // All of them, in document order: index < attributeCount(); false for a namespace declaration.
    size_t attributeCount() const { return m_attributeCount; }
    bool attributeAt(size_t index, std::string_view *qualifiedName, std::string_view *value, std::string *scratch) const;
    // The current Characters token, decoded.
    std::string_view text(std::string *scratch) const;

    bool declined() const { return m_state == State::Declined; }
    // Why it declined, for tests and diagnostics (a few words, not translated); null otherwise.
    const char *declineReason() const { return m_declineReason; }

  private:
    enum class State { Reading, Ended, Failed, Declined };
    struct Attribute
    {
        std::string_view qname, prefix, local, raw; // raw: between the quotes
        bool plain;                                  // raw is the value (no reference, no blank to normalise)
        bool declaration;                            // xmlns or xmlns:p
    };
    struct Open
    {
        std::string_view qname;
        size_t localStart; // after the prefix and its colon
        size_t prefixesBefore;
    };

    TokenType next(bool skipBlankText);
    TokenType readText();
    TokenType readStartTag();
    TokenType readEndTag();
    TokenType readComment();
    TokenType readProcessingInstruction();
    bool readDeclaration();
    bool resolveNamespaces(std::string_view elementPrefix);
    bool isDeclared(std::string_view prefix) const;

    TokenType endOfData();                 // no byte left between tokens
    TokenType ranOut(const char *limit);   // a token cut by the end of the data or by the size limit
    // The body of a comment or processing instruction from p: where its end (`first`, `second`)
    // starts, or nullptr with *failed set (declined, or not ended before limit).
    const char *markupBodyEnd(const char *p, const char *limit, char first, char second, TokenType *failed);
    TokenType unfinished();                // a comment or processing instruction that does not end
    TokenType decline(const char *why);
    TokenType fail(const char *at, const QString &reason);
    const char *tokenLimit(const char *from) const
    {
        // Half of SafeXmlReader's cap on a token, so that no token read here comes near it there.
        const qint64 cap = m_limits.maxTokenBytes / 2;
        return m_end - from > cap ? from + cap : m_end;
    }

    const char *m_begin;
    const char *m_content; // after a byte order mark: where QXmlStreamReader starts counting columns
    const char *m_end;
    const char *m_p;
    SafeXmlReader::Limits m_limits;
    State m_state = State::Reading;
    TokenType m_type = QXmlStreamReader::NoToken;
    int m_depth = 0;
    bool m_rootClosed = false;
    bool m_pendingEnd = false; // <a/>: its EndElement comes next

    std::string_view m_qname, m_local;
    std::vector<Attribute> m_attributes;
    size_t m_attributeCount = 0;
    std::vector<Open> m_open; // [1, depth]: the open elements, sized once
    std::vector<std::string_view> m_prefixes; // declared, innermost last
    std::vector<qint64> m_textBytes;          // per depth: text directly inside the open element so far
    const char *m_textBegin = nullptr;
    const char *m_textEnd = nullptr;
    bool m_textPlain = true;
    bool m_textBlank = true;
    std::string m_textBuffer;

    QString m_error;
    qint64 m_errorLine = 0;
    qint64 m_errorColumn = 0;
    const char *m_declineReason = nullptr;
    mutable const char *m_lineCounted; // lineNumber(): '\n' counted up to here
    mutable qint64 m_linesBefore = 0;
};

template <typename Progress> bool PlainXmlScanner::prescan(std::string_view data, SafeXmlReader::Limits limits, Progress progress)
{
    PlainXmlScanner s(data, limits);
    for (unsigned n = 1; !s.atEnd(); ++n) {
        s.readNextNonBlank();
        if ((n & 0xFFFF) == 0)
            progress(s.offset());
    }
    return !s.declined();
}

} // namespace vigie::core
