#include "automation.h"

#include "api/eventapi.h"
#include "api/methods.h"
#include "core/timeutil.h"
#include "logging.h"
#include "services/ticketfields.h"
#include "storage/grouprepository.h"
#include "storage/notificationrepository.h"
#include "storage/sqlsession.h"
#include "storage/timerrepository.h"
#include "storage/userrepository.h"
#include "workflow/rulefields.h"
#include "workflow/workflowconfig.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

constexpr int MaxRounds = 3;

QSet<QString> fieldsOf(const QList<TicketMutation::Change>& changes)
{
    QSet<QString> fields;
    for (const auto& change : changes)
        fields.insert(change.field);
    return fields;
}

// Whether a rule tests a custom field (its values are then read for the ticket, once).
bool testsCustomFields(const Rule& rule)
{
    return std::any_of(rule.conditions.cbegin(), rule.conditions.cend(), [](const auto& c) {
        return rulefields::customFieldOf(c.field).has_value();
    });
}

// The rule's verdict, with the ticket's custom field values in view when it tests them (and
// taken out again: what a ticket carries to the wire is the caller's business).
bool matches(const Rule& rule, TicketRecord& record, const RuleSubject& subject,
             SqlSession& session, const Principal& principal)
{
    if (!testsCustomFields(rule))
        return rule.matches(subject);
    TicketFields(session, principal).load(record);
    const std::optional<QJsonObject> shown = record.ticket.fields;
    record.ticket.fields = record.fieldValues;
    const bool match = rule.matches(subject);
    record.ticket.fields = shown;
    return match;
}

QString roleName(const Principal& principal, qint64 automationId)
{
    return principal.userId == automationId ? u"automation"_s : toString(principal.role);
}

} // namespace

Automation::Automation(TicketMutation& mutation)
    : m(mutation)
{ }

const UserRef& Automation::automationUser()
{
    if (!m_automation && m.workflow().automationUser)
        m_automation = m.workflow().automationUser;
    if (!m_automation) {
        UserRepository users(m.session());
        m_automation = users.ref(users.automationUserId())
                           .value_or(UserRef {m.principal().userId, m.principal().username,
                                              m.principal().displayName});
    }
    return *m_automation;
}

Automation::Round Automation::fireRound(TicketRecord& record,
                                        const std::function<bool(const Rule&)>& fires,
                                        const QString& actorRole, const QSet<QString>& changed,
                                        QSet<qint64>& done, QList<Change>& changes,
                                        QList<Comment>& comments)
{
    Round produced;
    for (const Rule& rule : m.workflow().rules) {
        if (!rule.enabled || done.contains(rule.id) || !fires(rule))
            continue;
        if (!matches(rule, record,
                     RuleSubject {&record.ticket, record.slaState, actorRole, changed,
                                  record.requesterVip},
                     m.session(), m.principal()))
            continue;
        done.insert(rule.id);
        const Round result = apply(rule, record, changes, comments);
        produced.changed.unite(result.changed);
        produced.statusChanged |= result.statusChanged;
        produced.anyChange |= result.anyChange;
    }
    return produced;
}

void Automation::run(TicketRecord& record, const QList<RuleEvent>& events, QList<Change>& changes,
                     QList<Comment>& comments)
{
    QSet<int> happened;
    for (RuleEvent event : events)
        happened.insert(static_cast<int>(event));
    if (m.workflow().rules.isEmpty())
        return;
    QSet<qint64> done;
    const Round produced = fireRound(
        record,
        [&](const Rule& rule) {
            return rule.event != RuleEvent::Time && happened.contains(static_cast<int>(rule.event));
        },
        roleName(m.principal(), automationUser().id), fieldsOf(changes), done, changes, comments);
    if (produced.anyChange)
        cascade(record, produced, done, changes, comments, 2);
    // Time rules start from every event of this change, including what the rules did.
    if (produced.anyChange)
        happened.insert(static_cast<int>(RuleEvent::Updated));
    if (produced.statusChanged)
        happened.insert(static_cast<int>(RuleEvent::StatusChanged));
    if (record.ticket.open)
        startTimers(record, happened);
}

// What rules changed fires the rules on "updated" (and "status_changed"), a bounded number of
// rounds deep, each rule once.
void Automation::cascade(TicketRecord& record, Round round, QSet<qint64>& done,
                         QList<Change>& changes, QList<Comment>& comments, int depth)
{
    if (depth > MaxRounds)
        return;
    const Round produced = fireRound(
        record,
        [&](const Rule& rule) {
            return rule.event == RuleEvent::Updated
                || (rule.event == RuleEvent::StatusChanged && round.statusChanged);
        },
        u"automation"_s, round.changed, done, changes, comments);
    if (produced.anyChange)
        cascade(record, produced, done, changes, comments, depth + 1);
}

bool Automation::fire(const Rule& rule, TicketRecord& record, QList<Change>& changes,
                      QList<Comment>& comments)
{
    RuleSubject subject {&record.ticket, record.slaState, u"automation"_s, {}, record.requesterVip};
    if (!rule.enabled || !matches(rule, record, subject, m.session(), m.principal()))
        return false;
    QSet<qint64> done {rule.id};
    const Round result = apply(rule, record, changes, comments);
    if (result.anyChange)
        cascade(record, result, done, changes, comments, 2);
    return true;
}

void Automation::slaEvent(TicketRecord& record, RuleEvent event, QList<Change>& changes,
                          QList<Comment>& comments)
{
    const bool breached = event == RuleEvent::SlaBreached;
    changes.append(
        {u"sla_state"_s, QJsonValue(QJsonValue::Null), record.slaState, automationUser().id});
    if (breached) {
        const SlaPlan plan = m.workflow().sla.plan(record.ticket.type, record.ticket.priority,
                                                   record.categoryId, m.workflow().slaTargets);
        if (plan.escalateOnBreach)
            escalate(record, std::nullopt, changes, automationUser().id);
        if (record.ticket.assignee)
            notify(record.ticket.assignee->id, record.ticket.id, u"sla_breached"_s,
                   u"Ticket #%1 \"%2\" breached its SLA"_s.arg(record.ticket.id)
                       .arg(record.ticket.title));
    }
    for (const Rule& rule : m.workflow().rules) {
        if (rule.event == event)
            fire(rule, record, changes, comments);
    }
}

Automation::Round Automation::apply(const Rule& rule, TicketRecord& record, QList<Change>& changes,
                                    QList<Comment>& comments)
{
    ++m_fired;
    const qsizetype before = changes.size();
    const QString statusBefore = record.ticket.status;
    changes.append({u"rule"_s, QJsonValue(QJsonValue::Null), rule.name, automationUser().id});
    bool any = false;
    for (const RuleAction& action : rule.actions)
        any |= applyAction(action, rule, record, changes, comments);
    Round round;
    for (qsizetype i = before + 1; i < changes.size(); ++i)
        round.changed.insert(changes[i].field);
    round.statusChanged = record.ticket.status != statusBefore;
    round.anyChange = !round.changed.isEmpty();
    if (!any && round.changed.isEmpty()) {
        // Matched, but nothing to do (e.g. "tell the assignee" with nobody assigned): no
        // entry in the ticket's history.
        changes.removeAt(before);
        qCDebug(lcStorage) << "rule" << rule.id << "matched ticket" << record.ticket.id
                           << "but changed nothing";
    }
    return round;
}

bool Automation::applyAction(const RuleAction& action, const Rule& rule, TicketRecord& record,
                             QList<Change>& changes, QList<Comment>& comments)
{
    Ticket& ticket = record.ticket;
    const qint64 actor = automationUser().id;
    const qsizetype before = changes.size();
    if (action.type == u"set_field"_s) {
        const QString& field = action.field;
        const QJsonValue& value = action.value;
        if (field == u"priority"_s && value.toInt() != ticket.priority) {
            changes.append({field, ticket.priority, value.toInt(), actor});
            ticket.priority = value.toInt();
            m.planSla(record);
        } else if (field == u"impact"_s || field == u"urgency"_s) {
            Level& level = field == u"impact"_s ? ticket.impact : ticket.urgency;
            const auto target = static_cast<Level>(value.toInt());
            if (target != level) {
                changes.append({field, toString(level), toString(target), actor});
                level = target;
                const int priority =
                    m.workflow().priorityMatrix.priority(ticket.impact, ticket.urgency);
                if (priority != ticket.priority) {
                    changes.append({u"priority"_s, ticket.priority, priority, actor});
                    ticket.priority = priority;
                    m.planSla(record);
                }
            }
        } else if (field == u"category"_s) {
            const auto category = CategoryRepository(m.session()).findByName(value.toString());
            if (category && category->active && category->name != ticket.category) {
                changes.append({field,
                                ticket.category.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                          : QJsonValue(ticket.category),
                                category->name, actor});
                ticket.category = category->name;
                record.categoryId = category->id;
                m.planSla(record);
            }
        } else if (const auto name = rulefields::customFieldOf(field)) {
            // Rules act for the desk: every field is theirs to set, checked like a person's
            // value (a value the field refuses leaves the ticket as it is).
            Principal desk = m.principal();
            desk.role = Role::Admin;
            TicketFields fields(m.session(), desk);
            QList<Change> made;
            if (!fields.apply(record, QJsonObject {{*name, value}}, false, made)) {
                for (Change& change : made) {
                    change.actorId = actor;
                    changes.append(change);
                }
            }
        } else if (field == u"group"_s) {
            const auto group = GroupRepository(m.session()).ref(value.toInteger());
            if (group && group != ticket.group) {
                const qsizetype at = changes.size();
                m.moveToGroup(record, group, changes);
                for (qsizetype i = at; i < changes.size(); ++i)
                    changes[i].actorId = actor;
                if (!ticket.assignee)
                    autoAssign(record, changes);
            }
        }
    } else if (action.type == u"set_status"_s) {
        const QString status = action.value.toString();
        const Lifecycle& lifecycle = m.workflow().lifecycles.of(ticket.type);
        if (lifecycle.hasState(status) && status != ticket.status) {
            const qsizetype at = changes.size();
            m.enterState(record, status, changes);
            for (qsizetype i = at; i < changes.size(); ++i)
                changes[i].actorId = actor;
        }
    } else if (action.type == u"assign"_s) {
        if (action.hasUser()) {
            const qint64 userId = action.user.toInteger();
            if (!ticket.assignee || ticket.assignee->id != userId) {
                auto assignee = m.resolveAssignee(
                    userId, ticket.group ? std::optional(ticket.group->id) : std::nullopt,
                    u"user"_s);
                if (assignee) {
                    changes.append({u"assignee"_s, TicketMutation::refJson(ticket.assignee),
                                    assignee->toJson(), actor});
                    ticket.assignee = *assignee;
                    const qsizetype at = changes.size();
                    m.applyAutomatic(record, u"assign"_s, changes);
                    for (qsizetype i = at; i < changes.size(); ++i)
                        changes[i].actorId = actor;
                }
            }
        } else if (!ticket.assignee) {
            autoAssign(record, changes);
        }
    } else if (action.type == u"escalate"_s) {
        if (action.kind == u"hierarchical"_s)
            return notifyManager(
                record,
                u"Rule \"%1\" escalated ticket #%2 \"%3\""_s.arg(rule.name).arg(ticket.id).arg(
                    ticket.title));
        escalate(record, std::nullopt, changes, actor);
    } else if (action.type == u"add_tag"_s || action.type == u"remove_tag"_s) {
        const QString tag = action.value.toString();
        QStringList tags = ticket.tags;
        if (action.type == u"add_tag"_s && !tags.contains(tag))
            tags.append(tag);
        else if (action.type == u"remove_tag"_s)
            tags.removeAll(tag);
        if (tags != ticket.tags) {
            changes.append({u"tags"_s, ticket.tags.join(u' '), tags.join(u' '), actor});
            ticket.tags = tags;
        }
    } else if (action.type == u"reply"_s || action.type == u"note"_s) {
        const QString& body = action.body;
        const bool internal = action.type == u"note"_s;
        if (record.ticket.id == 0) { // being created: written once it has its id
            m_afterInsert.append([this, body, internal](TicketRecord& r, QList<Comment>& out) {
                out.append(m.addAutomaticComment(r, automationUser(), fill(body, r), internal));
            });
            return true;
        }
        comments.append(
            m.addAutomaticComment(record, automationUser(), fill(body, record), internal));
        return true;
    } else if (action.type == u"notify"_s) {
        const QString& to = action.to;
        const QString message = fill(action.message, record);
        QList<qint64> recipients;
        if (to == u"assignee"_s && ticket.assignee)
            recipients << ticket.assignee->id;
        else if (to == u"requester"_s)
            recipients << ticket.requester.id;
        else if (to == u"user"_s)
            recipients << action.user.toInteger();
        else if (to == u"group"_s) {
            const std::optional<qint64> group = action.hasGroup()
                ? std::optional(action.group.toInteger())
                : (ticket.group ? std::optional(ticket.group->id) : std::nullopt);
            if (group)
                recipients = GroupRepository(m.session()).members(*group);
        } else if (to == u"group_manager"_s) {
            return notifyManager(record, message);
        }
        for (qint64 user : std::as_const(recipients))
            notify(user, ticket.id, u"rule"_s, message);
        return !recipients.isEmpty();
    }
    return changes.size() > before;
}

bool Automation::autoAssign(TicketRecord& record, QList<Change>& changes)
{
    Ticket& ticket = record.ticket;
    if (!ticket.group || ticket.assignee)
        return false;
    GroupRepository groups(m.session());
    const auto group = groups.find(ticket.group->id);
    if (!group || group->assignment == u"manual"_s)
        return false;
    // Members who may take tickets now: active staff marked available.
    QList<qint64> candidates;
    {
        Statement query = m.session().prepare(
            u"SELECT u.id FROM group_members gm JOIN users u ON u.id = gm.user_id WHERE "
            "gm.group_id = ? AND u.disabled = 0 AND u.role <> 'requester' AND u.availability "
            "= 'available' ORDER BY u.id"_s);
        query.bind(group->id);
        query.exec();
        while (query.next())
            candidates.append(query.int64(0));
    }
    if (candidates.isEmpty())
        return false;
    qint64 chosen = candidates.first();
    if (group->assignment == u"round_robin"_s) {
        qint64 last = 0;
        Statement query =
            m.session().prepare(u"SELECT last_assigned_id FROM agent_groups WHERE id = ?"_s);
        query.bind(group->id);
        query.exec();
        if (query.next())
            last = query.int64(0);
        for (qint64 candidate : std::as_const(candidates)) {
            if (candidate > last) {
                chosen = candidate;
                break;
            }
        }
    } else { // least_loaded: fewest open tickets, an index seek per candidate
        qint64 fewest = std::numeric_limits<qint64>::max();
        for (qint64 candidate : std::as_const(candidates)) {
            Statement count = m.session().prepare(
                u"SELECT COUNT(*) FROM tickets WHERE assignee_id = ? AND is_open = 1"_s);
            count.bind(candidate);
            count.exec();
            const qint64 load = count.next() ? count.int64(0) : 0;
            if (load < fewest) {
                fewest = load;
                chosen = candidate;
            }
        }
    }
    Statement remember =
        m.session().prepare(u"UPDATE agent_groups SET last_assigned_id = ? WHERE id = ?"_s);
    remember.bind(chosen).bind(group->id);
    remember.exec();
    const auto user = UserRepository(m.session()).ref(chosen);
    if (!user)
        return false;
    const qint64 actor = automationUser().id;
    changes.append({u"assignee"_s, QJsonValue(QJsonValue::Null), user->toJson(), actor});
    ticket.assignee = *user;
    const qsizetype at = changes.size();
    m.applyAutomatic(record, u"assign"_s, changes);
    for (qsizetype i = at; i < changes.size(); ++i)
        changes[i].actorId = actor;
    return true;
}

std::optional<QString> Automation::escalate(TicketRecord& record, std::optional<GroupRef> target,
                                            QList<Change>& changes, qint64 actorId)
{
    Ticket& ticket = record.ticket;
    GroupRepository groups(m.session());
    if (!target) {
        const auto current = ticket.group ? groups.find(ticket.group->id) : std::nullopt;
        if (current && current->escalationGroupId)
            target = groups.ref(*current->escalationGroupId);
        if (!target)
            return u"the ticket's group has no next tier; name a group"_s;
    }
    if (target == ticket.group)
        return u"the ticket is already in that group"_s;
    const qsizetype at = changes.size();
    // Recorded on its own as well, so that escalations are counted exactly (KPIs).
    changes.append(
        {u"escalation"_s, TicketMutation::refJson(ticket.group), TicketMutation::refJson(target)});
    m.moveToGroup(record, target, changes);
    if (actorId) {
        for (qsizetype i = at; i < changes.size(); ++i)
            changes[i].actorId = actorId;
    }
    if (!ticket.assignee)
        autoAssign(record, changes);
    // The new group's manager hears of it.
    const auto group = groups.find(target->id);
    if (group && group->managerId)
        notify(*group->managerId, ticket.id, u"escalation"_s,
               u"Ticket #%1 \"%2\" was escalated to %3"_s.arg(ticket.id).arg(ticket.title,
                                                                             target->name));
    return std::nullopt;
}

bool Automation::notifyManager(const TicketRecord& record, const QString& message)
{
    if (!record.ticket.group)
        return false;
    const auto group = GroupRepository(m.session()).find(record.ticket.group->id);
    if (!group || !group->managerId)
        return false;
    notify(*group->managerId, record.ticket.id, u"escalation"_s, message);
    return true;
}

void Automation::notify(qint64 userId, std::optional<qint64> ticketId, const QString& kind,
                        const QString& message)
{
    if (ticketId && *ticketId == 0) { // the ticket is being created: once it has its id
        m_afterInsert.append([this, userId, kind, message](TicketRecord& r, QList<Comment>&) {
            notify(userId, r.ticket.id, kind, message);
        });
        return;
    }
    const Notification notification =
        NotificationRepository(m.session()).add(userId, ticketId, kind, message, m.now());
    PushEvent event;
    event.topic = QString(api::topic::Notifications);
    event.method = QString(api::notification::NotificationReceived);
    event.params = rpc::JsonPayload(api::NotificationReceivedEvent {notification}.toJson());
    event.recipient = userId;
    m.notices().append(event);
}

void Automation::stored(TicketRecord& record, QList<Comment>& comments)
{
    const auto pending = std::exchange(m_afterInsert, {});
    for (const auto& action : pending)
        action(record, comments);
}

void Automation::startTimers(const TicketRecord& record, const QSet<int>& happened)
{
    if (record.ticket.id == 0) {
        m_afterInsert.append(
            [this, happened](TicketRecord& r, QList<Comment>&) { startTimers(r, happened); });
        return;
    }
    QList<std::pair<qint64, qint64>> due;
    for (const Rule& rule : m.workflow().rules) {
        if (!rule.enabled || rule.event != RuleEvent::Time
            || !happened.contains(static_cast<int>(rule.anchor)))
            continue;
        const qint64 after = rule.afterMinutes * timeutil::MinuteMs;
        qint64 at = m.now() + after;
        if (rule.businessHours) {
            const SlaPlan plan = m.workflow().sla.plan(record.ticket.type, record.ticket.priority,
                                                       record.categoryId, m.workflow().slaTargets);
            at = plan.calendar->add(m.now(), after);
        }
        due.append({rule.id, at});
        m.noteWake(at);
    }
    if (!due.isEmpty())
        TimerRepository(m.session()).scheduleMany(record.ticket.id, due);
}

QString Automation::fill(const QString& text, const TicketRecord& record) const
{
    const Ticket& t = record.ticket;
    QString result = text;
    result.replace(u"{{ticket.id}}"_s, QString::number(t.id));
    result.replace(u"{{ticket.title}}"_s, t.title);
    result.replace(u"{{ticket.status}}"_s, t.status);
    result.replace(u"{{requester.name}}"_s, t.requester.shownName());
    result.replace(u"{{assignee.name}}"_s, t.assignee ? t.assignee->shownName() : QString());
    result.replace(u"{{group.name}}"_s, t.group ? t.group->name : QString());
    return result;
}

} // namespace frontline::server
