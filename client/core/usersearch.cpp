#include "usersearch.h"

#include "api/directoryapi.h"
#include "api/methods.h"
#include "client/core/session.h"
#include "rpc/rpcclient.h"

#include <QStringListModel>

using namespace Qt::StringLiterals;

namespace frontline::client {

UserSearch::UserSearch(Session& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_model(new QStringListModel(this))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(200);
    connect(&m_debounce, &QTimer::timeout, this, &UserSearch::search);
}

void UserSearch::setQuery(const QString& query)
{
    m_query = query.trimmed();
    m_debounce.start();
}

void UserSearch::search()
{
    if (m_query.size() < 2 || !m_session.isReady())
        return;
    api::UserListParams params;
    params.query = m_query;
    params.limit = 20;
    m_session.rpc().call(
        QString(api::method::UserList), params.toJson(), this, [this](const rpc::RpcReply& reply) {
            if (reply.isError())
                return;
            QStringList texts;
            for (const User& user : api::UserPage::fromJson(reply.result()).items) {
                if (user.disabled)
                    continue;
                const QString text = textFor(user);
                m_ids.insert(text, user.id);
                texts.append(text);
            }
            m_model->setStringList(texts);
            Q_EMIT found(static_cast<int>(texts.size()));
        });
}

std::optional<qint64> UserSearch::userFor(const QString& text) const
{
    const auto found = m_ids.constFind(text.trimmed());
    if (found == m_ids.constEnd())
        return std::nullopt;
    return *found;
}

QString UserSearch::textFor(const User& user)
{
    const QString name = user.shownName();
    return user.email.isEmpty() ? name : u"%1 <%2>"_s.arg(name, user.email);
}

void UserSearch::remember(qint64 id, const QString& text)
{
    m_ids.insert(text, id);
}

} // namespace frontline::client
