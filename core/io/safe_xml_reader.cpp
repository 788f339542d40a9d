// SPDX-License-Identifier: GPL-2.0-or-later
#include "io/safe_xml_reader.h"

#include <QCoreApplication>
#include <QIODevice>

namespace vigie::core {

namespace {
constexpr qint64 kChunk = 256 * 1024;
}

SafeXmlReader::SafeXmlReader(QIODevice *device, Limits limits) : m_device(device), m_limits(limits)
{
    // Entities are refused anyway (no DTD); this keeps Qt from expanding even predefined growth.
    m_xml.setNamespaceProcessing(true);
}

SafeXmlReader::SafeXmlReader(const QByteArray &data, Limits limits) : m_limits(limits)
{
    m_xml.setNamespaceProcessing(true);
    m_xml.addData(data);
}

bool SafeXmlReader::feed()
{
    if (!m_device || m_device->atEnd())
        return false;
    const QByteArray chunk = m_device->read(kChunk);
    if (chunk.isEmpty())
        return false;
    m_pending += chunk.size();
    if (m_pending > m_limits.maxTokenBytes) {
        raiseError(QCoreApplication::translate("vigie::core::SafeXmlReader",
                                               "an XML element or text is larger than %1 MB; refused")
                       .arg(m_limits.maxTokenBytes / (1024 * 1024)));
        return false;
    }
    m_xml.addData(chunk);
    return true;
}

void SafeXmlReader::raiseError(const QString &reason)
{
    if (m_failed)
        return;
    m_failed = true;
    m_error = reason;
    m_errorLine = lineNumber();
    m_errorColumn = columnNumber();
}

QString SafeXmlReader::positioned(qint64 line, qint64 column, const QString &reason)
{
    return QCoreApplication::translate("vigie::core::SafeXmlReader", "line %1, column %2: %3").arg(line).arg(column).arg(reason);
}

QString SafeXmlReader::truncatedReason()
{
    return QCoreApplication::translate("vigie::core::SafeXmlReader", "the file ends in the middle of the XML (truncated?)");
}

QString SafeXmlReader::tooDeepReason(int maxDepth)
{
    return QCoreApplication::translate("vigie::core::SafeXmlReader", "XML nested deeper than %1 levels; refused").arg(maxDepth);
}

QString SafeXmlReader::errorString() const
{
    if (m_failed)
        return positioned(m_errorLine, m_errorColumn, m_error);
    if (m_xml.hasError())
        return positioned(lineNumber(), columnNumber(), m_xml.errorString());
    return QString();
}

QXmlStreamReader::TokenType SafeXmlReader::readNext()
{
    if (m_failed)
        return QXmlStreamReader::Invalid;
    for (;;) {
        const QXmlStreamReader::TokenType t = m_xml.readNext();
        if (t == QXmlStreamReader::Invalid && m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError) {
            if (feed())
                continue;
            if (m_failed)
                return QXmlStreamReader::Invalid;
            if (m_sawRootEnd && m_depth == 0)
                return QXmlStreamReader::EndDocument; // all data seen and the root closed
            if (m_xml.tokenType() == QXmlStreamReader::NoToken || !m_sawRootEnd)
                raiseError(truncatedReason());
            return QXmlStreamReader::Invalid;
        }
        m_pending = 0;
        switch (t) {
        case QXmlStreamReader::DTD:
            raiseError(QCoreApplication::translate("vigie::core::SafeXmlReader",
                                                   "document type declarations (DTD) are refused"));
            return QXmlStreamReader::Invalid;
        case QXmlStreamReader::EntityReference:
            raiseError(QCoreApplication::translate("vigie::core::SafeXmlReader", "entity references are refused"));
            return QXmlStreamReader::Invalid;
        case QXmlStreamReader::StartElement:
            if (++m_depth > m_limits.maxDepth) {
                raiseError(tooDeepReason(m_limits.maxDepth));
                return QXmlStreamReader::Invalid;
            }
            break;
        case QXmlStreamReader::EndElement:
            if (--m_depth == 0)
                m_sawRootEnd = true;
            break;
        default: break;
        }
        return t;
    }
}

bool SafeXmlReader::readNextStartElement()
{
    while (true) {
        const auto t = readNext();
        if (t == QXmlStreamReader::StartElement)
            return true;
        if (t == QXmlStreamReader::EndElement || t == QXmlStreamReader::Invalid || t == QXmlStreamReader::EndDocument)
            return false;
    }
}

QString SafeXmlReader::readElementText()
{
    QString out;
    readElementText(&out);
    return out;
}

void SafeXmlReader::readElementText(QString *out)
{
    if (!out->isEmpty())
        out->resize(0); // keeps the memory; a null string stays null (no text reads as before)
    int level = 1;
    while (level > 0) {
        const auto t = readNext();
        switch (t) {
        case QXmlStreamReader::Characters:
            if (level == 1) {
                if (out->size() + m_xml.text().size() > m_limits.maxTokenBytes) {
                    raiseError(QCoreApplication::translate("vigie::core::SafeXmlReader", "an XML text is too large; refused"));
                    out->resize(0);
                    return;
                }
                *out += m_xml.text();
            }
            break;
        case QXmlStreamReader::StartElement: ++level; break;
        case QXmlStreamReader::EndElement: --level; break;
        case QXmlStreamReader::Invalid:
        case QXmlStreamReader::EndDocument: return;
        default: break;
        }
    }
}

void SafeXmlReader::skipCurrentElement()
{
    skipElementWith([this] { return readNext(); });
}

} // namespace vigie::core
