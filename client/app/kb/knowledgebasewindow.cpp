#include "knowledgebasewindow.h"

#include "articleeditor.h"
#include "articlehistorydialog.h"
#include "client/core/kb/knowledgebase.h"
#include "client/core/searchresults.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {
namespace {

QString stateLabel(const QString& state)
{
    if (state == u"published"_s)
        return KnowledgeBaseWindow::tr("Published");
    if (state == u"retired"_s)
        return KnowledgeBaseWindow::tr("Retired");
    return KnowledgeBaseWindow::tr("Draft");
}

} // namespace

KnowledgeBaseWindow::KnowledgeBaseWindow(Session& session, const Directory& directory,
                                         QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_directory(directory)
    , m_kb(new kb::KnowledgeBase(session, this))
    , m_search(new SearchResults(session, this))
    , m_filter(new QComboBox)
    , m_find(new QLineEdit)
    , m_list(new QListWidget)
    , m_meta(new QLabel)
    , m_view(new QTextBrowser)
    , m_edit(new QPushButton(tr("&Edit…")))
    , m_publish(new QPushButton(tr("&Publish")))
    , m_retire(new QPushButton(tr("&Retire")))
    , m_history(new QPushButton(tr("&History…")))
{
    setObjectName(u"knowledgeBaseWindow"_s);
    setWindowTitle(tr("Knowledge base — Frontline"));
    m_filter->setObjectName(u"articleFilter"_s);
    m_find->setObjectName(u"articleFind"_s);
    m_list->setObjectName(u"articleList"_s);
    m_view->setObjectName(u"articleView"_s);
    m_meta->setObjectName(u"articleMeta"_s);
    m_filter->addItem(tr("All articles"), QString());
    m_filter->addItem(tr("Drafts"), u"draft"_s);
    m_filter->addItem(tr("Published"), u"published"_s);
    m_filter->addItem(tr("Retired"), u"retired"_s);
    m_find->setPlaceholderText(tr("Find articles by words…"));
    m_find->setClearButtonEnabled(true);
    m_find->setAccessibleName(tr("Find articles"));
    m_find->setToolTip(tr("Words from the title or text of the articles to find"));
    m_filter->setToolTip(tr("Which articles the list shows, by their state"));
    m_list->setAccessibleName(tr("Articles"));
    m_view->setAccessibleName(tr("Article"));
    m_meta->setWordWrap(true);
    m_meta->setTextFormat(Qt::RichText);
    m_view->setOpenExternalLinks(true);
    auto* create = new QPushButton(tr("&New article…"));

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_find);
    auto* filterRow = new QHBoxLayout;
    auto* filterLabel = new QLabel(tr("&Show:"));
    filterLabel->setBuddy(m_filter);
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    leftLayout->addLayout(filterRow);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(create);
    auto* right = new QWidget;
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_edit, m_publish, m_retire, m_history})
        buttons->addWidget(b);
    buttons->addStretch();
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(buttons);
    rightLayout->addWidget(m_meta);
    rightLayout->addWidget(m_view, 1);
    auto* splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({380, 720});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &KnowledgeBaseWindow::reload);
    connect(m_find, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (text.trimmed().isEmpty())
            reload();
        else
            m_search->search(text, {u"article"_s});
    });
    connect(m_search, &SearchResults::updated, this, &KnowledgeBaseWindow::fillFromSearch);
    connect(m_kb, &kb::KnowledgeBase::listed, this, &KnowledgeBaseWindow::fillFromList);
    connect(m_kb, &kb::KnowledgeBase::currentChanged, this, [this] {
        render();
        Q_EMIT articleShown(m_kb->current().id);
    });
    connect(m_kb, &kb::KnowledgeBase::failed, m_meta, &QLabel::setText);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showArticle(m_list->item(row)->data(Qt::UserRole).toLongLong());
    });
    connect(create, &QPushButton::clicked, this, [this] { write(ArticleDraft()); });
    connect(m_edit, &QPushButton::clicked, this, &KnowledgeBaseWindow::edit);
    connect(m_publish, &QPushButton::clicked, this, [this] { setState(u"published"_s); });
    connect(m_retire, &QPushButton::clicked, this, [this] { setState(u"retired"_s); });
    connect(m_history, &QPushButton::clicked, this, &KnowledgeBaseWindow::history);
    connect(m_meta, &QLabel::linkActivated, this, [this](const QString& link) {
        const QUrl url(link);
        if (url.scheme() == u"ticket"_s)
            Q_EMIT openTicketRequested(url.path().toLongLong());
    });
    render();
    reload();
    resize(1100, 700);
}

const Article& KnowledgeBaseWindow::current() const
{
    return m_kb->current();
}

void KnowledgeBaseWindow::reload()
{
    m_kb->list(m_filter->currentData().toString());
}

void KnowledgeBaseWindow::fillFromList()
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const Article& a : m_kb->articles()) {
        auto* item = new QListWidgetItem(tr("%1  [%2]").arg(a.title, stateLabel(a.state)), m_list);
        item->setData(Qt::UserRole, a.id);
    }
    Q_EMIT listed(m_list->count());
}

void KnowledgeBaseWindow::fillFromSearch()
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (int row = 0; row < m_search->rowCount(); ++row) {
        const api::SearchHit& hit = m_search->itemAt(row);
        auto* entry =
            new QListWidgetItem(tr("%1  [%2]").arg(hit.title, stateLabel(hit.state)), m_list);
        entry->setData(Qt::UserRole, hit.id);
        entry->setToolTip(hit.snippet);
    }
    Q_EMIT listed(m_list->count());
}

void KnowledgeBaseWindow::showArticle(qint64 id)
{
    m_kb->open(id);
}

void KnowledgeBaseWindow::render()
{
    const Article& current = m_kb->current();
    const bool shown = current.id > 0;
    for (QPushButton* b : {m_edit, m_history})
        b->setEnabled(shown);
    m_publish->setEnabled(shown && current.state != u"published"_s);
    m_retire->setEnabled(shown && current.state == u"published"_s);
    if (!shown) {
        m_meta->setText(tr("Choose an article, or write a new one."));
        m_view->clear();
        return;
    }
    QStringList links;
    for (qint64 ticket : current.linkedTickets)
        links.append(u"<a href='ticket:%1'>#%1</a>"_s.arg(ticket));
    QString meta = tr("<b>KB-%1</b> · %2 · %3 · version %4 by %5")
                       .arg(current.id)
                       .arg(stateLabel(current.state),
                            current.visibility == u"public"_s ? tr("public") : tr("internal"))
                       .arg(current.version)
                       .arg(current.author.displayName.toHtmlEscaped());
    meta += u"<br>"_s + tr("%n view(s)", nullptr, current.views) + u" · "_s
        + tr("helpful %1, not helpful %2").arg(current.helpful).arg(current.unhelpful) + u" · "_s
        + tr("%n ticket(s) deflected", nullptr, current.ticketsDeflected);
    if (!links.isEmpty())
        meta += u"<br>"_s + tr("Answers tickets %1").arg(links.join(u", "_s));
    m_meta->setText(meta);
    m_view->setMarkdown(u"# "_s + current.title + u"\n\n"_s + current.body);
}

void KnowledgeBaseWindow::write(const ArticleDraft& draft)
{
    auto* editor = new ArticleEditor(m_kb->session(), m_directory, draft, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &ArticleEditor::saved, this, [this](const Article& article) {
        m_kb->setCurrent(article);
        reload();
    });
    editor->open();
}

void KnowledgeBaseWindow::edit()
{
    if (m_kb->current().id > 0)
        write(ArticleDraft::fromArticle(m_kb->current()));
}

void KnowledgeBaseWindow::setState(const QString& state)
{
    m_kb->setState(state);
}

void KnowledgeBaseWindow::history()
{
    auto* dialog = new ArticleHistoryDialog(m_kb->session(), m_kb->current().id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace frontline::client::ui
