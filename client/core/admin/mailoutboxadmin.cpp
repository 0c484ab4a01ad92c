#include "mailoutboxadmin.h"

#include "api/methods.h"
#include "api/paramreader.h"

#include <QJsonObject>

namespace frontline::client {

MailOutboxAdmin::MailOutboxAdmin(Session& session, QObject* parent)
    : AdminController(session, parent)
{
    connect(&m_refresh, &QTimer::timeout, this, [this] {
        if (!m_listing)
            reload();
    });
}

void MailOutboxAdmin::setStateFilter(const QString& state)
{
    m_state = state;
    reload();
}

void MailOutboxAdmin::reload()
{
    api::MailOutboxListParams params;
    if (!m_state.isEmpty())
        params.state = m_state;
    params.limit = Limit;
    if (!accepts(params))
        return;
    m_listing = true;
    const QString state = m_state;
    send(
        api::method::MailOutboxList, params.toJson(),
        [this, state](const QJsonValue& result) {
            m_listing = false;
            if (state != m_state)
                return; // the filter changed meanwhile: its own answer follows
            api::MailOutboxList list = api::MailOutboxList::fromJson(result);
            m_model.setEntries(list.items);
            list.items.clear();
            m_counts = list;
            Q_EMIT loaded();
        },
        [this] { m_listing = false; });
}

void MailOutboxAdmin::setRefreshInterval(int ms)
{
    if (ms <= 0) {
        m_refresh.stop();
        return;
    }
    m_refresh.start(ms);
}

void MailOutboxAdmin::retry(qint64 id)
{
    send(api::method::MailOutboxRetry, api::IdParams {id}.toJson(),
         [this](const QJsonValue& result) {
             Q_EMIT retried(api::MailOutboxEntry::fromJson(result));
             reload();
         });
}

} // namespace frontline::client
