#include "automationrepository.h"

#include "logging.h"
#include "storage/sqlsession.h"
#include "storage/userrepository.h"
#include "workflow/workflowconfig.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject parseObject(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

const QString PolicyColumns = u"id, name, ticket_type, priority, category_id, calendar_id, "
                              "response_minutes, resolve_minutes, warn_percent, "
                              "escalate_on_breach, active"_s;

// The policy's columns in the order both the INSERT and the UPDATE name them.
Statement& bindPolicy(Statement& statement, const SlaPolicy& p)
{
    return statement.bind(p.name)
        .bind(p.type ? QVariant(toString(*p.type)) : QVariant(QMetaType(QMetaType::QString)))
        .bind(p.priority ? QVariant(*p.priority) : QVariant(QMetaType(QMetaType::Int)))
        .bindNullable(p.categoryId)
        .bindNullable(p.calendarId)
        .bind(p.responseMinutes)
        .bind(p.resolveMinutes)
        .bind(p.warnPercent)
        .bind(p.escalateOnBreach ? 1 : 0)
        .bind(p.active ? 1 : 0);
}

} // namespace

void AutomationRepository::loadInto(WorkflowConfig& config)
{
    config.sla.calendars.clear();
    for (CalendarEntry& calendar : calendars())
        config.sla.calendars.insert(calendar.id, std::move(calendar));
    config.sla.policies = policies();
    config.rules = rules();
    UserRepository users(m_session);
    config.automationUser = users.ref(users.automationUserId());
}

QList<CalendarEntry> AutomationRepository::calendars()
{
    QList<CalendarEntry> result;
    Statement query =
        m_session.prepare(u"SELECT id, name, definition FROM calendars ORDER BY name, id"_s);
    query.exec();
    while (query.next()) {
        auto calendar = BusinessCalendar::fromJson(parseObject(query.text(2)));
        if (!calendar) {
            // Only the server writes this table, after validation; a bad row is logged and
            // left out rather than stopping the desk.
            qCWarning(lcStorage) << "calendar" << query.int64(0)
                                 << "is invalid:" << calendar.error().first
                                 << calendar.error().second;
            continue;
        }
        result.append({query.int64(0), query.text(1), std::move(calendar).value()});
    }
    return result;
}

qint64 AutomationRepository::insertCalendar(const CalendarEntry& calendar, qint64 now)
{
    Statement insert = m_session.prepareInsert(
        u"INSERT INTO calendars (name, definition, created_at, updated_at) VALUES (?, ?, ?, ?)"_s);
    insert.bind(calendar.name).bind(compact(calendar.calendar.toJson())).bind(now).bind(now);
    insert.exec();
    return insert.insertedId();
}

bool AutomationRepository::updateCalendar(const CalendarEntry& calendar, qint64 now)
{
    Statement update = m_session.prepare(
        u"UPDATE calendars SET name = ?, definition = ?, updated_at = ? WHERE id = ?"_s);
    update.bind(calendar.name)
        .bind(compact(calendar.calendar.toJson()))
        .bind(now)
        .bind(calendar.id);
    update.exec();
    return update.rowsAffected() == 1;
}

bool AutomationRepository::calendarInUse(qint64 id)
{
    Statement query = m_session.prepare(u"SELECT 1 FROM sla_policies WHERE calendar_id = ?"_s);
    query.bind(id);
    query.exec();
    return query.next();
}

bool AutomationRepository::calendarExists(qint64 id)
{
    Statement query = m_session.prepare(u"SELECT 1 FROM calendars WHERE id = ?"_s);
    query.bind(id);
    query.exec();
    return query.next();
}

bool AutomationRepository::deleteCalendar(qint64 id)
{
    Statement remove = m_session.prepare(u"DELETE FROM calendars WHERE id = ?"_s);
    remove.bind(id);
    remove.exec();
    return remove.rowsAffected() == 1;
}

QList<SlaPolicy> AutomationRepository::policies()
{
    QList<SlaPolicy> result;
    Statement query =
        m_session.prepare(u"SELECT "_s + PolicyColumns + u" FROM sla_policies ORDER BY id"_s);
    query.exec();
    while (query.next()) {
        SlaPolicy policy;
        policy.id = query.int64(0);
        policy.name = query.text(1);
        if (!query.value(2).isNull())
            policy.type = ticketTypeFromString(query.text(2));
        if (!query.value(3).isNull())
            policy.priority = query.integer(3);
        policy.categoryId = query.optionalInt64(4);
        policy.calendarId = query.optionalInt64(5);
        policy.responseMinutes = query.int64(6);
        policy.resolveMinutes = query.int64(7);
        policy.warnPercent = query.integer(8);
        policy.escalateOnBreach = query.boolean(9);
        policy.active = query.boolean(10);
        result.append(policy);
    }
    return result;
}

qint64 AutomationRepository::insertPolicy(const SlaPolicy& p, qint64 now)
{
    Statement insert = m_session.prepareInsert(uR"(INSERT INTO sla_policies (name, ticket_type,
 priority, category_id, calendar_id, response_minutes, resolve_minutes, warn_percent,
 escalate_on_breach, active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))"_s);
    bindPolicy(insert, p).bind(now).bind(now);
    insert.exec();
    return insert.insertedId();
}

bool AutomationRepository::updatePolicy(const SlaPolicy& p, qint64 now)
{
    Statement update = m_session.prepare(uR"(UPDATE sla_policies SET name = ?, ticket_type = ?,
 priority = ?, category_id = ?, calendar_id = ?, response_minutes = ?, resolve_minutes = ?,
 warn_percent = ?, escalate_on_breach = ?, active = ?, updated_at = ? WHERE id = ?)"_s);
    bindPolicy(update, p).bind(now).bind(p.id);
    update.exec();
    return update.rowsAffected() == 1;
}

bool AutomationRepository::deletePolicy(qint64 id)
{
    Statement detach =
        m_session.prepare(u"UPDATE tickets SET sla_policy_id = NULL WHERE sla_policy_id = ?"_s);
    detach.bind(id);
    detach.exec();
    Statement remove = m_session.prepare(u"DELETE FROM sla_policies WHERE id = ?"_s);
    remove.bind(id);
    remove.exec();
    return remove.rowsAffected() == 1;
}

QList<Rule> AutomationRepository::rules()
{
    QList<Rule> result;
    Statement query = m_session.prepare(u"SELECT id, definition FROM rules ORDER BY id"_s);
    query.exec();
    while (query.next()) {
        auto rule = Rule::fromJson(parseObject(query.text(1)));
        if (!rule) {
            qCWarning(lcStorage) << "rule" << query.int64(0) << "is invalid:" << rule.error().first
                                 << rule.error().second;
            continue;
        }
        rule->id = query.int64(0);
        result.append(std::move(rule).value());
    }
    return result;
}

std::optional<Rule> AutomationRepository::rule(qint64 id)
{
    Statement query = m_session.prepare(u"SELECT definition FROM rules WHERE id = ?"_s);
    query.bind(id);
    query.exec();
    if (!query.next())
        return std::nullopt;
    auto rule = Rule::fromJson(parseObject(query.text(0)));
    if (!rule)
        return std::nullopt;
    rule->id = id;
    return std::move(rule).value();
}

qint64 AutomationRepository::insertRule(const Rule& rule, qint64 userId, qint64 now)
{
    Statement insert = m_session.prepareInsert(
        u"INSERT INTO rules (name, enabled, definition, created_at, updated_at, updated_by) "
        "VALUES (?, ?, ?, ?, ?, ?)"_s);
    insert.bind(rule.name)
        .bind(rule.enabled ? 1 : 0)
        .bind(compact(rule.definition()))
        .bind(now)
        .bind(now)
        .bind(userId);
    insert.exec();
    return insert.insertedId();
}

bool AutomationRepository::updateRule(const Rule& rule, qint64 userId, qint64 now)
{
    Statement update = m_session.prepare(u"UPDATE rules SET name = ?, enabled = ?, definition = "
                                         "?, updated_at = ?, updated_by = ? WHERE id = ?"_s);
    update.bind(rule.name)
        .bind(rule.enabled ? 1 : 0)
        .bind(compact(rule.definition()))
        .bind(now)
        .bind(userId)
        .bind(rule.id);
    update.exec();
    return update.rowsAffected() == 1;
}

bool AutomationRepository::deleteRule(qint64 id)
{
    Statement timers = m_session.prepare(u"DELETE FROM rule_timers WHERE rule_id = ?"_s);
    timers.bind(id);
    timers.exec();
    Statement remove = m_session.prepare(u"DELETE FROM rules WHERE id = ?"_s);
    remove.bind(id);
    remove.exec();
    return remove.rowsAffected() == 1;
}

} // namespace frontline::server
