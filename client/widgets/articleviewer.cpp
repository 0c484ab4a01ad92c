#include "articleviewer.h"

#include "client/core/kb/articlereader.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {

ArticleViewer::ArticleViewer(Session& session, qint64 id, bool fromSuggestion, QWidget* parent)
    : QDialog(parent)
    , m_reader(new kb::ArticleReader(session, id, this))
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
    connect(m_reader, &kb::ArticleReader::loaded, this, [this] {
        const Article& article = m_reader->article();
        setWindowTitle(article.title);
        m_view->setMarkdown(u"# "_s + article.title + u"\n\n"_s + article.body);
        Q_EMIT loaded();
    });
    connect(m_reader, &kb::ArticleReader::failed, this, [this](const QString& message) {
        if (m_reader->isLoaded())
            m_view->append(message);
        else
            m_view->setPlainText(message);
    });
    connect(m_reader, &kb::ArticleReader::solvedRecorded, this, [this] {
        Q_EMIT solved();
        accept();
    });
    m_reader->open(fromSuggestion);
    resize(640, 560);
}

const Article& ArticleViewer::article() const
{
    return m_reader->article();
}

void ArticleViewer::offerSolved(const QString& subject)
{
    QPushButton* solvedButton =
        m_buttons->addButton(tr("This solved my problem"), QDialogButtonBox::ActionRole);
    solvedButton->setObjectName(u"solvedButton"_s);
    connect(solvedButton, &QPushButton::clicked, this, [this, solvedButton, subject] {
        solvedButton->setEnabled(false);
        m_reader->markSolved(subject);
    });
    // A failed attempt may be tried again.
    connect(m_reader, &kb::ArticleReader::failed, solvedButton,
            [solvedButton] { solvedButton->setEnabled(true); });
}

} // namespace frontline::client::ui
