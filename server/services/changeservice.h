#pragma once

#include "api/changeapi.h"
#include "auth/principal.h"
#include "services/outcome.h"
#include "services/ticketmutation.h"
#include "storage/changerepository.h"

namespace frontline::server {

class SqlSession;
struct WorkflowConfig;

// Change management (issue 22, point 4): the change record of a `change` ticket (kind, risk
// from the questionnaire, plans, schedule; affected CIs are the ticket's), its submission to
// the board (an approval chain of the existing engine; standard changes pre-approved from a
// template), the post-implementation review, incidents caused by the change, and templates.
// Every change to the record is in the ticket's event log (`change.*` fields) and pushed as
// ticket.changed.
class ChangeService
{
public:
    ChangeService(SqlSession& session, const WorkflowConfig& workflow, const Principal& principal,
                  qint64 now);

    ServiceResult questionnaire();
    ServiceResult create(const api::ChangeCreateParams& params);
    ServiceResult get(qint64 id);
    ServiceResult update(const api::ChangeUpdateParams& params);
    ServiceResult submit(const api::ChangeSubmitParams& params);
    ServiceResult review(const api::ChangeReviewParams& params);
    ServiceResult linkIncidents(const api::ChangeLinkIncidentsParams& params, bool linked);

    ServiceResult createTemplate(const api::ChangeTemplateCreateParams& params);
    ServiceResult updateTemplate(const api::ChangeTemplateUpdateParams& params);
    ServiceResult listTemplates(const api::ChangeTemplateListParams& params);

    // ticket.transition to `closed`: a normal or emergency change needs its review first.
    static std::optional<rpc::RpcError> checkClose(SqlSession& session, qint64 ticketId);

private:
    using Change = TicketMutation::Change;

    Result<TicketRecord, rpc::RpcError> loadChange(qint64 id, const QString& field);
    api::ChangeDetail detail(const TicketRecord& ticket);
    api::ChangeTemplate presentTemplate(const ChangeRepository::Template& t);
    // Checks the answers and computes score and level into `record`.
    std::optional<rpc::RpcError> applyRisk(ChangeRepository::Record& record,
                                           const QMap<QString, int>& answers);
    void logUnversioned(const TicketRecord& record, const Change& change, Outcome& outcome);
    void logRecordChanges(const TicketRecord& ticket, const ChangeRepository::Record& before,
                          const ChangeRepository::Record& after, Outcome& outcome);
    // The board chain of a kind: change_approval, else the documented default (may be empty:
    // approved by hand by a manager).
    QList<api::ApprovalStep> chainFor(const QString& kind);

    TicketMutation m;
    const WorkflowConfig& m_workflow;
};

} // namespace frontline::server
