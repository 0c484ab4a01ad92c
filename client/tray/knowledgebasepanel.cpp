#include "knowledgebasepanel.h"

#include "client/core/searchresults.h"
#include "client/widgets/articleviewer.h"
#include "client/widgets/searchresultview.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::tray {

KnowledgeBasePanel::KnowledgeBasePanel(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_query(new QLineEdit)
    , m_results(new SearchResults(session, this))
{
    setObjectName(u"trayKnowledgeBase"_s);
    setWindowTitle(tr("Knowledge base"));
    m_query->setObjectName(u"kbQuery"_s);
    m_query->setPlaceholderText(tr("Search the answers: printer, VPN, password…"));
    m_query->setClearButtonEnabled(true);
    auto* status = new QLabel;
    status->setObjectName(u"kbStatus"_s);
    status->setTextFormat(Qt::PlainText);
    auto* view = new ui::SearchResultView(*m_results);
    view->setObjectName(u"kbResults"_s);
    connect(m_query, &QLineEdit::textEdited, this, &KnowledgeBasePanel::search);
    connect(m_results, &SearchResults::updated, this, [this, status](int count) {
        status->setText(m_query->text().trimmed().isEmpty()
                            ? QString()
                            : tr("%n answer(s) found", nullptr, count));
    });
    connect(view, &ui::SearchResultView::articleChosen, this, [this](qint64 id) {
        auto* viewer = new ui::ArticleViewer(m_session, id, false, this);
        viewer->setAttribute(Qt::WA_DeleteOnClose);
        viewer->show();
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_query);
    layout->addWidget(status);
    layout->addWidget(view, 1);
    resize(560, 480);
}

void KnowledgeBasePanel::search(const QString& text)
{
    m_query->setText(text);
    m_results->search(text, {u"article"_s});
}

} // namespace frontline::client::tray
