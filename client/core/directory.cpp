#include "directory.h"

#include "api/directoryapi.h"
#include "api/methods.h"
#include "api/workspaceapi.h"
#include "client/core/fieldcatalogue.h"
#include "client/core/session.h"
#include "rpc/rpcclient.h"

#include <QJsonObject>

#include <functional>
#include <utility>

using namespace Qt::StringLiterals;

namespace frontline::client {

Directory::Directory(Session& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_fields(new FieldCatalogue(session, this))
{
    connect(&session, &Session::loggedIn, this, &Directory::refresh);
    connect(&session, &Session::connectionRestored, this, &Directory::refresh);
    m_configSettle.setSingleShot(true);
    m_configSettle.setInterval(ConfigSettleMs);
    connect(&m_configSettle, &QTimer::timeout, this, &Directory::configChanged);
    connect(&session, &Session::configChanged, this, [this](const QStringList& parts) {
        for (const QString& part : parts)
            m_changedParts.insert(part);
        m_configSettle.start();
    });
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
    QStringList parts {QString(api::configpart::Workflow), QString(api::configpart::Categories)};
    if (m_session.isStaff()) {
        parts << QString(api::configpart::Groups) << QString(api::configpart::Staff);
        refreshCanned();
        refreshViews();
    }
    load(parts);
}

void Directory::configChanged()
{
    const QSet<QString> parts = std::exchange(m_changedParts, {});
    if (parts.contains(QString(api::configpart::Fields))
        || parts.contains(QString(api::configpart::Organisations)))
        m_fields->reload(); // the organisation fields' choices too
    load(QStringList(parts.cbegin(), parts.cend()));
}

void Directory::load(const QStringList& parts)
{
    rpc::RpcClient& rpc = m_session.rpc();
    const bool staff = m_session.isStaff();
    // One read of a part: its answer kept only if no newer read of that part began since.
    const auto read = [this, &rpc](QLatin1StringView part, QLatin1StringView method,
                                   std::function<void(const QJsonValue&)> keep) {
        ++m_outstanding;
        const quint64 generation = ++m_generation[QString(part)];
        rpc.call(QString(method), {}, this,
                 [this, part, generation, keep = std::move(keep)](const rpc::RpcReply& reply) {
                     if (!reply.isError() && isNewest(part, generation))
                         keep(reply.result());
                     partDone();
                 });
    };
    if (parts.contains(QString(api::configpart::Workflow)))
        read(api::configpart::Workflow, api::method::WorkflowGet,
             [this](const QJsonValue& v) { m_workflow.load(api::WorkflowSnapshot::fromJson(v)); });
    if (parts.contains(QString(api::configpart::Categories)))
        read(api::configpart::Categories, api::method::CategoryList,
             [this](const QJsonValue& v) { m_categories = api::CategoryList::fromJson(v).items; });
    if (!staff)
        return;
    if (parts.contains(QString(api::configpart::Groups)))
        read(api::configpart::Groups, api::method::GroupList,
             [this](const QJsonValue& v) { m_groups = api::GroupList::fromJson(v).items; });
    if (parts.contains(QString(api::configpart::Staff))) {
        // Everyone who can be assigned: agents, managers, admins (requesters cannot), all pages.
        ++m_outstanding;
        fetchStaff({u"agent"_s, u"manager"_s, u"admin"_s}, QString(),
                   ++m_generation[QString(api::configpart::Staff)], {});
    }
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

void Directory::fetchStaff(QStringList roles, const QString& cursor, quint64 generation,
                           QList<User> collected)
{
    if (!isNewest(api::configpart::Staff, generation)) { // a newer read began: this one ends
        partDone();
        return;
    }
    if (roles.isEmpty()) {
        m_staff = std::move(collected);
        partDone();
        return;
    }
    api::UserListParams params;
    params.role = roleFromString(roles.constFirst());
    params.limit = 200;
    params.cursor = cursor;
    m_session.rpc().call(QString(api::method::UserList), params.toJson(), this,
                         [this, roles, generation, collected](const rpc::RpcReply& reply) mutable {
                             QStringList remaining = roles;
                             QString next;
                             if (!reply.isError()) {
                                 const api::UserPage page = api::UserPage::fromJson(reply.result());
                                 collected.append(page.items);
                                 next = page.nextCursor;
                             }
                             if (next.isEmpty())
                                 remaining.removeFirst();
                             fetchStaff(remaining, next, generation, std::move(collected));
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
