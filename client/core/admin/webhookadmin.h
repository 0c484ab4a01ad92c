#pragma once

#include "api/webhookapi.h"
#include "client/core/admin/admincontroller.h"
#include "client/core/admin/webhookdeliverymodel.h"

#include <QList>

#include <optional>

namespace frontline::client {

// The controller of the Webhooks tab (admins, issue 23): the hooks (URL, events, active, why the
// server turned one off), creating one (its secret is answered once: created() carries it, and
// nothing keeps it), changing, deleting, "send test", and one hook's delivery log with
// "redeliver".
class WebhookAdmin final : public AdminController
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookAdmin)

public:
    static constexpr int DeliveryLimit = 100;

    explicit WebhookAdmin(Session& session, QObject* parent = nullptr);

    void reload(); // loaded()
    const QList<api::WebhookInfo>& hooks() const { return m_hooks; }
    std::optional<api::WebhookInfo> hook(qint64 id) const;
    static QStringList eventNames(); // the events a hook can ask for (without "*")

    // Answer with created() or saved() (the list is loaded again), or refused().
    void create(const api::WebhookCreateParams& params);
    void update(const api::WebhookUpdateParams& params);
    void remove(qint64 id); // removed()
    void sendTest(qint64 id); // testQueued(), and the log of that hook again

    // The log of one hook, newest first: deliveriesLoaded().
    void loadDeliveries(qint64 hookId);
    qint64 deliveriesOf() const { return m_deliveriesOf; }
    WebhookDeliveryModel* deliveries() { return &m_deliveries; }
    void redeliver(qint64 deliveryId); // redelivered(), and the log again

Q_SIGNALS:
    void loaded();
    void created(const frontline::api::WebhookCreated& created);
    void saved(const frontline::api::WebhookInfo& hook);
    void removed(qint64 id);
    void testQueued(const frontline::api::WebhookDelivery& delivery);
    void deliveriesLoaded();
    void redelivered(const frontline::api::WebhookDelivery& delivery);

private:
    QList<api::WebhookInfo> m_hooks;
    WebhookDeliveryModel m_deliveries;
    qint64 m_deliveriesOf = 0;
};

} // namespace frontline::client
