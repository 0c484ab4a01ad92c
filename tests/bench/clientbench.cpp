// frontline-client-bench: the agent client's responsiveness against a running server, measured
// with the client's own code (session, directory, queue model, the queue table widget):
//   - from login to the first page of a queue shown;
//   - scrolling the queue to row 10,000: the longest the event loop was busy at once (what the
//     user feels as a frozen window);
//   - a change made by another agent: from its request to the row updated in the queue;
//   - the client's memory with 10,000 rows loaded.
//
//   frontline-client-bench --port 7600 [--user agent --password "..."] [--rows 10000]
// The server must be running (e.g. on the database frontline-bench seeded; see the README).
#include "api/methods.h"
#include "client/app/tickettable.h"
#include "client/core/clientsettings.h"
#include "client/core/credentialstore.h"
#include "client/core/directory.h"
#include "client/core/session.h"
#include "client/core/ticketlistmodel.h"
#include "rpc/rpcclient.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

using namespace Qt::StringLiterals;
using namespace frontline;
using namespace frontline::client;

namespace {

bool spin(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

// The longest the event loop was busy with one event: how long a user's input waits at worst
// (a frozen window). Every event is timed as the application delivers it.
class BlockProbe final : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject* receiver, QEvent* event) override
    {
        if (m_depth++ > 0) { // nested: counted in the outer event
            const bool done = QApplication::notify(receiver, event);
            --m_depth;
            return done;
        }
        QElapsedTimer timer;
        timer.start();
        const bool done = QApplication::notify(receiver, event);
        --m_depth;
        const double ms = timer.nsecsElapsed() / 1e6;
        if (ms > m_max) {
            m_max = ms;
            m_worst = QStringLiteral("%1 to %2")
                          .arg(int(event->type()))
                          .arg(QString::fromLatin1(receiver->metaObject()->className()));
        }
        return done;
    }
    void reset() { m_max = 0; }
    double maxMs() const { return m_max; }
    QString worst() const { return m_worst; }

private:
    QString m_worst;
    int m_depth = 0;
    double m_max = 0;
};

double rssMb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    BlockProbe app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions(
        {{u"port"_s, u"The running server's port."_s, u"port"_s},
         {u"user"_s, u"Agent to log in as."_s, u"name"_s, u"agent"_s},
         {u"password"_s, u"The agent's password."_s, u"password"_s, u"bench password 2026"_s},
         {u"rows"_s, u"Rows to scroll to."_s, u"count"_s, u"10000"_s},
         {u"changes"_s, u"Remote changes to time."_s, u"count"_s, u"20"_s}});
    parser.process(app);
    QTextStream out(stdout);
    if (!parser.isSet(u"port"_s)) {
        out << "--port is required (a running frontline-server)" << Qt::endl;
        return 2;
    }
    const quint16 port = quint16(parser.value(u"port"_s).toUInt());
    const int wantedRows = parser.value(u"rows"_s).toInt();

    QTemporaryDir dir;
    ClientSettings settings(dir.filePath(u"client.ini"_s));
    MemoryCredentialStore credentials;
    Session session(settings, credentials);
    session.setEndpoint({u"127.0.0.1"_s, port, false});
    session.rpc().setDefaultTimeout(30000);
    Directory directory(session);
    TicketListModel model(session, directory.workflow());
    ui::TicketTable table;
    table.setModel(&model);
    table.resize(1000, 700);
    table.show();
    BlockProbe& probe = app;

    // 1. Login to first page, as the app does it: login, directory, then the queue.
    QElapsedTimer clock;
    clock.start();
    session.login(parser.value(u"user"_s), parser.value(u"password"_s), false);
    if (!spin([&] { return session.isReady(); }, 30000)) {
        out << "login failed" << Qt::endl;
        return 1;
    }
    const double loggedInMs = clock.nsecsElapsed() / 1e6;
    directory.refresh();
    api::TicketFilter open;
    open.open = true;
    model.setQuery(TicketQuery(open, api::TicketSort::Priority));
    spin([&] { return model.rowCount() > 0 && directory.isLoaded(); }, 30000);
    table.viewport()->repaint(); // painted, not only received
    const double firstPageMs = clock.nsecsElapsed() / 1e6;

    // 2. Scroll a queue of every ticket (newest change first) down to row N, as a user
    // dragging the scroll bar would: the view asks for more at the bottom.
    model.setQuery(TicketQuery({}, api::TicketSort::UpdatedDesc));
    spin([&] { return model.rowCount() > 0 && !model.isLoading(); }, 30000);
    probe.reset();
    QElapsedTimer scrolling;
    scrolling.start();
    while (model.rowCount() < wantedRows && scrolling.elapsed() < 120000) {
        table.verticalScrollBar()->setValue(table.verticalScrollBar()->maximum());
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    spin([&] { return !model.isLoading(); }, 30000);
    const double scrollMs = scrolling.nsecsElapsed() / 1e6;
    const double worstBlockMs = probe.maxMs();
    QTextStream(stderr) << "worst event: " << probe.worst() << Qt::endl;
    const int rows = model.rowCount();
    const double rss = rssMb();

    // 3. Another agent changes tickets in view: time until the row shows it.
    rpc::RpcClient other;
    other.setEndpoint({u"127.0.0.1"_s, port, false});
    other.open();
    bool otherReady = false;
    other.call(QString(api::method::AuthLogin),
               QJsonObject {{"username"_L1, parser.value(u"user"_s)},
                            {"password"_L1, parser.value(u"password"_s)}},
               &app, [&](const rpc::RpcReply& reply) { otherReady = !reply.isError(); });
    spin([&] { return otherReady; }, 30000);
    std::vector<double> changes;
    for (int i = 0; i < parser.value(u"changes"_s).toInt(); ++i) {
        const int row = 5 + i;
        const Ticket ticket = model.ticketAt(row);
        const QString title =
            u"Bench change %1 at %2"_s.arg(i).arg(QDateTime::currentMSecsSinceEpoch());
        QElapsedTimer change;
        change.start();
        other.call(
            QString(api::method::TicketUpdate),
            QJsonObject {{"id"_L1, ticket.id}, {"version"_L1, ticket.version}, {"title"_L1, title}},
            &app, [](const rpc::RpcReply&) {});
        const bool seen = spin(
            [&] {
                const int at = model.rowOf(ticket.id);
                return at >= 0 && model.ticketAt(at).title == title;
            },
            10000);
        if (seen)
            changes.push_back(change.nsecsElapsed() / 1e6);
    }
    std::sort(changes.begin(), changes.end());

    out << "| client measure | result |" << Qt::endl << "|---|---|" << Qt::endl;
    out << "| login answered | " << QString::number(loggedInMs, 'f', 1) << " ms |" << Qt::endl;
    out << "| login to first queue page painted (all open, by priority) | "
        << QString::number(firstPageMs, 'f', 1) << " ms |" << Qt::endl;
    out << "| scroll to row " << rows << " (pages of 100 fetched as the view reaches the bottom) | "
        << QString::number(scrollMs, 'f', 0) << " ms in all; longest UI block "
        << QString::number(worstBlockMs, 'f', 1) << " ms |" << Qt::endl;
    if (!changes.empty())
        out << "| another agent's change visible in the queue (" << changes.size()
            << " changes) | p50 " << QString::number(changes[changes.size() / 2], 'f', 1)
            << " ms, max " << QString::number(changes.back(), 'f', 1) << " ms |" << Qt::endl;
    out << "| client RSS with " << rows << " rows loaded | " << QString::number(rss, 'f', 0)
        << " MB |" << Qt::endl;
    return 0;
}
