// The knowledge base's and the dashboard's controllers against a real server: what the
// windows show comes from them, typed, and they are the only ones that call.
#include "client/core/articledraft.h"
#include "client/core/clientsettings.h"
#include "client/core/credentialstore.h"
#include "client/core/dashboardreport.h"
#include "client/core/kb/articlehistory.h"
#include "client/core/kb/articlereader.h"
#include "client/core/kb/articlesaver.h"
#include "client/core/kb/knowledgebase.h"
#include "client/core/searchresults.h"
#include "client/core/session.h"
#include "serverfixture.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace frontline;
using namespace frontline::client;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

struct KbClient
{
    KbClient(quint16 port, const QString& username)
        : settings(dir.filePath(u"settings.ini"_s))
        , session(settings, credentials)
    {
        session.setEndpoint({u"127.0.0.1"_s, port, false});
        session.rpc().setDefaultTimeout(5000);
        session.login(username, QString::fromLatin1(ServerFixture::Password), false);
        ready = waitUntil([this] { return session.isReady(); }, 10000);
    }

    QTemporaryDir dir;
    ClientSettings settings;
    MemoryCredentialStore credentials;
    Session session;
    bool ready = false;
};

class KbCoreTest : public ServerFixture
{
protected:
    void SetUp() override
    {
        ServerFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        createUser(u"rita"_s, u"requester"_s);
        createUser(u"alex"_s, u"agent"_s);
        createUser(u"mona"_s, u"manager"_s);
    }

    // Saves `draft` as `saver` and returns the stored article (id 0 when it failed).
    static Article save(kb::ArticleSaver& saver, const ArticleDraft& draft)
    {
        QSignalSpy saved(&saver, &kb::ArticleSaver::saved);
        QSignalSpy failed(&saver, &kb::ArticleSaver::failed);
        saver.save(draft);
        if (!waitUntil([&] { return saved.count() + failed.count() > 0; }) || saved.isEmpty())
            return {};
        EXPECT_FALSE(saver.isSaving());
        return saved.at(0).at(0).value<Article>();
    }
};

} // namespace

TEST_P(KbCoreTest, AnAgentWritesEditsPublishesAndReadsTheHistory)
{
    KbClient alex(server().port(), u"alex"_s);
    ASSERT_TRUE(alex.ready);
    kb::ArticleSaver saver(alex.session);
    ArticleDraft draft;
    draft.title = u"Printer shows E-42"_s;
    draft.body = u"Turn it off and on."_s;
    draft.tags = {u"printer"_s};
    draft.visibility = u"public"_s;
    const Article written = save(saver, draft);
    ASSERT_GT(written.id, 0);
    EXPECT_EQ(written.title, draft.title);
    EXPECT_EQ(written.state, u"draft"_s);
    EXPECT_EQ(written.version, 1);

    // A second version, then an edit from the first one: a conflict, said as such.
    ArticleDraft edit = ArticleDraft::fromArticle(written);
    edit.title = u"Printer shows error E-42"_s;
    edit.body = u"Turn it off and on.\nThen print a test page."_s;
    const Article edited = save(saver, edit);
    EXPECT_EQ(edited.version, 2);
    EXPECT_EQ(edited.title, edit.title);
    QSignalSpy failed(&saver, &kb::ArticleSaver::failed);
    saver.save(edit); // still from version 1
    ASSERT_TRUE(waitUntil([&] { return failed.count() == 1; }));
    EXPECT_TRUE(failed.at(0).at(1).toBool()) << "a stale version is a conflict";
    EXPECT_FALSE(failed.at(0).at(0).toString().isEmpty());

    // The list, the chosen article and publishing it.
    kb::KnowledgeBase base(alex.session);
    QSignalSpy listed(&base, &kb::KnowledgeBase::listed);
    base.list(u"draft"_s);
    ASSERT_TRUE(waitUntil([&] { return listed.count() == 1; }));
    ASSERT_EQ(base.articles().size(), 1);
    EXPECT_EQ(base.articles()[0].title, edit.title);
    EXPECT_TRUE(base.articles()[0].body.isEmpty()) << "a list carries titles only";
    base.open(written.id);
    ASSERT_TRUE(waitUntil([&] { return base.current().id == written.id; }));
    EXPECT_EQ(base.current().body, edit.body);
    base.setState(u"published"_s);
    ASSERT_TRUE(waitUntil([&] { return base.current().state == u"published"_s; }));
    ASSERT_TRUE(waitUntil([&] { return listed.count() == 2; }));
    EXPECT_TRUE(base.articles().isEmpty()) << "no drafts left";

    // Linked to a ticket it answers: staff see where it helps.
    auto requester = connectAs(u"rita"_s);
    const qint64 ticket =
        createTicket(*requester,
                     QJsonObject {{"title"_L1, u"E-42 again"_s}, {"description"_L1, u"d"_s}})
            .value("id"_L1)
            .toInteger();
    bool linked = false;
    kb::KnowledgeBase::link(alex.session, written.id, ticket, [&linked] { linked = true; });
    ASSERT_TRUE(waitUntil([&] { return linked; }));
    base.open(written.id);
    ASSERT_TRUE(waitUntil([&] { return base.current().linkedTickets.contains(ticket); }));

    // The history: newest first, who wrote it, and what changed.
    kb::ArticleHistory history(alex.session, written.id);
    QSignalSpy loaded(&history, &kb::ArticleHistory::loaded);
    history.load();
    ASSERT_TRUE(waitUntil([&] { return loaded.count() == 1; }));
    ASSERT_EQ(history.versions().size(), 2);
    EXPECT_EQ(history.versions()[0].version, 2);
    EXPECT_TRUE(history.versions()[0].titleChanged);
    EXPECT_EQ(history.versions()[0].author.username, u"alex"_s);
    EXPECT_TRUE(history.versions()[0].diff.contains(u"+ Then print a test page."_s))
        << history.versions()[0].diff.toStdString();
    EXPECT_FALSE(history.versions()[1].titleChanged);

    // A requester reads it, and it solved the problem.
    KbClient rita(server().port(), u"rita"_s);
    ASSERT_TRUE(rita.ready);
    kb::ArticleReader reader(rita.session, written.id);
    QSignalSpy read(&reader, &kb::ArticleReader::loaded);
    reader.open(true);
    ASSERT_TRUE(waitUntil([&] { return read.count() == 1; }));
    EXPECT_EQ(reader.article().title, edit.title);
    EXPECT_EQ(reader.article().views, 1);
    QSignalSpy solved(&reader, &kb::ArticleReader::solvedRecorded);
    reader.markSolved(u"printer E-42"_s);
    ASSERT_TRUE(waitUntil([&] { return solved.count() == 1; }));
    base.open(written.id);
    ASSERT_TRUE(waitUntil([&] { return base.current().ticketsDeflected == 1; }))
        << "staff see the deflection";
    EXPECT_EQ(base.current().suggestionsFollowed, 1);

    // A requester cannot open an internal draft: it reads as missing.
    ArticleDraft internal;
    internal.title = u"Admin notes"_s;
    internal.body = u"Internal."_s;
    const Article hidden = save(saver, internal);
    ASSERT_GT(hidden.id, 0);
    kb::ArticleReader denied(rita.session, hidden.id);
    QSignalSpy deniedFailed(&denied, &kb::ArticleReader::failed);
    denied.open(false);
    ASSERT_TRUE(waitUntil([&] { return deniedFailed.count() == 1; }));
    EXPECT_FALSE(denied.isLoaded());
}

TEST_P(KbCoreTest, SearchResultsAreTypedHitsWithHighlightedText)
{
    KbClient alex(server().port(), u"alex"_s);
    ASSERT_TRUE(alex.ready);
    kb::ArticleSaver saver(alex.session);
    ArticleDraft draft;
    draft.title = u"Replacing the toner"_s;
    draft.body = u"Open the front cover and pull the old toner & drum out."_s;
    ASSERT_GT(save(saver, draft).id, 0);

    SearchResults results(alex.session);
    QAbstractItemModelTester tester(&results);
    QSignalSpy updated(&results, &SearchResults::updated);
    results.search(u"tone"_s, {u"article"_s});
    ASSERT_TRUE(waitUntil([&] { return updated.count() == 1; }));
    ASSERT_EQ(results.rowCount(), 1);
    const api::SearchHit& hit = results.itemAt(0);
    EXPECT_FALSE(hit.isTicket());
    EXPECT_EQ(hit.title, draft.title);
    EXPECT_EQ(hit.state, u"draft"_s);
    EXPECT_EQ(results.index(0).data(SearchResults::TitleHtmlRole).toString(),
              u"Replacing the <b>toner</b>"_s);
    EXPECT_TRUE(results.index(0)
                    .data(SearchResults::SnippetHtmlRole)
                    .toString()
                    .contains(u"<b>toner</b> &amp; drum"_s))
        << "the text is escaped, the match is bold";
}

TEST_P(KbCoreTest, TheDashboardReadsTheReportFieldByFieldAndExportsIt)
{
    auto rita = connectAs(u"rita"_s);
    for (const QString& title : {u"Printer jams"_s, u"Mail is slow"_s})
        createTicket(*rita, QJsonObject {{"title"_L1, title}, {"description"_L1, u"d"_s}});

    KbClient mona(server().port(), u"mona"_s);
    ASSERT_TRUE(mona.ready);
    DashboardReport report(mona.session);
    report.setLive(false);
    EXPECT_FALSE(report.hasReport());
    QSignalSpy updated(&report, &DashboardReport::updated);
    report.refresh();
    ASSERT_TRUE(waitUntil([&] { return updated.count() == 1; }));
    ASSERT_TRUE(report.hasReport());
    const api::KpiReport& r = report.report();
    EXPECT_EQ(r.period, report.filter());
    EXPECT_EQ(r.volume.created, 2);
    EXPECT_EQ(r.volume.netFlow, 2);
    EXPECT_EQ(r.backlog.openNow, 2);
    EXPECT_EQ(r.volume.perDay.size(), 30);
    EXPECT_EQ(r.volume.perDay.last().date, report.filter().to);
    EXPECT_EQ(r.volume.perDay.last().created, 2);
    EXPECT_EQ(r.backlog.aging.value(0).count, 2) << "both less than a day old";
    EXPECT_FALSE(r.resolutionTime.wall.medianHours.has_value()) << "nothing resolved";
    EXPECT_FALSE(r.fcr.rate.has_value());
    EXPECT_FALSE(report.rebuilding().has_value());

    QSignalSpy ready(&report, &DashboardReport::ticketsReady);
    report.drillDown({u"Open"_s, u"open"_s});
    ASSERT_TRUE(waitUntil([&] { return ready.count() == 1; }));
    const auto tickets = ready.at(0).at(1).value<api::ReportTickets>();
    EXPECT_EQ(tickets.tickets.size(), 2);
    EXPECT_FALSE(tickets.more);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"kpis.csv"_s);
    QSignalSpy exported(&report, &DashboardReport::exported);
    report.exportTo(u"csv"_s, path);
    ASSERT_TRUE(waitUntil([&] { return exported.count() == 1; }));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    EXPECT_TRUE(csv.startsWith("\xEF\xBB\xBF")) << "UTF-8 with a byte-order mark";
    EXPECT_TRUE(csv.contains("Created,2\r\n")) << csv.left(400).toStdString();

    // The organisation picker: the organisations come from the controller, and a filter on
    // one of them answers that organisation's figures (Acme raised none of these tickets).
    const qint64 acme = admin()
                            .call(u"org.create"_s, QJsonObject {{"name"_L1, u"Acme"_s}})
                            .object()
                            .value("id"_L1)
                            .toInteger();
    ASSERT_GT(acme, 0);
    QSignalSpy orgs(&report, &DashboardReport::organisationsLoaded);
    report.loadOrganisations();
    ASSERT_TRUE(waitUntil([&] { return orgs.count() == 1; }));
    ASSERT_EQ(report.organisations().size(), 1);
    EXPECT_EQ(report.organisations().at(0).name, u"Acme"_s);
    api::ReportFilter byOrg = report.filter();
    byOrg.org = acme;
    report.setFilter(byOrg);
    ASSERT_TRUE(waitUntil([&] { return updated.count() == 2; }));
    EXPECT_EQ(report.report().period.org, acme);
    EXPECT_EQ(report.report().volume.created, 0);
    EXPECT_EQ(report.report().backlog.openNow, 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, KbCoreTest, ::testing::Values(TestBackend::Sqlite), backendName);
