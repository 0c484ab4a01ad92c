#pragma once

#include "api/approvalapi.h"
#include "auth/principal.h"
#include "services/outcome.h"

namespace frontline::server {

class SqlSession;
struct WorkflowConfig;

// The approval.* methods (ApprovalEngine runs the chains), and startChain for other services.
class ApprovalService
{
public:
    ApprovalService(SqlSession& session, const WorkflowConfig& workflow, const Principal& principal,
                    qint64 now);

    ServiceResult request(const api::ApprovalRequestParams& params);
    ServiceResult list(const api::ApprovalListParams& params);
    ServiceResult decide(const api::ApprovalDecideParams& params);
    ServiceResult delegate(const api::ApprovalDelegateParams& params);

    // Starts a chain on a ticket in the caller's transaction (the catalog's requests; no
    // visibility check: the caller decided). The outcome carries the saved ticket and the
    // pushes; errors name the step ("steps[0].kind": the requester has no manager).
    ServiceResult startChain(qint64 ticketId, const QList<api::ApprovalStep>& steps,
                             const QString& note);

    // A mail reply to an approval request or reminder (its References carry the approval's
    // token): when the caller is that approval's approver and the first line says approve or
    // reject (also genehmigen / ablehnen, approuver / rejeter), the decision with the rest of
    // the first paragraph as its comment. nullopt: not such a reply (file it as usual).
    std::optional<ServiceResult> decideByMail(const QStringList& references, const QString& text);
    // The approval token named by a Message-ID we sent ("approval-<token>.<n>@host").
    static QString tokenOf(const QString& messageId);

private:
    ServiceResult start(qint64 ticketId, const QList<api::ApprovalStep>& steps, const QString& note,
                        bool checkVisible);

    SqlSession& m_session;
    const WorkflowConfig& m_workflow;
    const Principal& m_principal;
    qint64 m_now;
};

} // namespace frontline::server
