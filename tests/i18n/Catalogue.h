// SPDX-License-Identifier: MIT
#pragma once

// The messages of a Qt Linguist catalogue (resources/translations/*.ts), as
// the i18n suites read them: tst_translations checks them, EnglishText.h
// learns from them what English looks like.
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

namespace i18ntest {

// One message: its context and source, the type of its translation
// ("unfinished", "vanished", … or empty) and its translated texts (one, or
// one per plural form).
struct Message {
    QString context, source, type;
    bool numerus = false;
    QStringList translations;
};

inline QList<Message> readCatalogue(const QString& path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    while (xml.readNextStartElement() || !xml.atEnd()) {
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            Message message;
            message.context = context;
            message.numerus =
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("source")) {
                    message.source = xml.readElementText();
                } else if (xml.name() == QLatin1String("translation")) {
                    message.type = xml.attributes().value(QLatin1String("type")).toString();
                    if (!message.numerus) {
                        message.translations << xml.readElementText();
                        continue;
                    }
                    while (xml.readNextStartElement())
                        message.translations << xml.readElementText();
                } else {
                    xml.skipCurrentElement();
                }
            }
            messages << message;
        }
    }
    return messages;
}

} // namespace i18ntest
