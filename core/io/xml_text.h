// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <string_view>

namespace vigie::core {

// Numbers and times in XML text and attribute values, as Vigie's XML readers take them: from the
// UTF-16 that QXmlStreamReader hands out, or from the UTF-8 bytes of a file read without it
// (PlainXmlScanner). Both forms give the same result for the same text, to the bit: the byte forms
// read the common case themselves and hand anything unusual to the UTF-16 form.
namespace xml_text {

// UTF-8 text of a document as QXmlStreamReader decodes it there: a U+FEFF at its start is a
// character, which QString::fromUtf8 would drop as a byte order mark.
QString toQString(std::string_view utf8);

// As QString::toDouble: C locale, blanks around the number ignored, no group separators.
inline double toDouble(const QString &text, bool *ok) { return text.toDouble(ok); }
double toDouble(std::string_view utf8, bool *ok);

// An xs:dateTime / ISO 8601 time as IsoDateTime::parse reads it, blanks around it (QChar::isSpace)
// ignored; IsoDateTime::kNoTime if malformed or longer than any time.
qint64 toTime(QStringView text);
qint64 toTime(std::string_view utf8);

} // namespace xml_text

} // namespace vigie::core
