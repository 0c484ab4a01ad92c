#include "searchresults.h"

#include "api/methods.h"
#include "client/core/errortext.h"
#include "client/core/session.h"

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
    m_method = QString(api::method::KbSearch);
    m_params = QJsonObject {{"query"_L1, text.left(200)}, {"limit"_L1, 20}};
    if (!kinds.isEmpty())
        m_params.insert("kinds"_L1, QJsonArray::fromStringList(kinds));
    m_timer.start();
}

void SearchResults::suggest(const QString& title, const QString& description)
{
    if (title.trimmed().isEmpty() && description.trimmed().isEmpty()) {
        clear();
        return;
    }
    m_method = QString(api::method::KbSuggest);
    m_params = QJsonObject {{"title"_L1, title.left(200)},
                            {"description"_L1, description.left(20000)},
                            {"limit"_L1, 5}};
    m_timer.start();
}

void SearchResults::clear()
{
    m_timer.stop();
    m_shown = ++m_sent; // answers still on their way are for an older text
    if (m_items.isEmpty())
        return;
    beginResetModel();
    m_items = QJsonArray();
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
        m_items = reply.result().toObject().value("items"_L1).toArray();
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
    const QJsonObject item = m_items.at(index.row()).toObject();
    switch (role) {
    case Qt::DisplayRole:
        return item.value("title"_L1).toString();
    case KindRole:
        return item.value("kind"_L1).toString();
    case IdRole:
        return item.value("id"_L1).toInteger();
    case TitleHtmlRole:
        return highlighted(item.value("title"_L1).toString(),
                           item.value("title_highlights"_L1).toArray());
    case SnippetHtmlRole:
        return highlighted(item.value("snippet"_L1).toString(),
                           item.value("highlights"_L1).toArray());
    case DetailRole: {
        if (item.value("kind"_L1) == u"ticket"_s) {
            const QString status = item.value("status"_L1).toString();
            return m_statusLabel ? m_statusLabel(item.value("type"_L1).toString(), status) : status;
        }
        const QString state = item.value("state"_L1).toString();
        if (state == u"published"_s)
            return tr("published");
        return state == u"retired"_s ? tr("retired") : tr("draft");
    }
    default:
        return {};
    }
}

QString SearchResults::highlighted(const QString& text, const QJsonArray& ranges)
{
    QString html;
    qsizetype at = 0;
    for (const QJsonValue& value : ranges) {
        const qsizetype start =
            std::clamp<qsizetype>(value.toArray().at(0).toInt(), at, text.size());
        const qsizetype end =
            std::clamp<qsizetype>(start + value.toArray().at(1).toInt(), start, text.size());
        html += text.mid(at, start - at).toHtmlEscaped();
        html += u"<b>"_s + text.mid(start, end - start).toHtmlEscaped() + u"</b>"_s;
        at = end;
    }
    html += text.mid(at).toHtmlEscaped();
    return html;
}

} // namespace frontline::client
