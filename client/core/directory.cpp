#include "directory.h"

#include "api/methods.h"
#include "client/core/session.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace frontline::client {

Directory::Directory(Session& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
    connect(&session, &Session::loggedIn, this, &Directory::refresh);
    connect(&session, &Session::connectionRestored, this, &Directory::refresh);
}

void Directory::partDone()
{
    if (--m_outstanding == 0) {
        m_loaded = true;
        Q_EMIT loaded();
    }
}

void Directory::refresh()
{
    rpc::RpcClient& rpc = m_session.rpc();
    const bool staff = m_session.isStaff();
    m_outstanding = staff ? 4 : 2;
    rpc.call(QString(api::method::WorkflowGet), {}, this, [this](const rpc::RpcReply& reply) {
        if (!reply.isError())
            m_workflow.load(reply.result().toObject());
        partDone();
    });
    rpc.call(QString(api::method::CategoryList), {}, this, [this](const rpc::RpcReply& reply) {
        if (!reply.isError()) {
            m_categories.clear();
            for (const QJsonValue& item : reply.result().toObject().value("items"_L1).toArray())
                m_categories.append(Category::fromJson(item.toObject()));
        }
        partDone();
    });
    if (!staff)
        return;
    rpc.call(QString(api::method::GroupList), {}, this, [this](const rpc::RpcReply& reply) {
        if (!reply.isError()) {
            m_groups.clear();
            for (const QJsonValue& item : reply.result().toObject().value("items"_L1).toArray())
                m_groups.append(Group::fromJson(item.toObject()));
        }
        partDone();
    });
    // Everyone who can be assigned: agents, managers, admins (requesters cannot), all pages.
    m_staff.clear();
    fetchStaff({u"agent"_s, u"manager"_s, u"admin"_s}, QString());
    refreshCanned();
    refreshViews();
}

void Directory::refreshCanned()
{
    if (!m_session.isStaff())
        return;
    m_session.rpc().call(
        QString(api::method::CannedList), {}, this, [this](const rpc::RpcReply& reply) {
            if (reply.isError())
                return;
            m_canned.clear();
            for (const QJsonValue& item : reply.result().toObject().value("items"_L1).toArray()) {
                const QJsonObject object = item.toObject();
                m_canned.append({object.value("id"_L1).toInteger(),
                                 object.value("title"_L1).toString(),
                                 object.value("body"_L1).toString()});
            }
            Q_EMIT cannedChanged();
        });
}

void Directory::refreshViews()
{
    m_session.rpc().call(
        QString(api::method::ViewList), {}, this, [this](const rpc::RpcReply& reply) {
            if (reply.isError())
                return;
            m_views.clear();
            for (const QJsonValue& item : reply.result().toObject().value("items"_L1).toArray()) {
                const QJsonObject object = item.toObject();
                m_views.append(
                    {object.value("id"_L1).toInteger(), object.value("name"_L1).toString(),
                     object.value("filter"_L1).toObject(), object.value("sort"_L1).toString()});
            }
            Q_EMIT viewsChanged();
        });
}

void Directory::fetchStaff(QStringList roles, const QString& cursor)
{
    if (roles.isEmpty()) {
        partDone();
        return;
    }
    QJsonObject params {{"role"_L1, roles.constFirst()}, {"limit"_L1, 200}};
    if (!cursor.isEmpty())
        params.insert("cursor"_L1, cursor);
    m_session.rpc().call(QString(api::method::UserList), params, this,
                         [this, roles](const rpc::RpcReply& reply) {
                             QStringList remaining = roles;
                             QString next;
                             if (!reply.isError()) {
                                 const QJsonObject page = reply.result().toObject();
                                 for (const QJsonValue& item : page.value("items"_L1).toArray())
                                     m_staff.append(User::fromJson(item.toObject()));
                                 next = page.value("next_cursor"_L1).toString();
                             }
                             if (next.isEmpty())
                                 remaining.removeFirst();
                             fetchStaff(remaining, next);
                         });
}

std::optional<Group> Directory::group(qint64 id) const
{
    for (const Group& group : m_groups) {
        if (group.id == id)
            return group;
    }
    return std::nullopt;
}

QList<User> Directory::membersOf(qint64 groupId) const
{
    const auto found = group(groupId);
    QList<User> members;
    if (!found)
        return members;
    for (const User& user : m_staff) {
        if (found->memberIds.contains(user.id))
            members.append(user);
    }
    return members;
}

} // namespace frontline::client
