// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QXmlStreamReader>

class QIODevice;

namespace vigie::core {

// A QXmlStreamReader for files from outside: it refuses any DTD (so no external entities and no
// entity-expansion bombs), caps the element depth and the size of any single token (a text node,
// an attribute list), and feeds the parser in chunks so that memory stays bounded whatever the
// file holds. Every error carries line and column. Use it token by token like QXmlStreamReader.
class SafeXmlReader
{
  public:
    struct Limits
    {
        int maxDepth;
        qint64 maxTokenBytes; // one text node or one start tag
    };
    static constexpr Limits kDefaultLimits{256, 16 * 1024 * 1024};

    // Streams from the device (not owned; must stay open while reading).
    explicit SafeXmlReader(QIODevice *device, Limits limits = kDefaultLimits);
    // Parses a complete in-memory document (e.g. one CoT event from a socket).
    explicit SafeXmlReader(const QByteArray &data, Limits limits = kDefaultLimits);

    // Lines reported in errors are shifted by this much (for a document cut out of a larger file).
    void setLineOffset(qint64 lines) { m_lineOffset = lines; }

    QXmlStreamReader::TokenType readNext();
    // Advances to the next start element inside the current element; false at its end or on error.
    bool readNextStartElement();
    // The text of the current element (its start tag just read), capped; skips child elements.
    QString readElementText();
    // The same into *out (cleared first, its memory kept): no allocation per element for a reader
    // that reads many small ones (GPX points' ele, time, speed).
    void readElementText(QString *out);
    void skipCurrentElement();

    bool atEnd() const { return m_failed || m_xml.atEnd(); }
    bool hasError() const { return m_failed || m_xml.hasError(); }
    // "line L, column C: reason", translated.
    QString errorString() const;
    qint64 lineNumber() const { return m_xml.lineNumber() + m_lineOffset; }
    qint64 columnNumber() const { return m_xml.columnNumber(); }
    int depth() const { return m_depth; }

    // Direct access for name(), attributes(), text() of the current token.
    const QXmlStreamReader &xml() const { return m_xml; }
    QXmlStreamReader::TokenType tokenType() const { return m_xml.tokenType(); }
    QXmlStreamAttributes attributes() const { return m_xml.attributes(); }

    // Stops reading with this error (a reader's own validation, with the current position).
    void raiseError(const QString &reason);

    // The wording of its errors, for a scanner that must report the same (PlainXmlScanner).
    static QString positioned(qint64 line, qint64 column, const QString &reason); // "line L, column C: reason"
    static QString truncatedReason();
    static QString tooDeepReason(int maxDepth);

  private:
    bool feed();

    QXmlStreamReader m_xml;
    QIODevice *m_device = nullptr;
    Limits m_limits = kDefaultLimits;
    qint64 m_pending = 0;
    qint64 m_lineOffset = 0;
    int m_depth = 0;
    bool m_failed = false;
    bool m_sawRootEnd = false;
    QString m_error;
    qint64 m_errorLine = 0;
    qint64 m_errorColumn = 0;
};

// Reads past the end of the current element with `next` (a reader's readNext): the one loop
// behind SafeXmlReader's and PlainXmlScanner's skipCurrentElement().
template <typename Next>
void skipElementWith(Next next)
{
    int level = 1;
    while (level > 0) {
        const QXmlStreamReader::TokenType t = next();
        if (t == QXmlStreamReader::StartElement)
            ++level;
        else if (t == QXmlStreamReader::EndElement)
            --level;
        else if (t == QXmlStreamReader::Invalid || t == QXmlStreamReader::EndDocument)
            return;
    }
}

} // namespace vigie::core
