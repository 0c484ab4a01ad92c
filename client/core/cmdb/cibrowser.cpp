#include "cibrowser.h"

#include "api/methods.h"
#include "client/core/cmdb/cilistmodel.h"
#include "client/core/errortext.h"
#include "client/core/session.h"
#include "rpc/rpcclient.h"

using namespace Qt::StringLiterals;

namespace frontline::client {

CiBrowser::CiBrowser(Session& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_list(new CiListModel(this))
{
    // A class added or changed by an administrator elsewhere: its list here follows.
    connect(&session, &Session::configChanged, this, [this](const QStringList& parts) {
        if (parts.contains(QString(api::configpart::CiClasses)))
            loadClasses();
    });
}

bool CiBrowser::canEdit() const
{
    return m_session.user().role == Role::Admin;
}

const api::CiClass* CiBrowser::ciClass(const QString& name) const
{
    for (const api::CiClass& item : m_classes)
        if (item.name == name)
            return &item;
    return nullptr;
}

void CiBrowser::send(QLatin1StringView method, const QJsonObject& params,
                     const std::function<void(const QJsonValue&)>& done, quint64 generation)
{
    m_session.rpc().call(
        QString(method), params, this,
        [this, done, generation, method](const rpc::RpcReply& reply) {
            const bool list = method == api::method::CiList || method == api::method::CiSearch;
            if (generation != (list ? m_listGeneration : m_selectGeneration))
                return;
            if (reply.isError()) {
                Q_EMIT failed(ErrorText::describe(reply.error()), reply.error().field());
                return;
            }
            done(reply.result());
        });
}

void CiBrowser::loadClasses()
{
    m_session.rpc().call(QString(api::method::CiClassList), QJsonObject(), this,
                         [this](const rpc::RpcReply& reply) {
                             if (reply.isError())
                                 return;
                             m_classes = api::CiClassList::fromJson(reply.result()).items;
                             Q_EMIT classesChanged();
                         });
}

void CiBrowser::search(const QString& text, const QString& ciClass, const QString& status)
{
    const quint64 generation = ++m_listGeneration;
    m_filterClass = ciClass;
    m_filterStatus = status;
    const QString query = text.trimmed();
    if (query.isEmpty()) {
        m_list->setFetchMore(nullptr);
        m_list->setItems({}, false);
        listPage(0);
        return;
    }
    api::CiSearchParams params;
    params.query = query;
    params.limit = 200;
    m_list->setFetchMore(nullptr);
    send(
        api::method::CiSearch, params.toJson(),
        [this, ciClass, status](const QJsonValue& result) {
            QList<api::Ci> items;
            for (const api::Ci& ci : api::CiPage::fromJson(result).items)
                if ((ciClass.isEmpty() || ci.ciClass == ciClass)
                    && (status.isEmpty() || ci.status == status))
                    items.append(ci);
            m_list->setItems(items, false);
            Q_EMIT listed();
        },
        generation);
}

void CiBrowser::listPage(qint64 after)
{
    api::CiListParams params;
    if (!m_filterClass.isEmpty())
        params.ciClass = m_filterClass;
    if (!m_filterStatus.isEmpty())
        params.status = m_filterStatus;
    params.limit = 100;
    params.after = after;
    send(
        api::method::CiList, params.toJson(),
        [this](const QJsonValue& result) {
            const api::CiPage page = api::CiPage::fromJson(result);
            const bool more = page.nextCursor.has_value();
            const qint64 next = more ? page.nextCursor->toLongLong() : 0;
            m_list->setFetchMore(more ? std::function<void()>([this, next] { listPage(next); })
                                      : std::function<void()>());
            m_list->append(page.items, more);
            Q_EMIT listed();
        },
        m_listGeneration);
}

void CiBrowser::select(qint64 id)
{
    const quint64 generation = ++m_selectGeneration;
    m_centre = id;
    m_graph.clear();
    m_requested.clear();
    m_pending = 0;
    m_impact.reset();
    expand(id, 0);
    api::CiImpactParams impact;
    impact.id = id;
    send(
        api::method::CiImpact, impact.toJson(),
        [this](const QJsonValue& result) {
            m_impact = api::CiImpact::fromJson(result);
            Q_EMIT impactChanged();
        },
        generation);
}

void CiBrowser::showCi(const api::Ci& ci)
{
    m_current = ci;
    Q_EMIT currentChanged();
    select(ci.id);
    const int row = m_list->rowOf(ci.id);
    if (row >= 0) {
        QList<api::Ci> items;
        for (int i = 0; i < m_list->rowCount(); ++i)
            items.append(i == row ? ci : m_list->ci(i));
        m_list->setItems(items, m_list->canFetchMore({}));
    }
}

void CiBrowser::reload()
{
    if (m_current)
        select(m_current->id);
}

void CiBrowser::expand(qint64 id, int distance)
{
    if (m_requested.contains(id) || m_requested.size() >= MaxGraphReads)
        return;
    m_requested.insert(id);
    ++m_pending;
    const quint64 generation = m_selectGeneration;
    m_session.rpc().call(
        QString(api::method::CiGet), api::IdParams {id}.toJson(), this,
        [this, distance, generation](const rpc::RpcReply& reply) {
            if (generation != m_selectGeneration)
                return;
            --m_pending;
            if (reply.isError()) {
                if (distance == 0)
                    Q_EMIT failed(ErrorText::describe(reply.error()), reply.error().field());
                Q_EMIT graphChanged();
                return;
            }
            const api::Ci ci = api::Ci::fromJson(reply.result());
            m_graph.addCi(ci);
            if (distance == 0) {
                m_current = ci;
                Q_EMIT currentChanged();
            }
            // The CIs one step further, while within the depth drawn (users and organisations
            // have no relationships of their own to read).
            if (distance + 1 < GraphDepth) {
                QList<api::CiRelation> relations = ci.outgoing.value_or(QList<api::CiRelation>());
                relations.append(ci.incoming.value_or(QList<api::CiRelation>()));
                for (const api::CiRelation& relation : std::as_const(relations))
                    if (relation.other.kind == u"ci"_s)
                        expand(relation.other.id, distance + 1);
            }
            Q_EMIT graphChanged();
        });
}

} // namespace frontline::client
