#include "articleviewer.h"

#include "api/methods.h"
#include "client/core/errortext.h"
#include "client/core/session.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {

ArticleViewer::ArticleViewer(Session& session, qint64 id, bool fromSuggestion, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_id(id)
    , m_view(new QTextBrowser)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close))
{
    setObjectName(u"articleViewer"_s);
    setWindowTitle(tr("Article KB-%1").arg(id));
    m_view->setObjectName(u"articleViewerText"_s);
    m_view->setOpenExternalLinks(true);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_buttons);
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

void ArticleViewer::offerSolved(const QString& subject)
{
    QPushButton* solvedButton =
        m_buttons->addButton(tr("This solved my problem"), QDialogButtonBox::ActionRole);
    solvedButton->setObjectName(u"solvedButton"_s);
    connect(solvedButton, &QPushButton::clicked, this, [this, solvedButton, subject] {
        solvedButton->setEnabled(false);
        m_session.rpc().call(QString(api::method::KbArticleSolved),
                             QJsonObject {{"id"_L1, m_id}, {"subject"_L1, subject}}, this,
                             [this, solvedButton](const rpc::RpcReply& reply) {
                                 if (reply.isError()) {
                                     solvedButton->setEnabled(true);
                                     m_view->append(ErrorText::describe(reply.error()));
                                     return;
                                 }
                                 Q_EMIT solved();
                                 accept();
                             });
    });
}

} // namespace frontline::client::ui
