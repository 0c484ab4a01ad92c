#include "searchresults.h"

#include "api/methods.h"
#include "api/searchapi.h"
#include "client/core/errortext.h"
#include "client/core/session.h"
#include "rpc/rpcclient.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace frontline::client {

SearchResults::SearchResults(Session& session, QObject* parent)
    : QAbstractListModel(parent)
    , m_session(session)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(PauseMs);
    connect(&m_timer, &QTimer::timeout, this, &SearchResults::send);
}

void SearchResults::search(const QString& text, const QStringList& kinds)
{
    if (text.trimmed().isEmpty()) {
        clear();
        return;
    }
    api::SearchParams p;
    p.query = text.left(200);
    p.limit = 20;
    if (!kinds.isEmpty())
        p.kinds = kinds;
    m_method = QString(api::method::KbSearch);
    m_params = p.toJson();
    m_timer.start();
}

void SearchResults::suggest(const QString& title, const QString& description)
{
    if (title.trimmed().isEmpty() && description.trimmed().isEmpty()) {
        clear();
        return;
    }
    api::SuggestParams p;
    p.title = title.left(200);
    p.description = description.left(20000);
    p.limit = 5;
    m_method = QString(api::method::KbSuggest);
    m_params = p.toJson();
    m_timer.start();
}

void SearchResults::clear()
{
    m_timer.stop();
    m_shown = ++m_sent; // answers still on their way are for an older text
    if (m_items.isEmpty())
        return;
    beginResetModel();
    m_items.clear();
    endResetModel();
    Q_EMIT updated(0);
}

void SearchResults::send()
{
    const quint64 number = ++m_sent;
    ++m_inFlight;
    m_session.rpc().call(m_method, m_params, this, [this, number](const rpc::RpcReply& reply) {
        --m_inFlight;
        if (number <= m_shown)
            return; // a newer text was answered or cleared already
        m_shown = number;
        if (reply.isError()) {
            Q_EMIT failed(ErrorText::describe(reply.error()));
            return;
        }
        beginResetModel();
        m_items = api::SearchHits::fromJson(reply.result()).items;
        endResetModel();
        Q_EMIT updated(int(m_items.size()));
    });
}

int SearchResults::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant SearchResults::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const api::SearchHit& item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return item.title;
    case KindRole:
        return item.kind;
    case IdRole:
        return item.id;
    case TitleHtmlRole:
        return highlighted(item.title, item.titleHighlights);
    case SnippetHtmlRole:
        return highlighted(item.snippet, item.highlights);
    case DetailRole: {
        if (item.isTicket())
            return m_statusLabel ? m_statusLabel(item.type, item.status) : item.status;
        const QString& state = item.state;
        if (state == u"published"_s)
            return tr("published");
        return state == u"retired"_s ? tr("retired") : tr("draft");
    }
    default:
        return {};
    }
}

QString SearchResults::highlighted(const QString& text, const QList<api::TextRange>& ranges)
{
    QString html;
    qsizetype at = 0;
    for (const api::TextRange& range : ranges) {
        const qsizetype start = std::clamp<qsizetype>(range.start, at, text.size());
        const qsizetype end = std::clamp<qsizetype>(start + range.length, start, text.size());
        html += text.mid(at, start - at).toHtmlEscaped();
        html += u"<b>"_s + text.mid(start, end - start).toHtmlEscaped() + u"</b>"_s;
        at = end;
    }
    html += text.mid(at).toHtmlEscaped();
    return html;
}

} // namespace frontline::client
