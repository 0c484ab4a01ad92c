#include "webhookdeliverymodel.h"

#include "core/timeutil.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace frontline::client {

namespace {

QString shortTime(const QString& iso)
{
    const auto at = timeutil::fromIso(iso);
    if (!at)
        return {};
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(*at).toLocalTime(),
                              QLocale::ShortFormat);
}

} // namespace

WebhookDeliveryModel::WebhookDeliveryModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void WebhookDeliveryModel::setDeliveries(const QList<api::WebhookDelivery>& deliveries)
{
    bool sameRows = deliveries.size() == m_items.size();
    for (qsizetype i = 0; sameRows && i < deliveries.size(); ++i)
        sameRows = deliveries[i].id == m_items[i].id;
    if (!sameRows) {
        beginResetModel();
        m_items = deliveries;
        endResetModel();
        return;
    }
    for (qsizetype i = 0; i < deliveries.size(); ++i) {
        if (deliveries[i] == m_items[i])
            continue;
        m_items[i] = deliveries[i];
        Q_EMIT dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
    }
}

const api::WebhookDelivery* WebhookDeliveryModel::delivery(qint64 id) const
{
    for (const api::WebhookDelivery& item : m_items) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

QString WebhookDeliveryModel::stateLabel(const QString& state)
{
    if (state == u"queued"_s)
        return tr("Waiting");
    if (state == u"sending"_s)
        return tr("Sending");
    if (state == u"delivered"_s)
        return tr("Delivered");
    if (state == u"failed"_s)
        return tr("Failed");
    return state;
}

int WebhookDeliveryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int WebhookDeliveryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WebhookDeliveryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const api::WebhookDelivery& d = m_items[index.row()];
    if (role == IdRole)
        return d.id;
    if (role == StateRole)
        return d.state;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Event:
        return d.event;
    case State:
        return stateLabel(d.state);
    case Attempts:
        return d.attempts;
    case HttpStatus:
        return d.httpStatus ? QVariant(*d.httpStatus) : QVariant(QString());
    case LastError:
        return d.lastError;
    case Created:
        return shortTime(d.createdAt);
    case NextTry:
        return shortTime(d.nextAttemptAt);
    default:
        return {};
    }
}

QVariant WebhookDeliveryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Event:
        return tr("Event");
    case State:
        return tr("State");
    case Attempts:
        return tr("Attempts");
    case HttpStatus:
        return tr("HTTP status");
    case LastError:
        return tr("Last error");
    case Created:
        return tr("Queued");
    case NextTry:
        return tr("Next try");
    default:
        return {};
    }
}

} // namespace frontline::client
