// The tray applet's logic without a display: the start-with-the-session entry, the computer's
// details, the outbox keeping new tickets and their files on disk across runs, the new-ticket
// draft's checks, and when a ticket is expected done.
#include "client/core/autostart.h"
#include "client/core/clientsettings.h"
#include "client/core/credentialstore.h"
#include "client/core/mytickets.h"
#include "client/core/outbox.h"
#include "client/core/outboxmodel.h"
#include "client/core/session.h"
#include "client/core/systeminfo.h"
#include "client/core/ticketdraft.h"
#include "client/core/timetext.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QDir>
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

#if !defined(Q_OS_WIN) && !defined(Q_OS_MACOS)
// The frontline-tray package starts the applet for everyone (/etc/xdg/autostart); a user who
// turns autostart off gets an entry of their own that hides it, and can turn it on again.
TEST(Autostart, AUserCanTurnOffThePackagesSystemWideEntry)
{
    QTemporaryDir user, system;
    ASSERT_TRUE(QDir(system.path()).mkpath(u"autostart"_s));
    QFile packaged(system.filePath(u"autostart/frontline-tray.desktop"_s));
    ASSERT_TRUE(packaged.open(QIODevice::WriteOnly));
    packaged.write("[Desktop Entry]\nType=Application\nName=Frontline Help\nExec=frontline-tray\n");
    packaged.close();

    Autostart autostart(u"/usr/bin/frontline-tray"_s, {}, user.path(), QStringList {system.path()});
    EXPECT_EQ(autostart.systemEntry(), packaged.fileName());
    EXPECT_TRUE(autostart.isEnabled()) << "the package's entry starts it";

    QString error;
    ASSERT_TRUE(autostart.setEnabled(false, &error)) << error.toStdString();
    EXPECT_FALSE(autostart.isEnabled());
    QFile mine(autostart.location());
    ASSERT_TRUE(mine.open(QIODevice::ReadOnly)) << "a user entry replaces the system one";
    EXPECT_TRUE(mine.readAll().contains("\nHidden=true\n"));
    EXPECT_TRUE(packaged.exists()) << "the package's file is not the user's to remove";

    ASSERT_TRUE(autostart.setEnabled(true, &error)) << error.toStdString();
    EXPECT_TRUE(autostart.isEnabled());
    mine.close();
    ASSERT_TRUE(mine.open(QIODevice::ReadOnly));
    EXPECT_FALSE(mine.readAll().contains("Hidden=true"));
}
#endif

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

TEST(Outbox, KeepsQueuedTicketsAndTheirFilesAcrossRuns)
{
    QTemporaryDir dir;
    ClientSettings settings(dir.filePath(u"settings.ini"_s));
    MemoryCredentialStore credentials;
    Session session(settings, credentials); // never logged in: everything waits
    TicketDraft draft;
    draft.title = u"Docking station flickers"_s;
    draft.description = u"Since the update."_s;
    Outbox::FollowUp followUp;
    followUp.files.append({u"photo.jpg"_s, QByteArray(1000, 'x')});
    followUp.linkTo = 42;
    const QString path = dir.filePath(u"outbox.json"_s);
    {
        Outbox outbox(session);
        outbox.setStoragePath(path);
        outbox.submit(u"ticket.create"_s, draft.params().toJson(), u"New ticket"_s, 0, followUp);
        ASSERT_EQ(outbox.items().size(), 1);
        EXPECT_EQ(outbox.waitingCount(), 1);
    }
    Outbox again(session);
    again.setStoragePath(path);
    ASSERT_EQ(again.items().size(), 1) << "a restart keeps what was not sent";
    const Outbox::Item item = again.items().first();
    EXPECT_EQ(item.params.value("title"_L1).toString(), u"Docking station flickers"_s);
    EXPECT_EQ(item.params.value("client_ref"_L1).toString(), item.id)
        << "a retry after a lost answer cannot create it twice";
    EXPECT_EQ(item.linkTo, 42) << "the ticket it was raised from is kept too";
    EXPECT_FALSE(item.called);
    ASSERT_EQ(item.files.size(), 1);
    QFile kept(item.files.first().path);
    ASSERT_TRUE(kept.open(QIODevice::ReadOnly));
    EXPECT_EQ(kept.readAll(), QByteArray(1000, 'x'));
    kept.close();

    // The user sees it, with its file, waiting.
    OutboxModel model(again);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model.rowCount(), 1);
    const QString change = model.index(0, OutboxModel::ChangeColumn).data().toString();
    EXPECT_TRUE(change.startsWith(u"New ticket (1 file"_s)) << change.toStdString();
    EXPECT_EQ(model.index(0, OutboxModel::StateColumn).data().toString(), u"Waiting"_s);
    EXPECT_EQ(model.index(0, 0).data(OutboxModel::ItemIdRole).toString(), item.id);
    EXPECT_TRUE(item.canDiscard());
    EXPECT_FALSE(item.canRetry()) << "nothing to retry: it was not refused";

    again.discard(item.id);
    EXPECT_TRUE(again.items().isEmpty());
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(model.summary(), u"Everything has been sent."_s);
    EXPECT_FALSE(QFile::exists(item.files.first().path)) << "a discarded ticket's files go too";
}

TEST(Outbox, TakesOverTheAppletsEarlierTicketQueue)
{
    QTemporaryDir dir;
    ClientSettings settings(dir.filePath(u"settings.ini"_s));
    MemoryCredentialStore credentials;
    Session session(settings, credentials);
    // What the applet's earlier queue left: one ticket and its screenshot, not yet sent.
    const QString old = dir.filePath(u"tray-queue-rita"_s);
    ASSERT_TRUE(QDir().mkpath(old));
    {
        QFile shot(old + u"/ref-1-0-screenshot.png"_s);
        ASSERT_TRUE(shot.open(QIODevice::WriteOnly));
        shot.write("png bytes");
        QFile queue(old + u"/queue.json"_s);
        ASSERT_TRUE(queue.open(QIODevice::WriteOnly));
        queue.write(R"([{"id": "ref-1", "params": {"title": "Printer", "description": "d",
            "client_ref": "ref-1"}, "files": [{"name": "screenshot.png",
            "path": ")"
                    + old.toUtf8() + R"(/ref-1-0-screenshot.png", "sent": false}],
            "ticket": 0, "queued_at": 1000, "failed": false}])");
    }
    Outbox outbox(session);
    outbox.setStoragePath(dir.filePath(u"tray-outbox-rita.json"_s));
    outbox.adoptTicketQueue(old);
    ASSERT_EQ(outbox.items().size(), 1);
    const Outbox::Item item = outbox.items().first();
    EXPECT_EQ(item.method, u"ticket.create"_s);
    EXPECT_EQ(item.params.value("client_ref"_L1).toString(), u"ref-1"_s)
        << "still recognised by the server if it was sent before";
    ASSERT_EQ(item.files.size(), 1);
    QFile moved(item.files.first().path);
    ASSERT_TRUE(moved.open(QIODevice::ReadOnly)) << "the file moved with it";
    EXPECT_EQ(moved.readAll(), QByteArray("png bytes"));
    EXPECT_FALSE(QDir(old).exists()) << "the old queue is gone";
    Outbox restarted(session);
    restarted.setStoragePath(dir.filePath(u"tray-outbox-rita.json"_s));
    EXPECT_EQ(restarted.items().size(), 1) << "kept in the outbox from now on";
}

TEST(TicketDraft, NamesTheFieldThatKeepsItFromBeingSent)
{
    TicketDraft draft;
    ASSERT_TRUE(draft.validate().has_value());
    EXPECT_EQ(draft.validate()->field, u"title"_s) << "a title is needed";

    draft.title = QString(300, u'x');
    ASSERT_TRUE(draft.validate().has_value());
    EXPECT_EQ(draft.validate()->field, u"title"_s) << "the server's own length rule";
    EXPECT_TRUE(draft.validate()->message.startsWith(u"Title"_s))
        << draft.validate()->message.toStdString();

    draft.title = u"Phone: screen flickers"_s;
    draft.requesterName = u"Nobody we know"_s;
    ASSERT_TRUE(draft.validate().has_value());
    EXPECT_EQ(draft.validate()->field, u"requester"_s) << "a caller typed but not picked";
    draft.requester = 7;
    EXPECT_FALSE(draft.validate().has_value());

    draft.files.append({u"huge.iso"_s, QByteArray(TicketDraft::MaxFileBytes + 1, 'x')});
    ASSERT_TRUE(draft.validate().has_value());
    EXPECT_EQ(draft.validate()->field, u"file"_s);
    EXPECT_TRUE(draft.validate()->message.contains(u"huge.iso"_s));
    draft.files.clear();

    // What goes on the wire: the same keys as ever.
    draft.type = TicketType::Problem;
    draft.category = u"Email"_s;
    draft.urgency = Level::High;
    const QJsonObject params = draft.params().toJson();
    EXPECT_EQ(params.value("type"_L1).toString(), u"problem"_s);
    EXPECT_EQ(params.value("category"_L1).toString(), u"Email"_s);
    EXPECT_EQ(params.value("urgency"_L1).toString(), u"high"_s);
    EXPECT_EQ(params.value("requester"_L1).toInteger(), 7);
    EXPECT_FALSE(params.contains("system_info"_L1)) << "none gathered, none sent";
}

TEST(TicketDraft, AProblemRaisedFromATicketSaysWhereItCameFrom)
{
    Ticket incident;
    incident.id = 31;
    incident.title = u"Mail is slow for everyone"_s;
    incident.description = u"Since 9:00."_s;
    incident.category = u"Email"_s;
    incident.impact = Level::High;
    const TicketDraft draft = TicketDraft::raisedFromTicket(incident, TicketType::Problem);
    EXPECT_EQ(draft.type, TicketType::Problem);
    EXPECT_EQ(draft.title, incident.title);
    EXPECT_TRUE(draft.description.startsWith(u"Raised from #31"_s));
    EXPECT_TRUE(draft.description.contains(u"Since 9:00."_s));
    EXPECT_EQ(draft.category, u"Email"_s);
    EXPECT_EQ(draft.impact, Level::High);
    EXPECT_EQ(draft.raisedFrom, 31);
    EXPECT_FALSE(draft.validate().has_value());
}

TEST(TicketDraft, ReadsAFileToAttachOrSaysWhyNot)
{
    QTemporaryDir dir;
    const QString log = dir.filePath(u"setup.log"_s);
    {
        QFile file(log);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("Error 1603\n");
    }
    auto read = TicketDraft::readFile(log);
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read->name, u"setup.log"_s);
    EXPECT_EQ(read->bytes, QByteArray("Error 1603\n"));
    ASSERT_TRUE(QFile(dir.filePath(u"empty.txt"_s)).open(QIODevice::WriteOnly));
    auto empty = TicketDraft::readFile(dir.filePath(u"empty.txt"_s));
    ASSERT_FALSE(empty.ok());
    EXPECT_TRUE(empty.error().contains(u"empty"_s));
    EXPECT_FALSE(TicketDraft::readFile(dir.filePath(u"missing.txt"_s)).ok());
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
