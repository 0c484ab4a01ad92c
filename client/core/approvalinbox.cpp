#include "approvalinbox.h"

#include "api/methods.h"
#include "client/core/errortext.h"
#include "client/core/session.h"
#include "rpc/rpcclient.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace frontline::client {

ApprovalInbox::ApprovalInbox(Session& session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(&session.rpc(), &rpc::RpcClient::notificationReceived, this,
            [this](const QString& method, const QJsonValue&) {
                if (method == api::notification::ApprovalChanged)
                    reload();
            });
    connect(&session, &Session::stateChanged, this, [this](Session::State state) {
        if (state == Session::State::Ready)
            reload();
    });
    if (session.state() == Session::State::Ready)
        reload();
}

std::optional<api::ApprovalItem> ApprovalInbox::item(qint64 id) const
{
    for (const api::ApprovalItem& item : m_items) {
        if (item.id == id)
            return item;
    }
    return std::nullopt;
}

void ApprovalInbox::reload()
{
    m_session.rpc().call(QString(api::method::ApprovalList), api::ApprovalListParams {}.toJson(),
                         this, [this](const rpc::RpcReply& reply) {
                             if (reply.isError())
                                 return;
                             m_delegation = api::ApprovalDelegation::fromJson(
                                 reply.result().toObject().value("delegation"_L1));
                             setItems(api::ApprovalList::fromJson(reply.result()).items);
                         });
}

void ApprovalInbox::setItems(QList<api::ApprovalItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
    Q_EMIT changed();
}

void ApprovalInbox::fail(const rpc::RpcError& error)
{
    Q_EMIT failed(ErrorText::describe(error), error.field());
}

void ApprovalInbox::decide(qint64 id, bool approve, const QString& comment)
{
    api::ApprovalDecideParams params;
    params.id = id;
    params.approve = approve;
    params.comment = comment.trimmed();
    // The same rules as the server, before anything is sent.
    if (auto checked = api::ApprovalDecideParams::fromJson(params.toJson()); !checked) {
        fail(checked.error());
        return;
    }
    m_session.rpc().call(QString(api::method::ApprovalDecide), params.toJson(), this,
                         [this, id, approve](const rpc::RpcReply& reply) {
                             if (reply.isError()) {
                                 fail(reply.error());
                                 reload();
                                 return;
                             }
                             Q_EMIT decided(id, approve);
                             reload();
                         });
}

void ApprovalInbox::delegate(std::optional<qint64> to, const QDateTime& until)
{
    api::ApprovalDelegateParams params;
    params.to = to;
    params.until = until.toMSecsSinceEpoch();
    m_session.rpc().call(QString(api::method::ApprovalDelegate), params.toJson(), this,
                         [this](const rpc::RpcReply& reply) {
                             if (reply.isError()) {
                                 fail(reply.error());
                                 return;
                             }
                             m_delegation = api::ApprovalDelegation::fromJson(reply.result());
                             Q_EMIT delegated();
                             reload();
                         });
}

int ApprovalInbox::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ApprovalInbox::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApprovalInbox::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const api::ApprovalItem& item = m_items.at(index.row());
    if (role == IdRole)
        return item.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Ticket:
        return u"#%1"_s.arg(item.ticketId);
    case Title:
        return item.ticketTitle;
    case Requester:
        return item.requesterName;
    case Step:
        return tr("%1 of %2").arg(item.step + 1).arg(item.stepCount);
    case Waiting:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(item.createdAt).toLocalTime(),
                                  QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant ApprovalInbox::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Ticket:
        return tr("Ticket");
    case Title:
        return tr("Title");
    case Requester:
        return tr("Requester");
    case Step:
        return tr("Step");
    case Waiting:
        return tr("Waiting since");
    default:
        return {};
    }
}

} // namespace frontline::client
