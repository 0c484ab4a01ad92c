// The knowledge base and search in the agent client, offscreen against a real server: the
// global search (/) shows tickets and articles while typing and opens them; an agent writes an
// article from a resolved ticket (prefilled), previews its Markdown, saves and publishes it and
// reads its history; the new-ticket form suggests articles while the title is typed.
#include "client/app/actions.h"
#include "client/app/appcontroller.h"
#include "client/app/dialogs/newticketdialog.h"
#include "client/app/kb/articleeditor.h"
#include "client/app/kb/articlehistorydialog.h"
#include "client/app/kb/knowledgebasewindow.h"
#include "client/app/kb/searchpopup.h"
#include "client/app/mainwindow.h"
#include "client/core/newticketcontroller.h"
#include "client/core/searchresults.h"
#include "client/core/session.h"
#include "client/core/ticketdetail.h"
#include "client/widgets/searchresultview.h"
#include "clientfixture.h"

#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTextBrowser>

using namespace frontline;
using namespace frontline::client;
using namespace frontline::client::ui;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

class KnowledgeBaseUiTest : public ClientFixture
{
protected:
    void SetUp() override
    {
        ServerFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        createUser(u"rita"_s, u"requester"_s);
        createUser(u"alex"_s, u"agent"_s);
        rita = connectAs(u"rita"_s);
        alex = connectAs(u"alex"_s);
    }

    qint64 publishedArticle(const QString& title, const QString& body)
    {
        const qint64 id =
            alex->call(u"kb.article.create"_s,
                       QJsonObject {
                           {"title"_L1, title}, {"body"_L1, body}, {"visibility"_L1, u"public"_s}})
                .object()
                .value("id"_L1)
                .toInteger();
        EXPECT_TRUE(alex->call(u"kb.article.publish"_s, QJsonObject {{"id"_L1, id}}).ok());
        return id;
    }

    std::unique_ptr<TestClient> rita, alex;
};

} // namespace

TEST_P(KnowledgeBaseUiTest, GlobalSearchShowsTicketsAndArticlesWhileTypingAndOpensThem)
{
    const qint64 ticket =
        createTicket(*rita,
                     QJsonObject {{"title"_L1, u"Printer toner empty"_s},
                                  {"description"_L1, u"Floor 2, the toner light blinks."_s}})
            .value("id"_L1)
            .toInteger();
    const qint64 article = publishedArticle(u"Replacing printer toner"_s,
                                            u"Open the front cover.\n\nPull the cartridge."_s);
    MainWindow& window = startAs(u"alex"_s);
    auto* box = window.findChild<QLineEdit*>(u"searchEdit"_s);
    ASSERT_NE(box, nullptr);
    window.actions()[Actions::Search]->trigger();
    QTest::keyClicks(box, u"tone"_s); // as typed: a prefix
    SearchPopup* popup = window.searchPopup();
    ASSERT_TRUE(waitUntil([&] { return popup->isVisible() && popup->results().rowCount() == 2; }))
        << popup->results().rowCount();
    // Matched words are bold in titles and snippets; the text itself is escaped.
    QStringList snippets;
    for (int row = 0; row < 2; ++row)
        snippets.append(
            popup->results().index(row).data(SearchResults::SnippetHtmlRole).toString());
    EXPECT_TRUE(snippets.join(u' ').contains(u"<b>toner</b>"_s))
        << snippets.join(u" | ").toStdString();

    // Down into the list, Enter on the ticket: it opens.
    int ticketRow = -1;
    for (int row = 0; row < 2; ++row) {
        if (popup->results().itemAt(row).isTicket())
            ticketRow = row;
    }
    ASSERT_GE(ticketRow, 0);
    popup->view()->setCurrentIndex(popup->results().index(ticketRow));
    Q_EMIT popup->view()->activated(popup->results().index(ticketRow));
    ASSERT_TRUE(waitUntil([&] { return window.detail().ticketId() == ticket; }));
    EXPECT_FALSE(popup->isVisible());

    // The article opens in the knowledge-base window, rendered.
    box->setFocus();
    box->setText(u"printer toner"_s);
    Q_EMIT box->textEdited(box->text());
    ASSERT_TRUE(waitUntil([&] { return popup->isVisible() && popup->results().rowCount() == 2; }))
        << popup->results().rowCount();
    for (int row = 0; row < popup->results().rowCount(); ++row) {
        if (!popup->results().itemAt(row).isTicket())
            Q_EMIT popup->view()->activated(popup->results().index(row));
    }
    KnowledgeBaseWindow* kb = window.knowledgeBase();
    ASSERT_TRUE(waitUntil([&] { return kb->current().id == article; }));
    EXPECT_TRUE(kb->view()->toPlainText().contains(u"Pull the cartridge."_s));
}

TEST_P(KnowledgeBaseUiTest, AnAgentWritesAnArticleFromAResolvedTicketAndPublishesIt)
{
    const QJsonObject created =
        createTicket(*rita,
                     QJsonObject {{"title"_L1, u"VPN drops every hour"_s},
                                  {"description"_L1, u"The VPN disconnects hourly."_s}});
    const qint64 id = created.value("id"_L1).toInteger();
    ASSERT_TRUE(admin()
                    .call(u"ticket.update"_s,
                          QJsonObject {{"id"_L1, id},
                                       {"version"_L1, created.value("version"_L1)},
                                       {"resolution"_L1, u"Switched the client to TCP."_s}})
                    .ok());
    MainWindow& window = startAs(u"alex"_s);
    window.openTicket(id);
    ASSERT_TRUE(waitUntil([&] {
        return window.detail().isLoaded()
            && window.detail().ticket().resolution == u"Switched the client to TCP."_s;
    }));
    window.actions()[Actions::ArticleFromTicket]->trigger();
    KnowledgeBaseWindow* kb = window.knowledgeBase();
    ArticleEditor* editor = nullptr;
    ASSERT_TRUE(waitUntil([&] { return (editor = kb->findChild<ArticleEditor*>()) != nullptr; }));
    const ArticleDraft draft = editor->draft();
    EXPECT_EQ(draft.title, u"VPN drops every hour"_s);
    EXPECT_TRUE(draft.body.contains(u"The VPN disconnects hourly."_s));
    EXPECT_TRUE(draft.body.contains(u"Switched the client to TCP."_s));
    EXPECT_EQ(draft.sourceTicket, std::optional<qint64>(id));
    // The preview renders the Markdown as it is typed.
    auto* preview = editor->findChild<QTextBrowser*>(u"articlePreview"_s);
    ASSERT_TRUE(waitUntil([&] { return preview->toHtml().contains(u"Switched the client"_s); }));

    // An empty title is refused by the server, named, and nothing is lost.
    auto* title = editor->findChild<QLineEdit*>(u"articleTitle"_s);
    title->clear();
    editor->accept();
    ASSERT_TRUE(waitUntil([&] { return !editor->problem().isEmpty(); }));
    EXPECT_TRUE(editor->problem().startsWith(u"Title"_s)) << editor->problem().toStdString();
    EXPECT_TRUE(editor->isVisible());
    title->setText(u"VPN drops every hour: use TCP"_s);
    editor->accept();
    ASSERT_TRUE(waitUntil([&] { return kb->current().id > 0; }));
    EXPECT_EQ(kb->current().state, u"draft"_s);
    EXPECT_EQ(kb->current().linkedTickets, QList<qint64> {id});

    auto* publish = kb->findChild<QPushButton*>();
    for (QPushButton* b : kb->findChildren<QPushButton*>()) {
        if (b->text().contains(u"Publish"_s))
            publish = b;
    }
    ASSERT_TRUE(publish->isEnabled());
    publish->click();
    ASSERT_TRUE(waitUntil([&] { return kb->current().state == u"published"_s; }));

    ArticleHistoryDialog history(*m_app->session(), kb->current().id);
    ASSERT_TRUE(waitUntil([&] { return history.versionCount() == 1; }));
    EXPECT_TRUE(history.shownDiff().contains(u"Switched the client to TCP."_s));
}

TEST_P(KnowledgeBaseUiTest, TheNewTicketFormSuggestsArticlesWhileTheTitleIsTyped)
{
    publishedArticle(u"Outlook asks for the password again and again"_s,
                     u"Remove the saved credential."_s);
    publishedArticle(u"Booking a meeting room"_s, u"Use the calendar."_s);
    MainWindow& window = startAs(u"alex"_s);
    NewTicketController controller(*m_app->session(), *m_app->directory(), *m_app->outbox());
    NewTicketDialog dialog(controller, &window);
    dialog.show();
    auto* title = dialog.findChild<QLineEdit*>(u"titleEdit"_s);
    ASSERT_NE(title, nullptr);
    QTest::keyClicks(title, u"outlook password"_s);
    ASSERT_TRUE(waitUntil([&] { return dialog.suggestions().rowCount() == 1; }));
    EXPECT_EQ(dialog.suggestions().itemAt(0).title,
              u"Outlook asks for the password again and again"_s);
    EXPECT_TRUE(dialog.findChild<QWidget*>(u"suggestionList"_s)->isVisible());
}

INSTANTIATE_TEST_SUITE_P(Backends, KnowledgeBaseUiTest, ::testing::Values(TestBackend::Sqlite),
                         backendName);
