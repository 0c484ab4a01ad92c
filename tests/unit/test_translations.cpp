// Translations are part of the product: every message of the sources is in translations/,
// translated, with the same placeholders.
#include "printers.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QStringList translations; // one, or each plural form of a %n message
    bool unfinished = false;
};

QList<TsMessage> readTs(const QString& path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    QXmlStreamReader xml(&file);
    QList<TsMessage> messages;
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name"_s) {
            context = xml.readElementText();
        } else if (xml.name() == u"source"_s) {
            current = TsMessage {context, xml.readElementText(), {}, false};
        } else if (xml.name() == u"translation"_s) {
            current.unfinished = xml.attributes().value(u"type"_s) == u"unfinished"_s;
            QString text;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == u"numerusform"_s)
                    current.translations.append(xml.readElementText());
                else if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isEndElement() && xml.name() == u"translation"_s)
                    break;
            }
            if (current.translations.isEmpty())
                current.translations.append(text);
            messages.append(current);
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return messages;
}

QStringList placeholders(const QString& text)
{
    static const QRegularExpression marker(u"%(\\d)"_s);
    QStringList found;
    auto it = marker.globalMatch(text);
    while (it.hasNext())
        found.append(it.next().captured(1));
    found.sort();
    return found;
}

const QString Source = QStringLiteral(FRONTLINE_SOURCE_DIR);

struct Catalogue
{
    const char* name; // frontline_server
    QStringList sourceDirs; // relative to the source tree
};

const QList<Catalogue>& catalogues()
{
    static const QList<Catalogue> all {{"frontline_server", {u"server"_s, u"tools/admin"_s}},
                                       {"frontline", {u"client"_s, u"shared/rpc"_s}}};
    return all;
}

} // namespace

TEST(Translations, EveryMessageIsTranslatedWithItsPlaceholders)
{
    for (const Catalogue& catalogue : catalogues()) {
        for (const QString& language : {u"de"_s, u"fr"_s}) {
            const QString path = Source + u"/translations/"_s + QString::fromLatin1(catalogue.name)
                + u'_' + language + u".ts"_s;
            const QList<TsMessage> messages = readTs(path);
            EXPECT_FALSE(messages.isEmpty()) << path.toStdString();
            for (const TsMessage& message : messages) {
                SCOPED_TRACE(path.toStdString() + ": " + message.source.toStdString());
                EXPECT_FALSE(message.unfinished);
                for (const QString& translation : message.translations) {
                    EXPECT_FALSE(translation.trimmed().isEmpty());
                    EXPECT_EQ(placeholders(translation), placeholders(message.source));
                }
            }
        }
    }
}

TEST(Translations, AreCurrentWithTheSources)
{
    for (const Catalogue& catalogue : catalogues()) {
        QTemporaryDir dir;
        const QString fresh = dir.filePath(u"fresh.ts"_s);
        QStringList arguments;
        for (const QString& folder : catalogue.sourceDirs)
            arguments << Source + u'/' + folder;
        arguments << u"-no-obsolete"_s << u"-locations"_s << u"none"_s << u"-silent"_s << u"-ts"_s
                  << fresh;
        QProcess lupdate;
        lupdate.start(QStringLiteral(FRONTLINE_LUPDATE), arguments);
        ASSERT_TRUE(lupdate.waitForFinished(120000));
        ASSERT_EQ(lupdate.exitCode(), 0) << lupdate.readAllStandardError().toStdString();
        QSet<QString> expected;
        for (const TsMessage& message : readTs(fresh))
            expected.insert(message.context + u'|' + message.source);
        const QString committedPath =
            Source + u"/translations/"_s + QString::fromLatin1(catalogue.name) + u"_de.ts"_s;
        QSet<QString> committed;
        for (const TsMessage& message : readTs(committedPath))
            committed.insert(message.context + u'|' + message.source);
        for (const QString& missing : expected - committed)
            ADD_FAILURE() << "not in translations/ (run the update_translations target): "
                          << missing.toStdString();
        for (const QString& stale : committed - expected)
            ADD_FAILURE() << "no longer in the sources: " << stale.toStdString();
    }
}
