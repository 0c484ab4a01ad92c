#include "notify/notifyplanner.h"

#include "cluster/eventhorizon.h"
#include "mail/ticketmailids.h"
#include "notify/mailtemplates.h"
#include "storage/sqlsession.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>

#include <optional>
#include <vector>

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

// A recipient's moment of a ticket: its changes by one author at one time.
struct MomentKey
{
    qint64 ticketId = 0;
    qint64 at = 0;
    qint64 actorId = 0;
    qint64 recipient = 0;

    friend bool operator==(const MomentKey&, const MomentKey&) = default;
    friend size_t qHash(const MomentKey& key, size_t seed = 0)
    {
        return qHashMulti(seed, key.ticketId, key.at, key.actorId, key.recipient);
    }
};

MomentKey keyOf(const Planned& p)
{
    return {p.event->ticketId, p.event->at, p.event->actorId, p.recipient};
}

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
        // One statement: the account, and a row per mail kind they turned off (one row, the
        // kind null, when none).
        Person person;
        Statement query = m_session.prepare(
            u"SELECT u.display_name, u.email, u.language, u.disabled, u.role, "
            "(SELECT COUNT(*) FROM mail_undeliverable d WHERE d.address = LOWER(u.email)), "
            "o.kind FROM users u LEFT JOIN mail_opt_outs o ON o.user_id = u.id "
            "WHERE u.id = ?"_s);
        query.bind(id);
        query.exec();
        bool first = true;
        while (query.next()) {
            if (first) {
                first = false;
                person.name = query.text(0);
                const QString address = query.text(1).trimmed();
                if (!query.boolean(3) && query.int64(5) == 0 && address.contains(u'@'))
                    person.address = address;
                person.language = query.text(2);
                person.staff = query.text(4) != u"requester"_s;
            }
            if (const QString kind = query.text(6); !kind.isEmpty())
                person.optedOut.insert(kind);
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
        "c.body, t.title, t.status, t.requester_id, t.assignee_id, t.group_id, t.resolve_due, "
        "e.old_value FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id "
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
// later change of it in this pass (a null old value: it had none then, e.g. unassigned), else
// what the ticket holds now.
std::optional<qint64> asAt(const EventRow& e, const QList<EventRow>& events, const QString& field,
                           std::optional<qint64> now)
{
    for (const EventRow& later : events) {
        if (later.id > e.id && later.ticketId == e.ticketId && later.field == field)
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

// The templates of one pass: the admins' overrides read once, a default only when asked for.
class Templates
{
public:
    explicit Templates(SqlSession& session)
    {
        Statement query =
            session.prepare(u"SELECT kind, language, subject, body FROM mail_templates"_s);
        query.exec();
        while (query.next())
            m_chosen.insert(query.text(0) + u'/' + query.text(1), {query.text(2), query.text(3)});
    }

    const MailTemplate& of(const QString& kind, const QString& language)
    {
        const QString key = kind + u'/' + language;
        auto found = m_chosen.find(key);
        if (found == m_chosen.end())
            found = m_chosen.insert(key, defaultTemplate(kind, language));
        return *found;
    }

private:
    QHash<QString, MailTemplate> m_chosen;
};

// A pass's outbox rows, inserted up to 16 per statement, a pass's rest in one (so a pass
// mostly runs one statement, a round trip on PostgreSQL, and at most 16 distinct statements
// are prepared).
class OutboxRows
{
public:
    struct Row
    {
        qint64 eventId;
        qint64 recipientId;
        qint64 ticketId;
        QString kind;
        QString address;
        QString subject;
        QString body;
        QString messageId;
        QString inReplyTo;
    };

    OutboxRows(SqlSession& session, qint64 now)
        : m_session(session)
        , m_now(now)
    { }

    void add(Row row)
    {
        m_rows.push_back(std::move(row));
        if (qsizetype(m_rows.size()) == Chunk)
            flush();
    }

    // Inserts what is left; how many rows were new (a row whose (event, recipient) is queued
    // already is skipped).
    int finish()
    {
        flush();
        return m_inserted;
    }

private:
    static constexpr qsizetype Chunk = 16;

    void flush()
    {
        if (!m_rows.empty())
            insert(0, qsizetype(m_rows.size()));
        m_rows.clear();
    }

    void insert(qsizetype from, qsizetype count)
    {
        QString sql = u"INSERT INTO mail_outbox (event_id, recipient_id, ticket_id, kind, address, "
                      "subject, body, message_id, in_reply_to, state, next_attempt_at, "
                      "created_at) VALUES "_s;
        for (qsizetype i = 0; i < count; ++i)
            sql += (i ? u", "_s : QString()) + u"(?, ?, ?, ?, ?, ?, ?, ?, ?, 'queued', ?, ?)"_s;
        sql += u" ON CONFLICT DO NOTHING"_s;
        Statement statement = m_session.prepare(sql);
        for (qsizetype i = from; i < from + count; ++i) {
            const Row& row = m_rows[size_t(i)];
            statement.bind(row.eventId)
                .bind(row.recipientId)
                .bind(row.ticketId)
                .bind(row.kind)
                .bind(row.address)
                .bind(row.subject)
                .bind(row.body)
                .bind(row.messageId)
                .bind(row.inReplyTo)
                .bind(m_now)
                .bind(m_now);
        }
        statement.exec();
        m_inserted += int(statement.rowsAffected());
    }

    SqlSession& m_session;
    qint64 m_now;
    std::vector<Row> m_rows;
    int m_inserted = 0;
};

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
            std::vector<cluster::SeenEvent> seen;
            seen.reserve(size_t(events.size()));
            for (const EventRow& event : std::as_const(events))
                seen.push_back({event.id, event.at});
            const qint64 settled = cluster::settledEvents(session, mark, seen, now);
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
        QHash<MomentKey, qsizetype> best;
        QHash<MomentKey, QString> notes;
        best.reserve(planned.size());
        for (qsizetype i = 0; i < planned.size(); ++i) {
            const MomentKey key = keyOf(planned[i]);
            if (planned[i].kind == u"public_reply"_s)
                notes.insert(key, planned[i].event->commentText);
            auto found = best.find(key);
            if (found == best.end())
                best.insert(key, i);
            else if (rank(planned[i].kind) < rank(planned[*found].kind))
                *found = i;
        }

        Templates templates(session);
        const QStringList toRequesters = requesterKinds();
        const QStringList languages = mailLanguages();
        OutboxRows rows(session, now);
        for (qsizetype i = 0; i < planned.size(); ++i) {
            const Planned& p = planned[i];
            const MomentKey key = keyOf(p);
            if (best.value(key) != i)
                continue;
            const Person& to = directory.person(p.recipient);
            if (to.address.isEmpty() || to.optedOut.contains(p.kind))
                continue;
            if (!toRequesters.contains(p.kind) && !to.staff)
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
            const QString language = languages.contains(to.language) ? to.language : u"en"_s;
            const MailTemplate mail = renderMail(templates.of(p.kind, language), facts, language);
            rows.add({e.id, p.recipient, e.ticketId, p.kind, to.address, mail.subject, mail.body,
                      mail::ticketMailId(e.ticketId, e.id, p.recipient, domain),
                      mail::ticketThreadId(e.ticketId, domain)});
        }
        queued = rows.finish();
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
