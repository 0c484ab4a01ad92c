// The tray applet's logic without a display: the start-with-the-session entry, the computer's
// details, the queue of new tickets kept on disk across runs, and when a ticket is expected done.
#include "client/core/autostart.h"
#include "client/core/clientsettings.h"
#include "client/core/credentialstore.h"
#include "client/core/mytickets.h"
#include "client/core/session.h"
#include "client/core/systeminfo.h"
#include "client/core/ticketsubmitter.h"
#include "client/core/timetext.h"

#include <QDateTime>
#include <QFile>
#include <QLocale>
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

TEST(ExpectedBy, SaysWhenInWordsAndOnlyWhileTheTicketIsOpenAndTheClockRuns)
{
    // Tuesday 2 June 2026, 10:00 local time.
    const QDateTime now(QDate(2026, 6, 2), QTime(10, 0));
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const auto at = [&](int days, int hour) {
        return QDateTime(now.date().addDays(days), QTime(hour, 0)).toMSecsSinceEpoch();
    };
    const QLocale locale;
    const auto time = [&](int hour) {
        QString format = locale.timeFormat(QLocale::ShortFormat);
        return locale.toString(QTime(hour, 0), format.remove(u":ss"_s));
    };
    EXPECT_FALSE(TimeText::expectedBy(at(0, 14), nowMs).contains(u":00:00"_s)) << "no seconds";
    EXPECT_EQ(TimeText::expectedBy(at(0, 14), nowMs), u"Expected by today "_s + time(14));
    EXPECT_EQ(TimeText::expectedBy(at(1, 9), nowMs), u"Expected by tomorrow "_s + time(9));
    EXPECT_EQ(TimeText::expectedBy(at(3, 14), nowMs),
              u"Expected by "_s + locale.dayName(5, QLocale::ShortFormat) + u' ' + time(14))
        << "Friday, within the week: the day's name";
    EXPECT_EQ(TimeText::expectedBy(at(20, 14), nowMs),
              u"Expected by "_s + locale.toString(QDate(2026, 6, 22), u"d MMM"_s) + u' '
                  + time(14));
    EXPECT_EQ(TimeText::expectedBy(at(-1, 16), nowMs), u"Was expected by yesterday "_s + time(16));

    Ticket ticket;
    ticket.open = true;
    ticket.sla.state = u"on_track"_s;
    ticket.sla.resolveDue = at(1, 9);
    EXPECT_EQ(MyTickets::expectedBy(ticket), at(1, 9));
    ticket.sla.state = u"paused"_s; // waiting for the requester: no promise runs
    EXPECT_FALSE(MyTickets::expectedBy(ticket).has_value());
    ticket.sla.state = u"met"_s;
    ticket.open = false; // resolved or closed
    EXPECT_FALSE(MyTickets::expectedBy(ticket).has_value());
    ticket.open = true;
    ticket.sla.state = u"on_track"_s;
    ticket.sla.resolveDue.reset(); // no resolution target
    EXPECT_FALSE(MyTickets::expectedBy(ticket).has_value());
}
