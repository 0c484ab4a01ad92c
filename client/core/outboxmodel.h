#pragma once

#include "client/core/outbox.h"

#include <QAbstractTableModel>

namespace frontline::client {

// The outbox as both programs show it: one row per item, in the order they are sent, with
// what it is, when it was made, its state and the server's reason when it was refused.
class OutboxModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutboxModel)

public:
    enum Column { ChangeColumn, MadeColumn, StateColumn, ProblemColumn, ColumnCount };
    enum Role {
        ItemIdRole = Qt::UserRole + 1,
        StateRole, // Outbox::State
        FailedRole, // bool: refused by the server
    };

    explicit OutboxModel(Outbox& outbox, QObject* parent = nullptr);

    Outbox& outbox() const { return m_outbox; }
    // "Everything has been sent." or how many wait and how many were refused.
    QString summary() const;
    // The row of an item, or -1.
    int rowOf(const QString& id) const;
    static QString stateLabel(Outbox::State state);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    Outbox& m_outbox;
};

} // namespace frontline::client
