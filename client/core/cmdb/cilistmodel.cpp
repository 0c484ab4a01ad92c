#include "cilistmodel.h"

using namespace Qt::StringLiterals;

namespace frontline::client {

CiListModel::CiListModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void CiListModel::setItems(const QList<api::Ci>& items, bool more)
{
    beginResetModel();
    m_items = items;
    m_more = more;
    m_fetching = false;
    endResetModel();
}

void CiListModel::append(const QList<api::Ci>& items, bool more)
{
    m_fetching = false;
    m_more = more;
    if (items.isEmpty())
        return;
    beginInsertRows({}, int(m_items.size()), int(m_items.size() + items.size()) - 1);
    m_items.append(items);
    endInsertRows();
}

int CiListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_items.size(); ++row)
        if (m_items.at(row).id == id)
            return row;
    return -1;
}

int CiListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int CiListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CiListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const api::Ci& ci = m_items.at(index.row());
    if (role == Qt::UserRole)
        return ci.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name:
        return ci.name;
    case Class:
        return ci.ciClass;
    case Status:
        return statusLabel(ci.status);
    case HostName:
        return ci.hostName;
    default:
        return {};
    }
}

QVariant CiListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Class:
        return tr("Class");
    case Status:
        return tr("Status");
    case HostName:
        return tr("Host name");
    default:
        return {};
    }
}

bool CiListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_more && !m_fetching && m_fetch;
}

void CiListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    m_fetch();
}

QString CiListModel::statusLabel(const QString& status)
{
    if (status == u"planned"_s)
        return tr("Planned");
    if (status == u"in_use"_s)
        return tr("In use");
    if (status == u"maintenance"_s)
        return tr("Maintenance");
    if (status == u"retired"_s)
        return tr("Retired");
    return status;
}

QString CiListModel::relationLabel(const QString& type)
{
    if (type == u"depends_on"_s)
        return tr("depends on");
    if (type == u"runs_on"_s)
        return tr("runs on");
    if (type == u"connected_to"_s)
        return tr("connected to");
    if (type == u"used_by"_s)
        return tr("used by");
    return type;
}

} // namespace frontline::client
