#include "articlehistorydialog.h"

#include "client/core/kb/articlehistory.h"
#include "client/core/timetext.h"
#include "client/widgets/theme.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {

ArticleHistoryDialog::ArticleHistoryDialog(Session& session, qint64 articleId, QWidget* parent)
    : QDialog(parent)
    , m_history(new kb::ArticleHistory(session, articleId, this))
    , m_versions(new QListWidget)
    , m_diff(new QTextBrowser)
{
    setObjectName(u"articleHistory"_s);
    setWindowTitle(tr("History of KB-%1").arg(articleId));
    m_versions->setObjectName(u"articleVersions"_s);
    m_diff->setObjectName(u"articleDiff"_s);
    auto* splitter = new QSplitter;
    splitter->addWidget(m_versions);
    splitter->addWidget(m_diff);
    splitter->setStretchFactor(1, 2);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    connect(m_versions, &QListWidget::currentRowChanged, this, &ArticleHistoryDialog::showVersion);
    connect(m_history, &kb::ArticleHistory::pageArrived, this, &ArticleHistoryDialog::addVersions);
    connect(m_history, &kb::ArticleHistory::loaded, this, &ArticleHistoryDialog::loaded);
    connect(m_history, &kb::ArticleHistory::failed, m_diff, &QTextBrowser::setPlainText);
    m_history->load();
    resize(860, 520);
}

void ArticleHistoryDialog::addVersions(int from)
{
    const QList<api::ArticleHistoryEntry>& versions = m_history->versions();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (qsizetype row = from; row < versions.size(); ++row) {
        const api::ArticleHistoryEntry& v = versions[row];
        m_versions->addItem(tr("Version %1 — %2, %3 ago")
                                .arg(v.version)
                                .arg(v.author.displayName,
                                     TimeText::age(v.createdAt > 0 ? v.createdAt : now, now)));
    }
    if (from == 0 && !versions.isEmpty())
        m_versions->setCurrentRow(0);
}

int ArticleHistoryDialog::versionCount() const
{
    return int(m_history->versions().size());
}

QString ArticleHistoryDialog::shownDiff() const
{
    return m_diff->toHtml();
}

void ArticleHistoryDialog::showVersion(int row)
{
    if (row < 0 || row >= m_history->versions().size())
        return;
    const api::ArticleHistoryEntry& v = m_history->versions().at(row);
    QString html;
    if (v.titleChanged)
        html += u"<p><i>%1</i></p>"_s.arg(tr("Title: %1").arg(v.title).toHtmlEscaped());
    if (v.diffTruncated)
        html += u"<p><i>%1</i></p>"_s.arg(
            tr("This change is too large to show in full.").toHtmlEscaped());
    m_diff->setHtml(html + diffHtml(v.diff));
}

QString ArticleHistoryDialog::diffHtml(const QString& diff)
{
    QString html = u"<pre>"_s;
    for (const QString& line : diff.split(u'\n')) {
        const QString escaped = line.toHtmlEscaped();
        if (line.startsWith(u"+ "_s))
            html += Theme::styleSheet(u"<span style='background:{DiffAdded}'>"_s) + escaped
                + u"</span>\n"_s;
        else if (line.startsWith(u"- "_s))
            html += Theme::styleSheet(u"<span style='background:{DiffRemoved}'>"_s) + escaped
                + u"</span>\n"_s;
        else
            html += escaped + u'\n';
    }
    return html + u"</pre>"_s;
}

} // namespace frontline::client::ui
