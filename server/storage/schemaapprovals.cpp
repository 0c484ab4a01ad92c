#include "schemaapprovals.h"

using namespace Qt::StringLiterals;

namespace frontline::server {

Migration approvalsSchema()
{
    Migration m;
    m.version = 26;
    m.name = u"approval chains"_s;
    m.common = {
        // The approver of a "manager" step (user.update, or the directory's manager DN).
        u"ALTER TABLE users ADD COLUMN manager_id BIGINT"_s,
        // steps: the chain as requested (api::ApprovalStep JSON); state waiting | approved |
        // rejected; prior_status: where a rejection moves the ticket back to; paused: the
        // chain itself paused the SLA clock (the ticket's state does not).
        uR"(CREATE TABLE approval_chains (
            id {{ID}},
            ticket_id BIGINT NOT NULL REFERENCES tickets(id),
            steps TEXT NOT NULL,
            current_step INTEGER NOT NULL DEFAULT 0,
            step_required INTEGER NOT NULL DEFAULT 1,
            state TEXT NOT NULL DEFAULT 'waiting',
            prior_status TEXT NOT NULL,
            paused INTEGER NOT NULL DEFAULT 0,
            requested_by BIGINT NOT NULL REFERENCES users(id),
            note TEXT NOT NULL DEFAULT '',
            created_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL))"_s,
        u"CREATE INDEX approval_chains_ticket ON approval_chains (ticket_id, state)"_s,
        // One row per approver of a step. state pending | approved | rejected | skipped (the
        // step was settled by others) | escalated (handed to the lead); remind_at and
        // escalate_at are the scheduler's next looks while pending.
        uR"(CREATE TABLE approvals (
            id {{ID}},
            chain_id BIGINT NOT NULL REFERENCES approval_chains(id),
            ticket_id BIGINT NOT NULL REFERENCES tickets(id),
            step INTEGER NOT NULL,
            kind TEXT NOT NULL,
            approver_id BIGINT NOT NULL REFERENCES users(id),
            delegated_from BIGINT REFERENCES users(id),
            state TEXT NOT NULL DEFAULT 'pending',
            comment TEXT NOT NULL DEFAULT '',
            token TEXT NOT NULL,
            remind_at BIGINT,
            escalate_at BIGINT,
            created_at BIGINT NOT NULL,
            decided_at BIGINT))"_s,
        u"CREATE INDEX approvals_approver ON approvals (approver_id, state)"_s,
        u"CREATE INDEX approvals_chain ON approvals (chain_id, step)"_s,
        u"CREATE INDEX approvals_remind ON approvals (remind_at)"_s,
        u"CREATE INDEX approvals_escalate ON approvals (escalate_at)"_s,
        u"CREATE UNIQUE INDEX approvals_token ON approvals (token)"_s,
        uR"(CREATE TABLE approval_delegations (
            user_id BIGINT PRIMARY KEY REFERENCES users(id),
            delegate_id BIGINT NOT NULL REFERENCES users(id),
            until_at BIGINT NOT NULL,
            created_at BIGINT NOT NULL))"_s,
    };
    return m;
}

} // namespace frontline::server
