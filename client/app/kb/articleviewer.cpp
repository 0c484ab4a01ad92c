#include "articleviewer.h"

#include "api/methods.h"
#include "client/core/errortext.h"
#include "client/core/session.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {

ArticleViewer::ArticleViewer(Session& session, qint64 id, bool fromSuggestion, QWidget* parent)
    : QDialog(parent)
    , m_view(new QTextBrowser)
{
    setObjectName(u"articleViewer"_s);
    setWindowTitle(tr("Article KB-%1").arg(id));
    m_view->setObjectName(u"articleViewerText"_s);
    m_view->setOpenExternalLinks(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    session.rpc().call(QString(api::method::KbArticleOpen),
                       QJsonObject {{"id"_L1, id}, {"from_suggestion"_L1, fromSuggestion}}, this,
                       [this](const rpc::RpcReply& reply) {
                           if (reply.isError()) {
                               m_view->setPlainText(ErrorText::describe(reply.error()));
                               return;
                           }
                           m_article = Article::fromJson(reply.result().toObject());
                           setWindowTitle(m_article.title);
                           m_view->setMarkdown(u"# "_s + m_article.title + u"\n\n"_s
                                               + m_article.body);
                           Q_EMIT loaded();
                       });
    resize(640, 560);
}

} // namespace frontline::client::ui
