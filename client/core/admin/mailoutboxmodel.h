#pragma once

#include "api/notifyapi.h"

#include <QAbstractTableModel>
#include <QList>

namespace frontline::client {

// The outgoing notification mails as a table (the Outgoing mail tab's outbox): state, recipient,
// subject, ticket, attempts, next try, last error. A refresh with the same rows changes their
// cells only, so a selection survives the live refresh.
class MailOutboxModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailOutboxModel)

public:
    enum Column { State, Recipient, Subject, Ticket, Attempts, NextTry, LastError, ColumnCount };
    enum RoleName { IdRole = Qt::UserRole + 1, StateRole, TicketRole };

    explicit MailOutboxModel(QObject* parent = nullptr);

    void setEntries(const QList<api::MailOutboxEntry>& entries);
    const QList<api::MailOutboxEntry>& entries() const { return m_entries; }
    const api::MailOutboxEntry* entry(qint64 id) const;
    int rowOf(qint64 id) const; // -1 when not listed

    static QString stateLabel(const QString& state);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<api::MailOutboxEntry> m_entries;
};

} // namespace frontline::client
