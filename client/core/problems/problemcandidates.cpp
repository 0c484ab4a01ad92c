#include "problemcandidates.h"

#include "api/methods.h"
#include "client/core/errortext.h"
#include "client/core/session.h"
#include "rpc/rpcclient.h"

namespace frontline::client {

ProblemCandidatesModel::ProblemCandidatesModel(Session& session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{ }

void ProblemCandidatesModel::reload(int days, int minIncidents)
{
    api::ProblemCandidatesParams params;
    params.days = days;
    params.minIncidents = minIncidents;
    m_session.rpc().call(QString(api::method::ProblemCandidates), params.toJson(), this,
                         [this](const rpc::RpcReply& reply) {
                             if (reply.isError()) {
                                 Q_EMIT failed(ErrorText::describe(reply.error()));
                                 return;
                             }
                             const auto found = api::ProblemCandidates::fromJson(reply.result());
                             beginResetModel();
                             m_items = found.items;
                             m_scanned = found.scanned;
                             m_loaded = true;
                             endResetModel();
                             Q_EMIT loaded();
                         });
}

int ProblemCandidatesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ProblemCandidatesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemCandidatesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || role != Qt::DisplayRole)
        return {};
    const api::CandidateProblem& item = m_items.at(index.row());
    switch (index.column()) {
    case Title:
        return item.suggestedTitle;
    case Category:
        return item.category;
    case Incidents:
        return int(item.incidents.size());
    default:
        return {};
    }
}

QVariant ProblemCandidatesModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Suggested problem");
    case Category:
        return tr("Category");
    case Incidents:
        return tr("Incidents");
    default:
        return {};
    }
}

} // namespace frontline::client
