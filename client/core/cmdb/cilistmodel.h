#pragma once

#include "api/cmdbapi.h"

#include <QAbstractTableModel>

#include <functional>

namespace frontline::client {

// The CIs the browser lists (issue 22): a search's answer or ci.list pages appended as the
// view asks for more (the owner, CiBrowser, fetches them). One row per CI.
class CiListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CiListModel)

public:
    enum Column { Name, Class, Status, HostName, ColumnCount };

    explicit CiListModel(QObject* parent = nullptr);

    void setItems(const QList<api::Ci>& items, bool more);
    void append(const QList<api::Ci>& items, bool more);
    const api::Ci& ci(int row) const { return m_items.at(row); }
    int rowOf(qint64 id) const;
    void setFetchMore(std::function<void()> fetch) { m_fetch = std::move(fetch); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // In the user's language: "In use", "Depends on"...
    static QString statusLabel(const QString& status);
    static QString relationLabel(const QString& type);

private:
    QList<api::Ci> m_items;
    bool m_more = false;
    bool m_fetching = false;
    std::function<void()> m_fetch;
};

} // namespace frontline::client
