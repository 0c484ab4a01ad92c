#include "articlehistorydialog.h"

#include "api/methods.h"
#include "client/core/errortext.h"
#include "client/core/session.h"
#include "client/core/timetext.h"
#include "core/timeutil.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QJsonObject>
#include <QListWidget>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {

ArticleHistoryDialog::ArticleHistoryDialog(Session& session, qint64 articleId, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_articleId(articleId)
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
    loadPage(QString());
    resize(860, 520);
}

void ArticleHistoryDialog::loadPage(const QString& cursor)
{
    QJsonObject params {{"id"_L1, m_articleId}};
    if (!cursor.isEmpty())
        params.insert("cursor"_L1, cursor);
    m_session.rpc().call(
        QString(api::method::KbArticleHistory), params, this, [this](const rpc::RpcReply& reply) {
            if (reply.isError()) {
                m_diff->setPlainText(ErrorText::describe(reply.error()));
                return;
            }
            const QJsonObject page = reply.result().toObject();
            const bool first = m_items.isEmpty();
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            for (const QJsonValue& v : page.value("items"_L1).toArray()) {
                m_items.append(v);
                const QJsonObject o = v.toObject();
                const qint64 at =
                    timeutil::fromIso(o.value("created_at"_L1).toString()).value_or(now);
                m_versions->addItem(
                    tr("Version %1 — %2, %3 ago")
                        .arg(o.value("version"_L1).toInt())
                        .arg(o.value("author"_L1).toObject().value("display_name"_L1).toString(),
                             TimeText::age(at, now)));
            }
            if (first && !m_items.isEmpty())
                m_versions->setCurrentRow(0);
            const QString next = page.value("next_cursor"_L1).toString();
            if (!next.isEmpty()) {
                loadPage(next);
                return;
            }
            Q_EMIT loaded();
        });
}

int ArticleHistoryDialog::versionCount() const
{
    return int(m_items.size());
}

QString ArticleHistoryDialog::shownDiff() const
{
    return m_diff->toHtml();
}

void ArticleHistoryDialog::showVersion(int row)
{
    if (row < 0 || row >= m_items.size())
        return;
    const QJsonObject o = m_items.at(row).toObject();
    QString html;
    if (o.value("title_changed"_L1).toBool())
        html += u"<p><i>%1</i></p>"_s.arg(
            tr("Title: %1").arg(o.value("title"_L1).toString()).toHtmlEscaped());
    if (o.value("diff_truncated"_L1).toBool())
        html += u"<p><i>%1</i></p>"_s.arg(
            tr("This change is too large to show in full.").toHtmlEscaped());
    m_diff->setHtml(html + diffHtml(o.value("diff"_L1).toString()));
}

QString ArticleHistoryDialog::diffHtml(const QString& diff)
{
    QString html = u"<pre>"_s;
    for (const QString& line : diff.split(u'\n')) {
        const QString escaped = line.toHtmlEscaped();
        if (line.startsWith(u"+ "_s))
            html += u"<span style='background:#d8f5d8'>"_s + escaped + u"</span>\n"_s;
        else if (line.startsWith(u"- "_s))
            html += u"<span style='background:#f8d8d8'>"_s + escaped + u"</span>\n"_s;
        else
            html += escaped + u'\n';
    }
    return html + u"</pre>"_s;
}

} // namespace frontline::client::ui
