// frontline-search-bench: what search costs.
//
//   frontline-search-bench latency [--tickets 1000000] [--articles 10000] [--db PATH]
//     seeds (or reuses) a SQLite database of N tickets with generated text (a Zipf vocabulary
//     of 20,000 words; "printer" in half of the tickets, "vpn" in 5 %, "outlook" in 0.5 %,
//     "sharepoint" in 0.05 %), a comment on every fourth ticket and M articles, starts the
//     server on it and times kb.search and kb.suggest round trips over loopback, as an agent
//     and as a requester.
//   frontline-search-bench writes [--seconds 5] [--rounds 3]
//     durable ticket.create throughput (16 connections, one create in flight each) on a server
//     that keeps its search index, and on one that does not (alternating, same database).
#include "benchseeder.h"
#include "benchserver.h"
#include "domain/ticket.h"
#include "latency.h"
#include "loadclient.h"
#include "search/searchindexer.h"
#include "storage/sqlsession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <random>
#include <vector>

using namespace Qt::StringLiterals;
using namespace frontline;

namespace {

constexpr auto Password = "bench password 2026";

// Pronounceable made-up words drawn with Zipf frequencies, like the words of real tickets.
class TextGenerator
{
public:
    TextGenerator()
        : m_random(42)
    {
        const QStringList syllables {u"ka"_s,  u"lo"_s,  u"mi"_s,  u"ter"_s, u"san"_s,  u"vo"_s,
                                     u"ple"_s, u"dor"_s, u"na"_s,  u"ri"_s,  u"ston"_s, u"bu"_s,
                                     u"gel"_s, u"fa"_s,  u"wen"_s, u"chi"_s};
        for (int i = 0; i < 20000; ++i) {
            QString word;
            int n = i + 1;
            while (n > 0) {
                word += syllables.at(n % syllables.size());
                n /= syllables.size();
            }
            m_words.append(word);
        }
        std::vector<double> weights;
        for (int i = 0; i < m_words.size(); ++i)
            weights.push_back(1.0 / (i + 1));
        m_zipf = std::discrete_distribution<int>(weights.begin(), weights.end());
    }

    QString words(int count)
    {
        QStringList out;
        for (int i = 0; i < count; ++i)
            out.append(m_words.at(m_zipf(m_random)));
        return out.join(u' ');
    }

    // Marked words at fixed frequencies, somewhere in the text.
    QString ticketText(int count)
    {
        QString text = words(count);
        std::uniform_real_distribution<double> p(0, 1);
        if (p(m_random) < 0.5)
            text += u" printer"_s;
        if (p(m_random) < 0.05)
            text += u" vpn"_s;
        if (p(m_random) < 0.005)
            text += u" outlook password"_s;
        if (p(m_random) < 0.0005)
            text += u" sharepoint access"_s;
        return text;
    }

    const QString& word(int rank) const { return m_words.at(rank); }

private:
    std::mt19937 m_random;
    QStringList m_words;
    std::discrete_distribution<int> m_zipf;
};

// A bulk import indexes what it wrote before the server starts (which would do it too).
QString indexQueued(server::SqlSession& session)
{
    QElapsedTimer timer;
    timer.start();
    try {
        session.begin();
        server::SearchIndexer::flush(session);
        session.commit();
    } catch (const server::DbException& e) {
        session.rollback();
        return e.describe();
    }
    QTextStream(stdout) << "  search index brought up to date in " << timer.elapsed() / 1000 << " s"
                        << Qt::endl;
    return {};
}

QString seedCorpus(const server::DatabaseConfig& database, qint64 tickets, int articles)
{
    QTextStream out(stdout);
    TextGenerator text;
    QElapsedTimer timer;
    timer.start();
    if (const QString error =
            bench::BenchSeeder::seed(database, tickets, QString::fromLatin1(Password),
                                     [&](qint64, Ticket& t) {
                                         t.title = text.words(6);
                                         t.description = text.ticketText(40);
                                     });
        !error.isEmpty())
        return error;
    auto opened = server::SqlSession::open(database, u"search-seeder"_s);
    if (!opened)
        return opened.error();
    server::SqlSession& session = **opened;
    server::Statement existing = session.prepare(u"SELECT COUNT(*) FROM kb_articles"_s);
    existing.exec();
    if (existing.next() && existing.int64(0) > 0)
        return indexQueued(session); // reused
    out << "  tickets seeded in " << timer.elapsed() / 1000 << " s" << Qt::endl;
    try {
        session.begin();
        server::Statement comment = session.prepare(
            u"INSERT INTO comments (ticket_id, author_id, body, internal, created_at) VALUES "
            "(?, (SELECT id FROM users WHERE username = 'agent'), ?, ?, 0)"_s);
        for (qint64 id = 4; id <= tickets; id += 4) {
            comment.bind(id).bind(text.ticketText(25)).bind(id % 20 == 0 ? 1 : 0);
            comment.exec();
            if (id % 100000 == 0) {
                session.commit();
                session.begin();
            }
        }
        server::Statement article = session.prepare(
            u"INSERT INTO kb_articles (title, body, tags, visibility, state, version, author_id, "
            "created_at, updated_at, published_at) VALUES (?, ?, '', ?, 'published', 1, "
            "(SELECT id FROM users WHERE username = 'admin'), 0, 0, 0)"_s);
        for (int i = 0; i < articles; ++i) {
            article.bind(text.words(7))
                .bind(text.ticketText(300))
                .bind(i % 10 < 7 ? u"public"_s : u"internal"_s);
            article.exec();
        }
        session.commit();
    } catch (const server::DbException& e) {
        session.rollback();
        return e.describe();
    }
    out << "  comments and articles seeded in " << timer.elapsed() / 1000 << " s" << Qt::endl;
    return indexQueued(session);
}

using bench::formatLatency;
using bench::latencyOf;
using bench::timeCalls;

int latency(const QString& serverBinary, qint64 tickets, int articles, QString dbPath)
{
    QTextStream out(stdout);
    QTemporaryDir dir;
    if (dbPath.isEmpty())
        dbPath = dir.filePath(u"search.db"_s);
    server::DatabaseConfig database;
    database.sqlitePath = dbPath;
    if (const QString error = seedCorpus(database, tickets, articles); !error.isEmpty()) {
        out << "seeding failed: " << error << Qt::endl;
        return 1;
    }
    QProcess server;
    const quint16 port =
        bench::startReadyServer(server, serverBinary, dbPath, dir.filePath(u"server.log"_s));
    if (port == 0) {
        out << "the server did not start" << Qt::endl;
        return 1;
    }
    bench::LoadClient agent;
    agent.connectTo(port);
    agent.login(u"agent"_s, QString::fromLatin1(Password));
    bench::LoadClient requester;
    requester.connectTo(port);
    requester.login(u"user7"_s, QString::fromLatin1(Password));

    TextGenerator text;
    struct Query
    {
        QString label;
        QString query;
        bool typical;
    };
    const QList<Query> queries {
        {u"rare word (0.05 %)"_s, u"sharepoint"_s, true},
        {u"two rare words"_s, u"sharepoint access"_s, true},
        {u"word in 0.5 %"_s, u"outlook"_s, true},
        {u"two words in 0.5 %"_s, u"outlook password"_s, true},
        {u"as you type: \"outl\""_s, u"outl"_s, true},
        {u"word in 5 %"_s, u"vpn"_s, true},
        {u"a mid-frequency word (Zipf rank 300)"_s, text.word(300), true},
        {u"word in half of the tickets"_s, u"printer"_s, false},
        {u"as you type, half of that word: \"printe\""_s, u"printe"_s, false},
        {u"two frequent words (50 % and 5 %)"_s, u"printer vpn"_s, false},
        {u"the most common word (rank 1, in ~all)"_s, text.word(0), false},
        {u"two-letter prefix \"ka\""_s, u"ka"_s, false},
        {u"no match"_s, u"zzzzqq"_s, false},
    };
    const int runs = 100;
    std::vector<double> typical;
    std::vector<double> any;
    out << "| query | agent p50 / p99 | requester p50 / p99 | results (agent) |" << Qt::endl
        << "|---|---:|---:|---:|" << Qt::endl;
    for (const Query& q : queries) {
        const QByteArray params =
            QJsonDocument(QJsonObject {{"query"_L1, q.query}, {"limit"_L1, 20}})
                .toJson(QJsonDocument::Compact);
        const QJsonObject sample = agent.callJson("kb.search", {{"query"_L1, q.query}});
        const auto a = timeCalls(agent, "kb.search", params, runs);
        const auto r = timeCalls(requester, "kb.search", params, runs);
        for (const auto* list : {&a, &r}) {
            any.insert(any.end(), list->begin(), list->end());
            if (q.typical)
                typical.insert(typical.end(), list->begin(), list->end());
        }
        out << "| " << q.label << " | " << formatLatency(latencyOf(a)) << " | "
            << formatLatency(latencyOf(r)) << " | "
            << sample.value("result"_L1).toObject().value("items"_L1).toArray().size() << " |"
            << Qt::endl;
    }
    const bench::Latency t = latencyOf(typical);
    const bench::Latency all = latencyOf(any);
    out << "| **typical queries, all runs** | p99 " << QString::number(t.p99, 'f', 1) << " ms | "
        << "max " << QString::number(t.max, 'f', 1) << " ms | |" << Qt::endl;
    out << "| **any query, all runs** | p99 " << QString::number(all.p99, 'f', 1) << " ms | "
        << "max " << QString::number(all.max, 'f', 1) << " ms | |" << Qt::endl;

    // Suggestions while a ticket is written: a title and the description so far.
    std::vector<double> suggest;
    for (int i = 0; i < 300; ++i) {
        const QByteArray params =
            QJsonDocument(QJsonObject {{"title"_L1, text.ticketText(5)},
                                       {"description"_L1, text.ticketText(20)}})
                .toJson(QJsonDocument::Compact);
        const auto ms = timeCalls(requester, "kb.suggest", params, 1);
        suggest.push_back(ms.front());
    }
    const bench::Latency s = latencyOf(suggest);
    out << "| `kb.suggest` (title + 20-word description, 300 different texts) | "
        << formatLatency(s) << " | max " << QString::number(s.max, 'f', 1) << " ms | |" << Qt::endl;
    server.terminate();
    server.waitForFinished(30000);
    return 0;
}

int writes(const QString& serverBinary, int seconds, int rounds)
{
    QTextStream out(stdout);
    QTemporaryDir dir;
    server::DatabaseConfig database;
    database.sqlitePath = dir.filePath(u"writes.db"_s);
    TextGenerator text;
    if (const QString error =
            bench::BenchSeeder::seed(database, 10000, QString::fromLatin1(Password),
                                     [&](qint64, Ticket& t) {
                                         t.title = text.words(6);
                                         t.description = text.ticketText(40);
                                     });
        !error.isEmpty()) {
        out << "seeding failed: " << error << Qt::endl;
        return 1;
    }
    const bench::ThroughputComparison c = bench::compareCreateThroughput(
        serverBinary, database.sqlitePath, dir.filePath(u"server.log"_s),
        QString::fromLatin1(Password), u"FRONTLINE_SEARCH_INDEXING=on"_s,
        u"FRONTLINE_SEARCH_INDEXING=off"_s, u"indexed"_s, seconds, rounds);
    out << "| durable `ticket.create`, 16 connections | " << qRound(c.withoutMedian)
        << " /s without index | " << qRound(c.withMedian)
        << " /s indexed | median change per round " << QString::number(c.medianChange * 100, 'f', 1)
        << " % |" << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(u"mode"_s, u"latency or writes"_s);
    parser.addOption({u"tickets"_s, u"Tickets in the corpus."_s, u"n"_s, u"1000000"_s});
    parser.addOption({u"articles"_s, u"Articles in the corpus."_s, u"n"_s, u"10000"_s});
    parser.addOption({u"db"_s, u"Keep (or reuse) the corpus in this SQLite file."_s, u"path"_s});
    parser.addOption({u"seconds"_s, u"Seconds per throughput phase."_s, u"s"_s, u"5"_s});
    parser.addOption({u"rounds"_s, u"Alternations of with/without the index."_s, u"n"_s, u"3"_s});
    parser.addOption({u"server"_s, u"The frontline-server binary."_s, u"path"_s,
                      QString::fromUtf8(FRONTLINE_SERVER_BIN_DEFAULT)});
    parser.process(app);
    const QString mode = parser.positionalArguments().value(0);
    if (mode == u"latency"_s)
        return latency(parser.value(u"server"_s), parser.value(u"tickets"_s).toLongLong(),
                       parser.value(u"articles"_s).toInt(), parser.value(u"db"_s));
    if (mode == u"writes"_s)
        return writes(parser.value(u"server"_s), parser.value(u"seconds"_s).toInt(),
                      parser.value(u"rounds"_s).toInt());
    parser.showHelp(1);
}
