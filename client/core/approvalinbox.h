#pragma once

#include "api/approvalapi.h"
#include "rpc/rpcerror.h"

#include <QAbstractTableModel>
#include <QDateTime>

#include <optional>

namespace frontline::client {

class Session;

// The approvals waiting on the user (issue 21): loaded when the session is ready, reloaded
// on every pushed approval.changed, decided and delegated on the server. Widgets render
// items() (or the model) and forward intent; they never see the connection.
class ApprovalInbox final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApprovalInbox)

public:
    enum Column { Ticket, Title, Requester, Step, Waiting, ColumnCount };

    explicit ApprovalInbox(Session& session, QObject* parent = nullptr);

    const QList<api::ApprovalItem>& items() const { return m_items; }
    int count() const { return int(m_items.size()); }
    const api::ApprovalDelegation& delegation() const { return m_delegation; }
    std::optional<api::ApprovalItem> item(qint64 id) const;

    void reload();
    // A rejection needs a comment (refused here, before it is sent, as the server would).
    void decide(qint64 id, bool approve, const QString& comment);
    // Hands the user's approvals to `to` until `until`; nullopt ends the delegation.
    void delegate(std::optional<qint64> to, const QDateTime& until);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    static constexpr int IdRole = Qt::UserRole + 1;

Q_SIGNALS:
    void changed(); // the list or the count changed
    void decided(qint64 id, bool approve);
    void delegated();
    // Why an action failed, in the user's language (ErrorText), and the field it names.
    void failed(const QString& message, const QString& field);

private:
    void setItems(QList<api::ApprovalItem> items);
    void fail(const rpc::RpcError& error);

    Session& m_session;
    QList<api::ApprovalItem> m_items;
    api::ApprovalDelegation m_delegation;
};

} // namespace frontline::client
