#pragma once

#include "api/auditapi.h"
#include "client/core/admin/admincontroller.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace frontline::client {

// The audit log's rows, newest first, a page at a time (fetchMore asks AuditAdmin for the
// next one).
class AuditModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditModel)

public:
    enum Column { Time, Who, Via, Action, Target, Summary, ColumnCount };

    explicit AuditModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    const api::AuditEntry* entry(int row) const;
    void reset(const QList<api::AuditEntry>& entries, bool more);
    void append(const QList<api::AuditEntry>& entries, bool more);

Q_SIGNALS:
    void moreWanted();

private:
    QList<api::AuditEntry> m_entries;
    bool m_more = false;
    bool m_fetching = false;
};

// The controller of the audit log page (admins, issue 20): the entries that match a filter in
// a model fed page by page, the details of one (field, before, after), and the CSV export.
class AuditAdmin final : public AdminController
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditAdmin)

public:
    static constexpr int PageSize = 100;

    // One changed field of an entry, as the details show it.
    struct DetailRow
    {
        QString field;
        QString before;
        QString after;
        bool operator==(const DetailRow&) const = default;
    };

    explicit AuditAdmin(Session& session, QObject* parent = nullptr);

    AuditModel* model() { return &m_model; }
    const api::AuditFilter& filter() const { return m_filter; }
    // Loads the first page that matches `filter`; loaded() when it is in.
    void setFilter(const api::AuditFilter& filter);
    void reload();
    void fetchMore(); // the next page, if any
    bool hasMore() const { return !m_cursor.isEmpty(); }

    // Writes the matching entries to `path` as CSV: exported(path) or exportFailed(message).
    void exportTo(const QString& path);

    static QList<DetailRow> detailsOf(const api::AuditEntry& entry);

Q_SIGNALS:
    void loaded();
    void exported(const QString& path);
    void exportFailed(const QString& message);

private:
    AuditModel m_model;
    api::AuditFilter m_filter;
    QString m_cursor;
    int m_generation = 0; // answers to an older filter are dropped
    bool m_fetching = false;
};

} // namespace frontline::client
