#pragma once

#include "api/webhookapi.h"

#include <QAbstractTableModel>
#include <QList>

namespace frontline::client {

// One webhook's delivery log as a table (the Webhooks tab): event, state, attempts, the
// receiver's HTTP status, the last error, when it was queued and its next try. A refresh with
// the same rows changes their cells only, so a selection survives it.
class WebhookDeliveryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookDeliveryModel)

public:
    enum Column { Event, State, Attempts, HttpStatus, LastError, Created, NextTry, ColumnCount };
    enum RoleName { IdRole = Qt::UserRole + 1, StateRole };

    explicit WebhookDeliveryModel(QObject* parent = nullptr);

    void setDeliveries(const QList<api::WebhookDelivery>& deliveries);
    const QList<api::WebhookDelivery>& deliveries() const { return m_items; }
    const api::WebhookDelivery* delivery(qint64 id) const;

    static QString stateLabel(const QString& state);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<api::WebhookDelivery> m_items;
};

} // namespace frontline::client
