#include "directory.h"

#include "api/directoryapi.h"
#include "api/methods.h"
#include "api/workspaceapi.h"
#include "client/core/fieldcatalogue.h"
#include "client/core/session.h"
#include "rpc/rpcclient.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace frontline::client {

Directory::Directory(Session& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_fields(new FieldCatalogue(session, this))
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
    m_fields->reload();
    rpc::RpcClient& rpc = m_session.rpc();
    const bool staff = m_session.isStaff();
    m_outstanding = staff ? 4 : 2;
    rpc.call(QString(api::method::WorkflowGet), {}, this, [this](const rpc::RpcReply& reply) {
        if (!reply.isError())
            m_workflow.load(api::WorkflowSnapshot::fromJson(reply.result()));
        partDone();
    });
    rpc.call(QString(api::method::CategoryList), {}, this, [this](const rpc::RpcReply& reply) {
        if (!reply.isError())
            m_categories = api::CategoryList::fromJson(reply.result()).items;
        partDone();
    });
    if (!staff)
        return;
    rpc.call(QString(api::method::GroupList), {}, this, [this](const rpc::RpcReply& reply) {
        if (!reply.isError())
            m_groups = api::GroupList::fromJson(reply.result()).items;
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
    m_session.rpc().call(QString(api::method::CannedList), {}, this,
                         [this](const rpc::RpcReply& reply) {
                             if (reply.isError())
                                 return;
                             m_canned.clear();
                             for (const api::CannedResponse& canned :
                                  api::CannedList::fromJson(reply.result()).items)
                                 m_canned.append({canned.id, canned.title, canned.body});
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
            for (const api::SavedView& view : api::SavedViewList::fromJson(reply.result()).items)
                m_views.append({view.id, view.name, view.filter, view.sort});
            Q_EMIT viewsChanged();
        });
}

void Directory::fetchStaff(QStringList roles, const QString& cursor)
{
    if (roles.isEmpty()) {
        partDone();
        return;
    }
    api::UserListParams params;
    params.role = roleFromString(roles.constFirst());
    params.limit = 200;
    params.cursor = cursor;
    m_session.rpc().call(QString(api::method::UserList), params.toJson(), this,
                         [this, roles](const rpc::RpcReply& reply) {
                             QStringList remaining = roles;
                             QString next;
                             if (!reply.isError()) {
                                 const api::UserPage page = api::UserPage::fromJson(reply.result());
                                 m_staff.append(page.items);
                                 next = page.nextCursor;
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
