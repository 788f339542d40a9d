// SPDX-License-Identifier: GPL-2.0-or-later
#include "incidents/kml_incident_writer.h"

#include "incidents/incident_values.h"
#include "incidents/ogr_incident_writer.h"

#include <QCoreApplication>

namespace vigie::core {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("vigie::core::KmlIncidentWriter", text); }
const QString kSchemaId = QStringLiteral("incidents.schema");
} // namespace

QString KmlIncidentWriter::name() const { return tr("KML"); }

bool KmlIncidentWriter::open(const QString &path)
{
    m_file = std::make_unique<QSaveFile>(path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        m_error = tr("cannot create %1: %2").arg(path, m_file->errorString());
        m_file.reset();
        return false;
    }
    m_xml.setDevice(m_file.get());
    m_xml.setAutoFormatting(true);
    m_xml.setAutoFormattingIndent(1);
    m_xml.writeStartDocument();
    m_xml.writeStartElement(QStringLiteral("kml"));
    m_xml.writeDefaultNamespace(QStringLiteral("http://www.opengis.net/kml/2.2"));
    m_xml.writeStartElement(QStringLiteral("Document"));
    m_xml.writeTextElement(QStringLiteral("name"), QStringLiteral("incidents"));
    m_xml.writeStartElement(QStringLiteral("Schema"));
    m_xml.writeAttribute(QStringLiteral("name"), QStringLiteral("incidents"));
    m_xml.writeAttribute(QStringLiteral("id"), kSchemaId);
    m_fields = OgrIncidentWriter::fieldNames();
    const QStringList &fields = m_fields;
    for (int i = 0; i < fields.size(); ++i) {
        if (fields[i] == QLatin1String("description"))
            continue; // the placemark's own <description>
        m_xml.writeEmptyElement(QStringLiteral("SimpleField"));
        m_xml.writeAttribute(QStringLiteral("name"), fields[i]);
        m_xml.writeAttribute(QStringLiteral("type"), OgrIncidentWriter::isIntegerField(i) ? QStringLiteral("int") : QStringLiteral("string"));
    }
    m_xml.writeEndElement(); // Schema
    m_xml.writeStartElement(QStringLiteral("Folder"));
    m_xml.writeTextElement(QStringLiteral("name"), QStringLiteral("incidents"));
    return !m_xml.hasError();
}

bool KmlIncidentWriter::write(const Incident &x)
{
    if (!m_file)
        return false;
    const QStringList &fields = m_fields;
    const QStringList values = OgrIncidentWriter::attributeValues(x);
    m_xml.writeStartElement(QStringLiteral("Placemark"));
    if (!x.description.isEmpty())
        m_xml.writeTextElement(QStringLiteral("description"), x.description);
    m_xml.writeStartElement(QStringLiteral("TimeStamp"));
    m_xml.writeTextElement(QStringLiteral("when"), QString::fromLatin1(IncidentValues::isoDateTime(x.timeMs)));
    m_xml.writeEndElement();
    m_xml.writeStartElement(QStringLiteral("ExtendedData"));
    m_xml.writeStartElement(QStringLiteral("SchemaData"));
    m_xml.writeAttribute(QStringLiteral("schemaUrl"), QLatin1Char('#') + kSchemaId);
    for (int i = 0; i < fields.size(); ++i) {
        if (values[i].isEmpty() || fields[i] == QLatin1String("description"))
            continue;
        m_xml.writeStartElement(QStringLiteral("SimpleData"));
        m_xml.writeAttribute(QStringLiteral("name"), fields[i]);
        m_xml.writeCharacters(values[i]);
        m_xml.writeEndElement();
    }
    m_xml.writeEndElement(); // SchemaData
    m_xml.writeEndElement(); // ExtendedData
    m_xml.writeStartElement(QStringLiteral("Point"));
    m_xml.writeTextElement(QStringLiteral("coordinates"),
                           QString::fromLatin1(IncidentValues::formatDouble(x.lon) + ',' + IncidentValues::formatDouble(x.lat)));
    m_xml.writeEndElement();
    m_xml.writeEndElement(); // Placemark
    if (m_xml.hasError()) {
        m_error = tr("cannot write incident %1: %2").arg(x.id, m_file->errorString());
        return false;
    }
    return true;
}

bool KmlIncidentWriter::close()
{
    if (!m_file)
        return false;
    m_xml.writeEndDocument(); // closes Folder, Document, kml
    const bool ok = !m_xml.hasError() && m_file->commit();
    if (!ok)
        m_error = tr("cannot write %1: %2").arg(m_file->fileName(), m_file->errorString());
    m_file.reset();
    return ok;
}

} // namespace vigie::core
