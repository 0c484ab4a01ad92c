#include "notify/notifyplanner.h"

#include "cluster/eventhorizon.h"
#include "notify/mailtemplates.h"
#include "storage/sqlsession.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>

#include <optional>

using namespace Qt::StringLiterals;

namespace frontline::server::notify {

namespace {

Q_LOGGING_CATEGORY(lcPlanner, "frontline.server.notify")

struct Person
{
    QString name;
    QString address; // empty: no mail (disabled, no address, bounced)
    QString language;
    bool staff = false;
    QSet<QString> optedOut;
};

struct GroupInfo
{
    QString name;
    std::optional<qint64> managerId;
    QList<qint64> members;
};

struct EventRow
{
    qint64 id = 0;
    qint64 ticketId = 0;
    qint64 actorId = 0;
    qint64 at = 0;
    QString kind;
    QString field;
    QJsonValue oldValue;
    QJsonValue newValue;
    bool internal = false;
    QString commentText;
    QString title;
    QString status;
    qint64 requesterId = 0;
    std::optional<qint64> assigneeId;
    std::optional<qint64> groupId;
    std::optional<qint64> due;
};

struct Planned
{
    const EventRow* event = nullptr;
    qint64 recipient = 0;
    QString kind;
    std::optional<qint64> groupId; // the group the mail speaks of
};

QJsonValue decode(const QVariant& stored)
{
    if (stored.isNull())
        return QJsonValue::Null;
    return QJsonDocument::fromJson('[' + stored.toString().toUtf8() + ']').array().at(0);
}

std::optional<qint64> refId(const QJsonValue& value)
{
    if (!value.isObject())
        return std::nullopt;
    const qint64 id = value.toObject().value("id"_L1).toInteger();
    return id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

// Lookups cached for one pass: a batch of events mostly names the same few people and groups.
class Directory
{
public:
    explicit Directory(SqlSession& session)
        : m_session(session)
    { }

    const Person& person(qint64 id)
    {
        auto found = m_people.find(id);
        if (found != m_people.end())
            return *found;
        Person person;
        Statement query = m_session.prepare(
            u"SELECT u.display_name, u.email, u.language, u.disabled, u.role, "
            "(SELECT COUNT(*) FROM mail_undeliverable d WHERE d.address = LOWER(u.email)) "
            "FROM users u WHERE u.id = ?"_s);
        query.bind(id);
        query.exec();
        if (query.next()) {
            person.name = query.text(0);
            const QString address = query.text(1).trimmed();
            if (!query.boolean(3) && query.int64(5) == 0 && address.contains(u'@'))
                person.address = address;
            person.language = query.text(2);
            person.staff = query.text(4) != u"requester"_s;
        }
        if (!person.address.isEmpty()) {
            Statement outs =
                m_session.prepare(u"SELECT kind FROM mail_opt_outs WHERE user_id = ?"_s);
            outs.bind(id);
            outs.exec();
            while (outs.next())
                person.optedOut.insert(outs.text(0));
        }
        return *m_people.insert(id, person);
    }

    const GroupInfo& group(qint64 id)
    {
        auto found = m_groups.find(id);
        if (found != m_groups.end())
            return *found;
        GroupInfo group;
        Statement query =
            m_session.prepare(u"SELECT name, manager_id FROM agent_groups WHERE id = ?"_s);
        query.bind(id);
        query.exec();
        if (query.next()) {
            group.name = query.text(0);
            group.managerId = query.optionalInt64(1);
        }
        Statement members =
            m_session.prepare(u"SELECT user_id FROM group_members WHERE group_id = ?"_s);
        members.bind(id);
        members.exec();
        while (members.next())
            group.members.append(members.int64(0));
        return *m_groups.insert(id, group);
    }

private:
    SqlSession& m_session;
    QHash<qint64, Person> m_people;
    QHash<qint64, GroupInfo> m_groups;
};

QList<EventRow> readEvents(SqlSession& session, qint64 after)
{
    Statement query = session.prepare(
        u"SELECT e.id, e.ticket_id, e.actor_id, e.at, e.kind, e.field, e.new_value, e.internal, "
        "c.body, t.title, t.status, t.requester_id, t.assignee_id, t.group_id, t.resolve_due "
        "FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id "
        "LEFT JOIN comments c ON c.id = e.comment_id WHERE e.id > ? ORDER BY e.id LIMIT ?"_s);
    query.bind(after).bind(NotifyPlanner::MaxEventsPerPass);
    query.exec();
    QList<EventRow> rows;
    while (query.next()) {
        EventRow row;
        row.id = query.int64(0);
        row.ticketId = query.int64(1);
        row.actorId = query.int64(2);
        row.at = query.int64(3);
        row.kind = query.text(4);
        row.field = query.text(5);
        row.newValue = decode(query.value(6));
        row.internal = query.boolean(7);
        row.commentText = query.text(8);
        row.title = query.text(9);
        row.status = query.text(10);
        row.requesterId = query.int64(11);
        row.assigneeId = query.optionalInt64(12);
        row.groupId = query.optionalInt64(13);
        row.due = query.optionalInt64(14);
        row.oldValue = decode(query.value(15));
        rows.append(row);
    }
    return rows;
}

QString statusKind(const QString& status)
{
    if (status == u"pending"_s || status.startsWith(u"waiting"_s))
        return u"waiting"_s;
    if (status == u"resolved"_s || status == u"closed"_s)
        return status;
    return {};
}

// The mails one event calls for, before the recipients' own choices.
// The ticket's `field` (group, assignee) as it was at event `e`: the old value of the first
// later change of it in this pass (when the log knows it), else what the ticket holds now.
std::optional<qint64> asAt(const EventRow& e, const QList<EventRow>& events, const QString& field,
                           std::optional<qint64> now)
{
    for (const EventRow& later : events) {
        if (later.id > e.id && later.ticketId == e.ticketId && later.field == field
            && !later.oldValue.isNull())
            return refId(later.oldValue);
    }
    return now;
}

void decide(const EventRow& e, const QList<EventRow>& events, Directory& directory,
            QList<Planned>& out)
{
    const auto toStaff = [&](qint64 user, const QString& kind, std::optional<qint64> group) {
        if (user != e.actorId)
            out.append({&e, user, kind, group});
    };
    const auto toGroup = [&](std::optional<qint64> group, const QString& kind) {
        if (!group)
            return;
        for (qint64 member : directory.group(*group).members)
            toStaff(member, kind, group);
    };
    if (e.kind == u"created"_s) {
        out.append({&e, e.requesterId, u"received"_s, std::nullopt}); // their own receipt
        if (e.assigneeId)
            toStaff(*e.assigneeId, u"assigned"_s, e.groupId);
        toGroup(e.groupId, u"new_in_group"_s);
    } else if (e.kind == u"comment"_s) {
        if (!e.internal && e.actorId != e.requesterId)
            out.append({&e, e.requesterId, u"public_reply"_s, std::nullopt});
    } else if (e.field == u"status"_s) {
        const QString kind = statusKind(e.newValue.toString());
        if (!kind.isEmpty() && e.actorId != e.requesterId)
            out.append({&e, e.requesterId, kind, std::nullopt});
    } else if (e.field == u"assignee"_s) {
        if (const auto assignee = refId(e.newValue))
            toStaff(*assignee, u"assigned"_s, e.groupId);
    } else if (e.field == u"group"_s) {
        toGroup(refId(e.newValue), u"new_in_group"_s);
    } else if (e.field == u"escalation"_s) {
        const auto target = refId(e.newValue);
        if (target && directory.group(*target).managerId)
            toStaff(*directory.group(*target).managerId, u"escalated"_s, target);
        toGroup(target, u"escalated"_s);
    } else if (e.field == u"sla_state"_s) {
        const QString state = e.newValue.toString();
        const QString kind = state == u"at_risk"_s ? u"sla_at_risk"_s
            : state == u"breached"_s               ? u"sla_breached"_s
                                                   : QString();
        if (kind.isEmpty())
            return;
        // Those who had the ticket when its SLA moved (an escalation in the same moment has
        // its own mail for the next tier).
        const auto assignee = asAt(e, events, u"assignee"_s, e.assigneeId);
        const auto group = asAt(e, events, u"group"_s, e.groupId);
        if (assignee)
            toStaff(*assignee, kind, group);
        else
            toGroup(group, kind);
    }
}

// One mail per recipient and moment of a ticket: a status change with its note is one mail
// quoting the note; an escalation is not also "new in your group".
int rank(const QString& kind)
{
    static const QStringList order {
        u"escalated"_s, u"assigned"_s, u"sla_breached"_s, u"sla_at_risk"_s, u"new_in_group"_s,
        u"resolved"_s,  u"closed"_s,   u"waiting"_s,      u"received"_s,    u"public_reply"_s};
    return int(order.indexOf(kind));
}

QString domainOf(const QString& address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    const QString domain = at < 0 ? QString() : address.mid(at + 1).trimmed();
    return domain.isEmpty() ? u"frontline.invalid"_s : domain;
}

QHash<QString, MailTemplate> overrides(SqlSession& session)
{
    QHash<QString, MailTemplate> found;
    Statement query =
        session.prepare(u"SELECT kind, language, subject, body FROM mail_templates"_s);
    query.exec();
    while (query.next())
        found.insert(query.text(0) + u'/' + query.text(1), {query.text(2), query.text(3)});
    return found;
}

} // namespace

int NotifyPlanner::plan(SqlSession& session, qint64 now)
{
    Statement settings = session.prepare(
        u"SELECT enabled, from_address, events_to FROM mail_outgoing WHERE id = 1"_s);
    settings.exec();
    if (!settings.next())
        return 0;
    const bool enabled = settings.boolean(0);
    const QString domain = domainOf(settings.text(1));
    const qint64 mark = settings.int64(2);

    qint64 last = mark;
    int queued = 0;
    if (enabled) {
        QList<EventRow> events = readEvents(session, mark);
        if (!events.isEmpty()) {
            // Several servers: not past an event another server has yet to commit.
            const qint64 settled =
                cluster::settledEvents(session, mark, events.constLast().id, now);
            while (!events.isEmpty() && events.constLast().id > settled)
                events.removeLast();
        }
        if (events.isEmpty())
            return 0;
        last = events.constLast().id;
        Directory directory(session);
        QList<Planned> planned;
        for (const EventRow& event : events)
            decide(event, events, directory, planned);

        // Keep the first-ranked mail per (ticket, moment, author, recipient); remember the
        // text of a public reply of that moment for the status mail that replaces it.
        QHash<QString, qsizetype> best;
        QHash<QString, QString> notes;
        const auto keyOf = [](const Planned& p) {
            return u"%1/%2/%3/%4"_s.arg(p.event->ticketId)
                .arg(p.event->at)
                .arg(p.event->actorId)
                .arg(p.recipient);
        };
        for (qsizetype i = 0; i < planned.size(); ++i) {
            const QString key = keyOf(planned[i]);
            if (planned[i].kind == u"public_reply"_s)
                notes.insert(key, planned[i].event->commentText);
            auto found = best.find(key);
            if (found == best.end())
                best.insert(key, i);
            else if (rank(planned[i].kind) < rank(planned[*found].kind))
                *found = i;
        }

        const QHash<QString, MailTemplate> templates = overrides(session);
        Statement insert = session.prepare(
            u"INSERT INTO mail_outbox (event_id, recipient_id, ticket_id, kind, address, subject, "
            "body, message_id, in_reply_to, state, next_attempt_at, created_at) VALUES (?, ?, ?, "
            "?, ?, ?, ?, ?, ?, 'queued', ?, ?) ON CONFLICT DO NOTHING"_s);
        for (qsizetype i = 0; i < planned.size(); ++i) {
            const Planned& p = planned[i];
            const QString key = keyOf(p);
            if (best.value(key) != i)
                continue;
            const Person& to = directory.person(p.recipient);
            if (to.address.isEmpty() || to.optedOut.contains(p.kind))
                continue;
            if (!requesterKinds().contains(p.kind) && !to.staff)
                continue; // staff mail never goes to a requester account
            const EventRow& e = *p.event;
            MailFacts facts;
            facts.ticketId = e.ticketId;
            facts.title = e.title;
            facts.status = e.status;
            facts.commentText = e.kind == u"comment"_s ? e.commentText : notes.value(key);
            facts.requesterName = directory.person(e.requesterId).name;
            facts.agentName = directory.person(e.actorId).name;
            facts.recipientName = to.name;
            if (p.groupId)
                facts.groupName = directory.group(*p.groupId).name;
            facts.due = e.due;
            const QString language = mailLanguages().contains(to.language) ? to.language : u"en"_s;
            const MailTemplate source =
                templates.value(p.kind + u'/' + language, defaultTemplate(p.kind, language));
            const MailTemplate mail = renderMail(source, facts, language);
            const QString messageId = u"ticket-%1.event-%2.user-%3@%4"_s.arg(e.ticketId)
                                          .arg(e.id)
                                          .arg(p.recipient)
                                          .arg(domain);
            insert.bind(e.id)
                .bind(p.recipient)
                .bind(e.ticketId)
                .bind(p.kind)
                .bind(to.address)
                .bind(mail.subject)
                .bind(mail.body)
                .bind(messageId)
                .bind(u"ticket-%1@%2"_s.arg(e.ticketId).arg(domain))
                .bind(now)
                .bind(now);
            insert.exec();
            queued += insert.rowsAffected() > 0 ? 1 : 0;
        }
    } else {
        Statement end = session.prepare(u"SELECT COALESCE(MAX(id), 0) FROM ticket_events"_s);
        end.exec();
        if (end.next())
            last = end.int64(0);
    }
    if (last != mark) {
        Statement advance = session.prepare(
            u"UPDATE mail_outgoing SET events_to = ? WHERE id = 1 AND events_to = ?"_s);
        advance.bind(last).bind(mark);
        advance.exec();
    }
    return queued;
}

int planMails(SqlSession& session, qint64 now)
{
    static const QString savepoint = u"frontline_mail"_s;
    try {
        session.savepoint(savepoint);
        const int queued = NotifyPlanner::plan(session, now);
        session.releaseSavepoint(savepoint);
        return queued;
    } catch (const DbException& e) {
        qCWarning(lcPlanner) << "planning notification mails failed, tried again with the next "
                                "transaction:"
                             << e.describe();
        session.rollbackToSavepoint(savepoint);
        try {
            session.releaseSavepoint(savepoint);
        } catch (const DbException&) { }
        return 0;
    }
}

} // namespace frontline::server::notify
