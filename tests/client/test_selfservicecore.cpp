// The tray applet's logic without a display: the start-with-the-session entry, the computer's
// details, and the queue of new tickets kept on disk across runs.
#include "client/core/autostart.h"
#include "client/core/clientsettings.h"
#include "client/core/credentialstore.h"
#include "client/core/session.h"
#include "client/core/systeminfo.h"
#include "client/core/ticketsubmitter.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace frontline;
using namespace frontline::client;
using namespace Qt::StringLiterals;

TEST(Autostart, WritesAndRemovesTheDesktopEntry)
{
    QTemporaryDir dir;
    Autostart autostart(u"/opt/frontline/bin/frontline-tray"_s,
                        {u"--server"_s, u"help desk:7415"_s}, dir.path());
    EXPECT_FALSE(autostart.isEnabled());
    QString error;
    ASSERT_TRUE(autostart.setEnabled(true, &error)) << error.toStdString();
    EXPECT_TRUE(autostart.isEnabled());
#if !defined(Q_OS_WIN) && !defined(Q_OS_MACOS)
    EXPECT_EQ(autostart.location(), dir.filePath(u"autostart/frontline-tray.desktop"_s));
    QFile entry(autostart.location());
    ASSERT_TRUE(entry.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(entry.readAll());
    EXPECT_TRUE(text.startsWith(u"[Desktop Entry]\n"_s));
    EXPECT_TRUE(
        text.contains(u"Exec=/opt/frontline/bin/frontline-tray --server \"help desk:7415\"\n"_s))
        << "an argument with a space is quoted";
#endif
    ASSERT_TRUE(autostart.setEnabled(false, &error));
    EXPECT_FALSE(autostart.isEnabled());
}

TEST(SystemInfo, GathersWhatTheDeskNeedsAndLabelsIt)
{
    const QList<SystemInfo::Entry> entries = SystemInfo::gather(u"1920×1080"_s);
    QStringList keys;
    for (const SystemInfo::Entry& entry : entries) {
        keys.append(entry.key);
        EXPECT_NE(SystemInfo::label(entry.key), entry.key) << entry.key.toStdString();
    }
    for (const QString& key : {u"os"_s, u"kernel"_s, u"host"_s, u"user"_s, u"addresses"_s,
                               u"memory"_s, u"disk"_s, u"display"_s, u"app_version"_s})
        EXPECT_TRUE(keys.contains(key)) << key.toStdString();
    // The wire form keeps every value to one short line; reading it back restores the order.
    const QJsonObject json = SystemInfo::toJson(entries);
    for (auto it = json.begin(); it != json.end(); ++it) {
        EXPECT_FALSE(it.value().toString().contains(u'\n'));
        EXPECT_LE(it.value().toString().size(), 500);
    }
    const QList<SystemInfo::Entry> back = SystemInfo::fromJson(json);
    ASSERT_EQ(back.size(), entries.size());
    EXPECT_EQ(back.first().key, u"os"_s);
    EXPECT_TRUE(SystemInfo::toText(back).startsWith(SystemInfo::label(u"os"_s) + u": "_s));
}

TEST(TicketSubmitter, KeepsQueuedTicketsAndTheirFilesAcrossRuns)
{
    QTemporaryDir dir;
    ClientSettings settings(dir.filePath(u"settings.ini"_s));
    MemoryCredentialStore credentials;
    Session session(settings, credentials); // never logged in: everything waits
    api::TicketCreateParams params;
    params.title = u"Docking station flickers"_s;
    params.description = u"Since the update."_s;
    {
        TicketSubmitter submitter(session);
        submitter.setStorageDir(dir.filePath(u"queue"_s));
        submitter.submit(params, {{u"photo.jpg"_s, QByteArray(1000, 'x')}});
        ASSERT_EQ(submitter.pending().size(), 1);
        EXPECT_EQ(submitter.waitingCount(), 1);
    }
    TicketSubmitter again(session);
    again.setStorageDir(dir.filePath(u"queue"_s));
    ASSERT_EQ(again.pending().size(), 1) << "a restart keeps what was not sent";
    const TicketSubmitter::Pending& item = again.pending().first();
    EXPECT_EQ(item.title(), u"Docking station flickers"_s);
    EXPECT_EQ(item.params.value("client_ref"_L1).toString(), item.id)
        << "a retry after a lost answer cannot create it twice";
    ASSERT_EQ(item.files.size(), 1);
    QFile kept(item.files.first().path);
    ASSERT_TRUE(kept.open(QIODevice::ReadOnly));
    EXPECT_EQ(kept.readAll(), QByteArray(1000, 'x'));
    kept.close();
    again.discard(item.id);
    EXPECT_TRUE(again.pending().isEmpty());
    EXPECT_FALSE(QFile::exists(item.files.first().path)) << "a discarded ticket's files go too";
}
