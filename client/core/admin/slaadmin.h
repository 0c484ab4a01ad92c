#pragma once

#include "client/core/admin/admincontroller.h"
#include "domain/category.h"
#include "workflow/slapolicy.h"

#include <QList>

namespace frontline::client {

// The controller of the SLA policies page (managers and admins): the policies as the server has
// them (sla.policy.list) with the calendars and categories a policy may name, and a policy
// checked with SlaPolicy::validate() (shared/workflow), then saved (sla.policy.create /
// sla.policy.update) or deleted. A refusal names the field ("resolve_minutes", "calendar").
// Once loaded, another manager's change of the policies, calendars or categories
// (config.changed) or a restored connection loads all three again; the page keeps a policy
// being edited.
class SlaAdmin final : public AdminController
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SlaAdmin)

public:
    explicit SlaAdmin(Session& session, QObject* parent = nullptr);

    // The policies, then the calendars and categories: loaded() once all three are in.
    void reload();
    bool isLoaded() const { return m_loaded; }
    const QList<SlaPolicy>& policies() const { return m_policies; }
    const QList<CalendarEntry>& calendars() const { return m_calendars; }
    const QList<Category>& categories() const { return m_categories; }
    // A listed policy, or a new one (4 business hours to respond, a day to resolve).
    SlaPolicy policy(qint64 id) const;

    // Creates the policy (id 0) or updates it.
    void save(const SlaPolicy& policy);
    void remove(qint64 id);

Q_SIGNALS:
    void loaded();
    // The policy as stored; `ticketsRecomputed`: open tickets re-planned under it.
    void saved(const SlaPolicy& policy, int ticketsRecomputed);
    // `ticketsRecomputed`: open tickets re-planned without it.
    void removed(qint64 id, int ticketsRecomputed);
    // A save went nowhere: refused (refused() says why) or not answered.
    void notSaved();

private:
    void partLoaded();

    QList<SlaPolicy> m_policies;
    QList<CalendarEntry> m_calendars;
    QList<Category> m_categories;
    int m_parts = 0;
    bool m_loaded = false;
};

} // namespace frontline::client
