#include "deskhistory.h"

#include "domain/ticket.h"
#include "storage/eventrepository.h"
#include "storage/sqlsession.h"
#include "workflow/workflowconfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
using namespace frontline::server;

namespace frontline::bench {
namespace {

constexpr qint64 MinuteMs = 60 * 1000;
constexpr qint64 DayMs = 24 * 60 * MinuteMs;

// The categories and the group (index into Population::groups) each routes to.
struct CategorySpec
{
    const char* name;
    int group;
    const char* subjects; // what its tickets are about, ';'-separated
};

const CategorySpec Categories[] = {
    {"Accounts & passwords", 0, "password;account;login;MFA token;Active Directory account"},
    {"General questions", 0, "how-to question;intranet;mobile phone;headset;meeting room"},
    {"Laptops & PCs", 1, "laptop;docking station;monitor;keyboard;Windows update;hard disk"},
    {"Printers & scanners", 1, "printer;scanner;toner;print queue;label printer"},
    {"Network & Wi-Fi", 2, "Wi-Fi;network drive;LAN port;proxy;DNS"},
    {"VPN & remote access", 2, "VPN;VPN client;remote desktop;Citrix;jump host"},
    {"Email & calendar", 3, "Outlook;mailbox;shared calendar;distribution list;Teams"},
    {"Business applications", 3, "SAP;CRM;Excel macro;SharePoint;expense tool;ERP report"},
    {"Servers & storage", 4, "file server;backup job;database server;storage quota;VM"},
    {"Telephony", 4, "desk phone;voicemail;call queue;softphone"},
    {"Security incidents", 5, "phishing mail;malware alert;lost laptop;suspicious login"},
    {"Access requests", 5, "access to folder;admin rights;firewall rule;badge access"},
};

const char* const Symptoms[] = {
    "%1 does not start",
    "%1 keeps crashing",
    "cannot connect to %1",
    "%1 very slow",
    "error %2 in %1",
    "%1 not working after update",
    "%1 shows error %2",
    "%1 disconnects",
    "%1 locked",
    "request: new %1",
    "%1 for new colleague",
    "%1 stopped syncing",
    "problem with %1 on %3",
    "%1 missing",
    "%1 access denied",
    "%1 freezes when opening %3",
};

const char* const Places[] = {"home office", "building B", "3rd floor", "Munich office",
                              "Lyon site",   "warehouse",  "reception", "training room"};

// The long tail of real titles: error codes and product names seen a few times.
QString errorCode(std::mt19937_64& random)
{
    static const char* const prefixes[] = {"0x8007", "0x800C", "0xC004", "ERR_", "E", "AADSTS"};
    const int which = static_cast<int>(random() % 6);
    const int number = static_cast<int>(std::pow(double(random() % 1000 + 1) / 1000.0, 3) * 9000);
    return QString::fromLatin1(prefixes[which]) + QString::number(1000 + number, 16).toUpper();
}

const QStringList& subjectsOf(int category)
{
    static const QList<QStringList> subjects = [] {
        QList<QStringList> all;
        for (const CategorySpec& c : Categories)
            all.append(QString::fromUtf8(c.subjects).split(u';'));
        return all;
    }();
    return subjects.at(category);
}

QJsonValue groupRef(const Population& people, int g)
{
    return QJsonObject {{"id"_L1, people.groups.at(g)}, {"name"_L1, people.groupNames.at(g)}};
}

QJsonValue agentRef(const Population& people, int g, int a)
{
    const QString name = people.memberNames.at(g).at(a);
    return QJsonObject {
        {"id"_L1, people.members.at(g).at(a)}, {"username"_L1, name}, {"display_name"_L1, name}};
}

} // namespace

DeskHistory::DeskHistory(qint64 now)
    : m_now(now)
{ }

QStringList DeskHistory::categoryNames()
{
    QStringList names;
    for (const CategorySpec& c : Categories)
        names.append(QString::fromUtf8(c.name));
    return names;
}

qint64 DeskHistory::minutes(double medianMinutes, double sigma)
{
    std::lognormal_distribution<double> d(std::log(medianMinutes), sigma);
    return std::max<qint64>(MinuteMs, static_cast<qint64>(d(m_random) * MinuteMs));
}

int DeskHistory::groupIndex(qint64 groupId) const
{
    return std::max(0, static_cast<int>(m_people.groups.indexOf(groupId)));
}

void DeskHistory::prepare(SqlSession& session, const Population& people)
{
    m_people = people;
    const qint64 start = m_now - 800 * DayMs;
    Statement category = session.prepareInsert(
        u"INSERT INTO categories (name, description, default_group_id, active, created_at, "
        "updated_at) VALUES (?, '', ?, 1, ?, ?)"_s);
    for (const CategorySpec& c : Categories) {
        category.bind(QString::fromUtf8(c.name))
            .bind(people.groups.at(c.group))
            .bind(start)
            .bind(start);
        category.exec();
        m_categories.append(category.insertedId());
        m_categoryGroup.append(c.group);
    }
    QJsonArray holidays;
    for (int year = QDate::currentDate().year() - 2; year <= QDate::currentDate().year(); ++year) {
        for (const char* day : {"-01-01", "-05-01", "-10-03", "-12-24", "-12-25", "-12-26"})
            holidays.append(QString(QString::number(year) + QString::fromLatin1(day)));
    }
    QJsonObject hours;
    for (const char* day : {"mon", "tue", "wed", "thu", "fri"})
        hours.insert(QLatin1String(day), QJsonArray {QJsonArray {u"08:00"_s, u"18:00"_s}});
    const QJsonObject definition {
        {"time_zone"_L1, u"Europe/Berlin"_s}, {"hours"_L1, hours}, {"holidays"_L1, holidays}};
    auto parsed = BusinessCalendar::fromJson(definition);
    if (!parsed)
        qFatal("the benchmark's calendar is invalid: %s", qPrintable(parsed.error().second));
    m_calendar = *parsed;
    Statement calendar = session.prepareInsert(
        u"INSERT INTO calendars (name, definition, created_at, updated_at) VALUES (?, ?, ?, ?)"_s);
    calendar.bind(u"Office hours"_s)
        .bind(QString::fromUtf8(QJsonDocument(definition).toJson(QJsonDocument::Compact)))
        .bind(start)
        .bind(start);
    calendar.exec();
    const qint64 calendarId = calendar.insertedId();
    const WorkflowConfig& workflow = WorkflowConfig::defaults();
    Statement policy = session.prepareInsert(
        u"INSERT INTO sla_policies (name, ticket_type, priority, category_id, calendar_id, "
        "response_minutes, resolve_minutes, warn_percent, escalate_on_breach, active, "
        "created_at, updated_at) VALUES (?, NULL, ?, NULL, ?, ?, ?, 75, 0, 1, ?, ?)"_s);
    for (int priority = 1; priority <= 5; ++priority) {
        const auto& target = workflow.slaTargets.forPriority(priority);
        policy.bind(u"P%1 in office hours"_s.arg(priority))
            .bind(priority)
            .bind(calendarId)
            .bind(target.responseMinutes)
            .bind(target.resolveMinutes)
            .bind(start)
            .bind(start);
        policy.exec();
        m_policies.append(policy.insertedId());
    }
}

QString DeskHistory::title(qint64 createdAt, int category)
{
    const QStringList& subjects = subjectsOf(category);
    // Subjects by Zipf within the category: the first ones are the usual trouble.
    const int n = static_cast<int>(subjects.size());
    int s = 0;
    while (s + 1 < n && chance(0.45))
        ++s;
    QString subject = subjects.at(s);
    QString text = QString::fromUtf8(Symptoms[pick(std::size(Symptoms))]);
    if (chance(0.05))
        subject += u" "_s + QString::fromLatin1(Places[pick(std::size(Places))]);
    text.replace(u"%1"_s, subject)
        .replace(u"%2"_s, errorCode(m_random))
        .replace(u"%3"_s, subjectsOf(pick(std::size(Categories))).at(0));
    if (createdAt > m_now - 60 * DayMs && chance(0.08))
        text = u"VPN drops after client update"_s; // the rising subject
    text[0] = text[0].toUpper();
    return text;
}

void DeskHistory::shape(qint64, TicketRecord& record)
{
    Ticket& t = record.ticket;
    m_steps.clear();
    const qint64 created = t.createdAt;
    int g = groupIndex(t.group ? t.group->id : 0);

    // Category (mostly one of the group's), type, title, SLA policy and its targets.
    QList<int> own;
    for (int c = 0; c < m_categories.size(); ++c) {
        if (m_categoryGroup.at(c) == g)
            own.append(c);
    }
    const int category = own.isEmpty() || chance(0.15) ? pick(static_cast<int>(m_categories.size()))
                                                       : own.at(chance(0.7) ? 0 : pick(own.size()));
    record.categoryId = m_categories.at(category);
    t.category = QString::fromUtf8(Categories[category].name);
    const double typeDraw = uniform();
    t.type = typeDraw < 0.72 ? TicketType::Incident
        : typeDraw < 0.92    ? TicketType::ServiceRequest
        : typeDraw < 0.95    ? TicketType::Problem
                             : TicketType::Change;
    t.title = title(created, category);
    t.description = u"Reported through the benchmark's desk history."_s;
    record.slaPolicyId = m_policies.at(t.priority - 1);
    const auto& target = WorkflowConfig::defaults().slaTargets.forPriority(t.priority);
    t.sla.responseDue = m_calendar.add(created, target.responseMinutes * MinuteMs);
    t.sla.resolveDue = m_calendar.add(created, target.resolveMinutes * MinuteMs);

    // The ticket's life, as if nothing ended it early; cut at now below.
    const qint64 requester = t.requester.id;
    int a = pick(static_cast<int>(m_people.members.at(g).size()));
    const bool longer = t.type == TicketType::Problem || t.type == TicketType::Change;
    const bool stalls = chance(0.015); // forgotten: open for months
    qint64 at = created;
    QString status = u"new"_s;
    QList<Step> steps;
    const auto push = [&](qint64 when, qint64 actor, const QString& field, QJsonValue oldValue,
                          QJsonValue newValue, bool internal = false) {
        steps.append({when, actor, field, std::move(oldValue), std::move(newValue), internal});
    };
    const auto moveTo = [&](qint64 when, qint64 actor, const QString& next) {
        push(when, actor, u"status"_s, status, next);
        status = next;
    };
    const auto agent = [&] { return m_people.members.at(g).at(a); };

    at += minutes(20, 1.0);
    push(at, agent(), u"assignee"_s, QJsonValue::Null, agentRef(m_people, g, a));
    const qint64 response = std::max(at + MinuteMs, created + minutes(80, 1.3));
    const qint64 worked = created + (longer ? 5 : 1) * minutes(600, 1.4);
    const QStringList path = t.type == TicketType::Incident ? QStringList {u"assigned"_s}
        : t.type == TicketType::ServiceRequest
        ? (chance(0.3) ? QStringList {u"awaiting_approval"_s, u"approved"_s} : QStringList {})
        : t.type == TicketType::Problem
        ? QStringList {u"investigating"_s}
        : QStringList {u"assessment"_s, u"awaiting_approval"_s, u"approved"_s};
    for (const QString& next : path) {
        at += minutes(10, 1.0);
        moveTo(at, agent(), next);
    }
    const QString working = t.type == TicketType::Problem ? u"known_error"_s
        : t.type == TicketType::Change                    ? u"implementing"_s
                                                          : u"in_progress"_s;
    at = std::max(at, response - MinuteMs);
    moveTo(at, agent(), working);
    at = response;
    push(at, agent(), {}, {}, {}); // the first public reply
    qint64 resolveAt = std::max(worked, at + minutes(30, 1.0));
    if (chance(0.2) && t.type != TicketType::Problem) { // waiting for the requester
        const qint64 pauseAt = at + (resolveAt - at) / 3;
        const qint64 wait = minutes(1200, 1.0);
        moveTo(pauseAt, agent(), u"pending"_s);
        push(pauseAt + wait, requester, {}, {}, {});
        moveTo(pauseAt + wait + MinuteMs, agent(), working);
        resolveAt += wait + MinuteMs;
        at = pauseAt + wait + MinuteMs;
    }
    const int tier = m_people.groupTiers.at(g);
    if (t.type != TicketType::Change && tier < 3 && chance(0.12)) {
        // Escalation to a group of the next tier, a handover note, a new assignee.
        QList<int> higher;
        for (int h = 0; h < m_people.groups.size(); ++h) {
            if (m_people.groupTiers.at(h) == tier + 1)
                higher.append(h);
        }
        const int to = higher.at(pick(higher.size()));
        const qint64 when = at + (resolveAt - at) / 2;
        push(when, agent(), u"escalation"_s, groupRef(m_people, g), groupRef(m_people, to));
        push(when, agent(), u"group"_s, groupRef(m_people, g), groupRef(m_people, to));
        const QJsonValue before = agentRef(m_people, g, a);
        g = to;
        a = pick(static_cast<int>(m_people.members.at(g).size()));
        push(when, agent(), u"assignee"_s, before, agentRef(m_people, g, a));
        push(when + MinuteMs, m_people.members.at(g).at(a), {}, {}, {}, true);
        resolveAt += minutes(600, 1.0);
    }
    if (stalls) {
        resolveAt = m_now + 365 * DayMs;
    } else if (t.type == TicketType::Incident && chance(0.01)) { // a duplicate
        push(resolveAt, agent(), u"merged_into"_s, QJsonValue::Null, 1);
        moveTo(resolveAt, agent(), u"merged"_s);
    } else if (chance(0.01)) {
        moveTo(resolveAt, agent(), u"cancelled"_s);
    } else {
        moveTo(resolveAt, agent(), u"resolved"_s);
        qint64 done = resolveAt;
        if (chance(0.04)) { // reopened by the requester, resolved again
            const qint64 reopen = done + minutes(900, 1.0);
            moveTo(reopen, requester, working);
            done = reopen + minutes(480, 1.0);
            moveTo(done, agent(), u"resolved"_s);
        }
        if (chance(0.35)) {
            static const int scores[] = {5, 5, 5, 5, 5, 5, 5, 5, 5, 4,
                                         4, 4, 4, 4, 4, 3, 3, 2, 1, 1};
            const int score = scores[pick(20)];
            const qint64 when = done + minutes(240, 1.2);
            push(when, requester, u"rating"_s, QJsonValue::Null, score);
            if (chance(0.03))
                push(when + DayMs, requester, u"rating"_s, score, std::min(5, score + 1));
        }
        const qint64 closeAt = chance(0.4) ? done + minutes(360, 1.0) : done + 3 * DayMs;
        moveTo(closeAt, chance(0.4) ? requester : m_people.admin, u"closed"_s);
    }

    // What happened by now: the ticket is what its kept history made it.
    std::stable_sort(steps.begin(), steps.end(),
                     [](const Step& x, const Step& y) { return x.at < y.at; });
    t.status = u"new"_s;
    t.assignee.reset();
    t.sla.firstResponseAt.reset();
    t.resolvedAt.reset();
    t.closedAt.reset();
    t.resolution.clear();
    record.slaPausedAt.reset();
    t.group = GroupRef {m_people.groups.at(groupIndex(t.group->id)),
                        m_people.groupNames.at(groupIndex(t.group->id)), 1};
    t.updatedAt = created;
    for (const Step& step : std::as_const(steps)) {
        if (step.at > m_now)
            break;
        m_steps.append(step);
        t.updatedAt = step.at;
        if (step.field.isEmpty()) {
            if (!step.internal && step.actor != requester && !t.sla.firstResponseAt)
                t.sla.firstResponseAt = step.at;
        } else if (step.field == u"status"_s) {
            t.status = step.newValue.toString();
            record.slaPausedAt = t.status == u"pending"_s ? std::optional(step.at) : std::nullopt;
            if (t.status == u"resolved"_s)
                t.resolvedAt = step.at;
            if (t.status == u"closed"_s || t.status == u"cancelled"_s || t.status == u"merged"_s)
                t.closedAt = step.at;
        } else if (step.field == u"assignee"_s) {
            const QJsonObject ref = step.newValue.toObject();
            t.assignee =
                UserRef {ref.value("id"_L1).toInteger(), ref.value("username"_L1).toString(),
                         ref.value("display_name"_L1).toString()};
        } else if (step.field == u"group"_s) {
            const QJsonObject ref = step.newValue.toObject();
            t.group = GroupRef {ref.value("id"_L1).toInteger(), ref.value("name"_L1).toString(), 1};
        }
    }
    t.open = t.status != u"resolved"_s && t.status != u"closed"_s && t.status != u"cancelled"_s
        && t.status != u"merged"_s;
    if (t.resolvedAt)
        t.resolution = u"Fixed."_s;
    const bool responseLate = t.sla.firstResponseAt ? *t.sla.firstResponseAt > *t.sla.responseDue
                                                    : m_now > *t.sla.responseDue;
    const qint64 resolvedBy = t.resolvedAt.value_or(t.closedAt.value_or(m_now));
    record.slaState = responseLate || resolvedBy > *t.sla.resolveDue ? u"breached"_s
        : t.open                                                     ? u"on_track"_s
                                                                     : u"met"_s;
    if (record.slaPausedAt && t.open)
        record.slaState = u"paused"_s;
}

void DeskHistory::write(qint64 id, const TicketRecord& record, SqlSession& session)
{
    for (const Step& step : std::as_const(m_steps))
        m_due.push({step.at, m_sequence++, id, record.ticket.requester.id, step});
    emitUntil(record.ticket.createdAt, session);
}

void DeskHistory::finish(SqlSession& session)
{
    emitUntil(std::numeric_limits<qint64>::max(), session);
}

// The log in the order things happened, as a live server writes it: a step waits until every
// ticket created before it was stored.
void DeskHistory::emitUntil(qint64 until, SqlSession& session)
{
    EventRepository events(session);
    while (!m_due.empty() && m_due.top().at <= until) {
        const Due due = m_due.top();
        m_due.pop();
        const Step& step = due.step;
        if (step.field.isEmpty()) {
            events.appendComment(due.ticket, step.actor, step.at,
                                 step.internal ? u"Handover: see the log attached."_s
                                               : u"Thanks, we are looking into it."_s,
                                 step.internal);
        } else if (step.field == u"merged_into"_s) {
            events.appendChange(due.ticket, step.actor, step.at, step.field, QJsonValue::Null,
                                std::max<qint64>(1, due.ticket - 1));
        } else {
            events.appendChange(due.ticket, step.actor, step.at, step.field, step.oldValue,
                                step.newValue);
        }
        if (step.field == u"rating"_s) {
            Statement rating = session.prepare(
                u"INSERT INTO ticket_ratings (ticket_id, rated_by, score, comment, rated_at) "
                "VALUES (?, ?, ?, '', ?) ON CONFLICT (ticket_id) DO UPDATE SET score = "
                "excluded.score, rated_at = excluded.rated_at"_s);
            rating.bind(due.ticket).bind(due.requester).bind(step.newValue.toInt()).bind(step.at);
            rating.exec();
        }
    }
}

} // namespace frontline::bench
