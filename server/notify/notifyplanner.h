#pragma once

#include <QtGlobal>

namespace frontline::server {

class SqlSession;

namespace notify {

// Decides the notification mails of the events written since its mark (mail_outgoing.events_to)
// and queues them in mail_outbox, rendered, in the caller's transaction: the writer offers it
// every transaction after the jobs and before the commit, so a change and its mails commit
// together (or, if planning failed, with the next transaction: the mark commits with the rows
// it covers, so no event is skipped or planned twice; the outbox's unique (event, recipient)
// guards the rest). With outgoing mail disabled the mark only moves on: enabling it later does
// not mail about the past.
//
// Who gets what: the requester hears of their ticket being received, public replies from
// others, waiting on them, resolved (with the survey) and closed; staff hear of a ticket
// assigned to them, new in their group, an SLA at risk or breached, an escalation to their group.
// Never the author of the change (except "received", the requester's own receipt), never an
// internal note to a requester, never a disabled account, an address that bounced
// (mail_undeliverable) or a kind the user opted out of. A status change with its note sends one
// mail that quotes the note, not two.
class NotifyPlanner
{
public:
    static constexpr int MaxEventsPerPass = 2000;

    // Returns how many mails were queued.
    static int plan(SqlSession& session, qint64 now);
};

// The writer's hook (GroupCommitWriter::setDeferredWork): NotifyPlanner::plan in a savepoint of
// its own, so that its failure is logged, undoes only its own rows and leaves the events to the
// next transaction. Returns how many mails were queued.
int planMails(SqlSession& session, qint64 now);

} // namespace notify
} // namespace frontline::server
