#pragma once

#include "services/ticketmutation.h"
#include "workflow/rule.h"

#include <QList>
#include <QSet>

#include <functional>

namespace frontline::server {

// The workflow engine's actions on one ticket, inside the transaction of the change that
// caused them: automation rules, assignment by the group's strategy, escalation and the
// notifications they send. What a rule does is written to the event log as the automation
// account, with the rule's name.
class Automation
{
public:
    using Change = TicketMutation::Change;

    explicit Automation(TicketMutation& mutation);

    // Runs the rules that `events` fire on the (not yet saved) ticket, then the rules their
    // changes fire, at most three rounds and each rule once (loop protection); then starts
    // the timers of time rules anchored on what happened. `changes` are the caller's changes
    // (rules see them as "changed"); the rules' changes and comments are appended.
    void run(TicketRecord& record, const QList<RuleEvent>& events, QList<Change>& changes,
             QList<Comment>& comments);
    // A rule that fell due (a time rule) or that the scheduler fires for an SLA event: applied
    // if its conditions hold now, followed by the rules its changes fire.
    bool fire(const Rule& rule, TicketRecord& record, QList<Change>& changes,
              QList<Comment>& comments);
    // Everything the scheduler does when a ticket's SLA state changes on its own.
    void slaEvent(TicketRecord& record, RuleEvent event, QList<Change>& changes,
                  QList<Comment>& comments);

    // An agent of the ticket's group by the group's strategy (round robin or least loaded,
    // available members only); nothing for manual groups or when nobody is available.
    bool autoAssign(TicketRecord& record, QList<Change>& changes);
    // Functional escalation to `target` or the group's next tier, then assignment there.
    // Returns why not, if it cannot.
    std::optional<QString> escalate(TicketRecord& record, std::optional<GroupRef> target,
                                    QList<Change>& changes, qint64 actorId = 0);
    // Hierarchical escalation: tells the group's manager.
    bool notifyManager(const TicketRecord& record, const QString& message);
    void notify(qint64 userId, std::optional<qint64> ticketId, const QString& kind,
                const QString& message);

    // A ticket being created runs its rules before it is stored (one version, one write);
    // replies, notes, notifications and timers, which need its id, wait for this call.
    void stored(TicketRecord& record, QList<Comment>& comments);

    // What rules did, for tests and the dry run.
    int rulesFired() const { return m_fired; }

private:
    struct Round
    {
        QSet<QString> changed;
        bool statusChanged = false;
        bool anyChange = false;
    };
    Round apply(const Rule& rule, TicketRecord& record, QList<Change>& changes,
                QList<Comment>& comments);
    bool applyAction(const RuleAction& action, const Rule& rule, TicketRecord& record,
                     QList<Change>& changes, QList<Comment>& comments);
    void cascade(TicketRecord& record, Round round, QSet<qint64>& done, QList<Change>& changes,
                 QList<Comment>& comments, int depth);
    // Applies every enabled rule not yet done that `fires` selects and whose conditions hold.
    Round fireRound(TicketRecord& record, const std::function<bool(const Rule&)>& fires,
                    const QString& actorRole, const QSet<QString>& changed, QSet<qint64>& done,
                    QList<Change>& changes, QList<Comment>& comments);
    void startTimers(const TicketRecord& record, const QSet<int>& happened);
    QString fill(const QString& text, const TicketRecord& record) const;
    const UserRef& automationUser();

    TicketMutation& m;
    std::optional<UserRef> m_automation;
    QList<std::function<void(TicketRecord&, QList<Comment>&)>> m_afterInsert;
    int m_fired = 0;
};

} // namespace frontline::server
