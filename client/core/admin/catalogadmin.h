#pragma once

#include "api/approvalapi.h"
#include "api/catalogapi.h"
#include "client/core/admin/admincontroller.h"
#include "domain/category.h"
#include "domain/group.h"
#include "domain/organisation.h"
#include "domain/user.h"
#include "workflow/slapolicy.h"

#include <QList>

#include <optional>

namespace frontline::client {

// The controller of the Catalog tab (admins, issue 21): every catalog item (inactive ones and
// every audience: `all`), one item read again, creating and changing one (the form's fields,
// the approval chain, the tasks), activating or deactivating it. With the items it loads what
// the editor offers: groups, categories, SLA policies and organisations. The person of an
// approval step is found by search (UserSearch), not from a list of all staff; the people the
// loaded steps name are read one by one (findPeople). Params are checked with the server's own
// parser before they are sent (refused() names the field as the server would: "tasks.1.group",
// "approvals.0.n"). Once loaded, it follows other administrators: a config.changed naming the
// catalog, groups, categories, organisations or SLA policies (several within ConfigSettleMs
// read once) or a restored connection loads everything again (loaded()); the page keeps an
// item being edited.
class CatalogAdmin final : public AdminController
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogAdmin)

public:
    explicit CatalogAdmin(Session& session, QObject* parent = nullptr);

    void reload(); // loaded()
    const QList<api::CatalogItem>& items() const { return m_items; }
    std::optional<api::CatalogItem> item(qint64 id) const;
    const QList<Group>& groups() const { return m_groups; }
    const QList<Category>& categories() const { return m_categories; }
    const QList<SlaPolicy>& slaPolicies() const { return m_policies; }
    const QList<Organisation>& organisations() const { return m_orgs; }
    // The session the editor's people search (UserPicker) runs on.
    Session& session() const { return m_session; }

    // An item's approval chain as typed steps (the item keeps it as the wire's JSON), and back.
    static QList<api::ApprovalStep> approvalSteps(const api::CatalogItem& item);
    static void setApprovalSteps(api::CatalogItem& item, const QList<api::ApprovalStep>& steps);

    // Reads one item again (fetched()).
    void get(qint64 id);
    // Answer with saved() (the list is loaded again), or refused().
    void create(const api::CatalogItemCreateParams& params);
    void update(const api::CatalogItemUpdateParams& params);
    void setActive(qint64 id, bool active);
    // Reads the people `ids` name (user.get each): personFound() for each one found.
    void findPeople(const QList<qint64>& ids);

Q_SIGNALS:
    void loaded();
    void fetched(const frontline::api::CatalogItem& item);
    void saved(const frontline::api::CatalogItem& item);
    // A create or update went nowhere: refused (refused() says why) or not answered.
    void notSaved();
    void personFound(const frontline::User& user);

private:
    void loadItems(const QString& cursor);
    void took(const QJsonValue& result);
    void partLoaded();

    QList<api::CatalogItem> m_items;
    QList<api::CatalogItem> m_loading; // the pages of the reload on its way
    QList<Group> m_groups;
    QList<Category> m_categories;
    QList<SlaPolicy> m_policies;
    QList<Organisation> m_orgs;
    int m_parts = 0;
};

} // namespace frontline::client
