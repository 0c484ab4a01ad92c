#include "catalogadmin.h"

#include "api/automationapi.h"
#include "api/directoryapi.h"
#include "api/methods.h"
#include "api/orgapi.h"
#include "client/core/session.h"
#include "rpc/rpcclient.h"

#include <QJsonObject>

namespace frontline::client {

CatalogAdmin::CatalogAdmin(Session& session, QObject* parent)
    : AdminController(session, parent)
{
    followConfig({QString(api::configpart::Catalog), QString(api::configpart::Groups),
                  QString(api::configpart::Categories), QString(api::configpart::Organisations),
                  QString(api::configpart::SlaPolicies)},
                 [this] { reload(); });
}

std::optional<api::CatalogItem> CatalogAdmin::item(qint64 id) const
{
    for (const api::CatalogItem& item : m_items) {
        if (item.id == id)
            return item;
    }
    return std::nullopt;
}

QList<api::ApprovalStep> CatalogAdmin::approvalSteps(const api::CatalogItem& item)
{
    auto steps = api::parseApprovalSteps(item.approvals);
    return steps ? *steps : QList<api::ApprovalStep>();
}

void CatalogAdmin::setApprovalSteps(api::CatalogItem& item, const QList<api::ApprovalStep>& steps)
{
    item.approvals = api::approvalStepsJson(steps);
}

void CatalogAdmin::reload()
{
    startFollowing();
    m_parts = 0;
    sendLatest(api::method::GroupList, QJsonObject(), [this](const QJsonValue& result) {
        m_groups = api::GroupList::fromJson(result).items;
        partLoaded();
    });
    sendLatest(api::method::CategoryList, QJsonObject(), [this](const QJsonValue& result) {
        m_categories = api::CategoryList::fromJson(result).items;
        partLoaded();
    });
    sendLatest(api::method::SlaPolicyList, QJsonObject(), [this](const QJsonValue& result) {
        m_policies = api::SlaPolicyList::fromJson(result).policies;
        partLoaded();
    });
    sendLatest(api::method::OrgList, QJsonObject(), [this](const QJsonValue& result) {
        m_orgs = api::OrgList::fromJson(result).items;
        partLoaded();
    });
    loadItems(QString());
}

// loaded() once every part of the latest reload is in: the editor offers what the items name.
void CatalogAdmin::partLoaded()
{
    if (++m_parts == 5)
        Q_EMIT loaded();
}

// Page after page (by name); each page is the latest call of its method, so an older reload's
// pages stop as soon as a newer one is sent.
void CatalogAdmin::loadItems(const QString& cursor)
{
    api::CatalogItemListParams params;
    params.all = true;
    params.limit = 200;
    params.cursor = cursor;
    sendLatest(api::method::CatalogItemList, params.toJson(),
               [this, cursor](const QJsonValue& result) {
                   const api::CatalogItemPage page = api::CatalogItemPage::fromJson(result);
                   if (cursor.isEmpty())
                       m_loading.clear();
                   m_loading.append(page.items);
                   if (page.nextCursor && !page.nextCursor->isEmpty()) {
                       loadItems(*page.nextCursor);
                       return;
                   }
                   m_items = m_loading;
                   m_loading.clear();
                   partLoaded();
               });
}

void CatalogAdmin::get(qint64 id)
{
    send(api::method::CatalogItemGet, api::IdParams {id}.toJson(),
         [this](const QJsonValue& result) { Q_EMIT fetched(api::CatalogItem::fromJson(result)); });
}

void CatalogAdmin::took(const QJsonValue& result)
{
    const api::CatalogItem item = api::CatalogItem::fromJson(result);
    for (api::CatalogItem& known : m_items) {
        if (known.id == item.id)
            known = item;
    }
    Q_EMIT saved(item);
    reload();
}

void CatalogAdmin::create(const api::CatalogItemCreateParams& params)
{
    if (!accepts(params)) {
        Q_EMIT notSaved();
        return;
    }
    send(
        api::method::CatalogItemCreate, params.toJson(),
        [this](const QJsonValue& result) { took(result); }, [this] { Q_EMIT notSaved(); });
}

void CatalogAdmin::update(const api::CatalogItemUpdateParams& params)
{
    if (!accepts(params)) {
        Q_EMIT notSaved();
        return;
    }
    send(
        api::method::CatalogItemUpdate, params.toJson(),
        [this](const QJsonValue& result) { took(result); }, [this] { Q_EMIT notSaved(); });
}

void CatalogAdmin::setActive(qint64 id, bool active)
{
    api::CatalogItemUpdateParams params;
    params.id = id;
    params.active = active;
    update(params);
}

void CatalogAdmin::findPeople(const QList<qint64>& ids)
{
    // Not send(): a person who cannot be read (gone) is no refusal of the item; the step keeps
    // showing the id.
    for (const qint64 id : ids) {
        m_session.rpc().call(QString(api::method::UserGet), api::IdParams {id}.toJson(), this,
                             [this](const rpc::RpcReply& reply) {
                                 if (!reply.isError())
                                     Q_EMIT personFound(User::fromJson(reply.result().toObject()));
                             });
    }
}

} // namespace frontline::client
