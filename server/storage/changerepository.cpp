#include "changerepository.h"

#include "storage/sqlsession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

QString idsText(const QList<qint64>& ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<qint64> idsFrom(const QString& text)
{
    QList<qint64> ids;
    for (const QJsonValue& v : QJsonDocument::fromJson(text.toUtf8()).array())
        ids.append(v.toInteger());
    return ids;
}

QString riskText(const QMap<QString, int>& risk)
{
    QJsonObject o;
    for (auto it = risk.begin(); it != risk.end(); ++it)
        o.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QMap<QString, int> riskFrom(const QString& text)
{
    QMap<QString, int> risk;
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        risk.insert(it.key(), it.value().toInt());
    return risk;
}

constexpr auto TemplateColumns =
    "id, name, description, category, cis, implementation_plan, backout_plan, test_plan, "
    "risk_level, active, updated_at";
constexpr auto WindowColumns =
    "id, name, kind, start_at, end_at, repeat_rule, until_at, cis, updated_at";

ChangeRepository::Template templateFrom(const Statement& q)
{
    ChangeRepository::Template t;
    t.value.id = q.int64(0);
    t.value.name = q.text(1);
    t.value.description = q.text(2);
    t.value.category = q.text(3);
    t.cis = idsFrom(q.text(4));
    t.value.implementationPlan = q.text(5);
    t.value.backoutPlan = q.text(6);
    t.value.testPlan = q.text(7);
    t.value.riskLevel = q.text(8);
    t.value.active = q.boolean(9);
    t.value.updatedAt = q.int64(10);
    return t;
}

ChangeRepository::Window windowFrom(const Statement& q)
{
    ChangeRepository::Window w;
    w.value.id = q.int64(0);
    w.value.name = q.text(1);
    w.value.kind = q.text(2);
    w.value.start = q.int64(3);
    w.value.end = q.int64(4);
    w.value.repeat = q.text(5);
    w.value.until = q.optionalInt64(6);
    w.cis = idsFrom(q.text(7));
    w.value.updatedAt = q.int64(8);
    return w;
}

} // namespace

std::optional<ChangeRepository::Record> ChangeRepository::find(qint64 ticketId)
{
    Statement q = m_session.prepare(
        u"SELECT c.kind, c.template_id, c.risk, c.risk_score, c.risk_level, "
        u"c.implementation_plan, c.backout_plan, c.test_plan, c.planned_start, c.planned_end, "
        u"c.review_outcome, c.review_notes, c.reviewed_by, COALESCE(u.display_name, ''), "
        u"c.reviewed_at FROM changes c LEFT JOIN users u ON u.id = c.reviewed_by "
        u"WHERE c.ticket_id = ?"_s);
    q.bind(ticketId).exec();
    if (!q.next())
        return std::nullopt;
    Record r;
    r.kind = q.text(0);
    r.templateId = q.optionalInt64(1);
    r.risk = riskFrom(q.text(2));
    r.riskScore = q.integer(3);
    r.riskLevel = q.text(4);
    r.implementationPlan = q.text(5);
    r.backoutPlan = q.text(6);
    r.testPlan = q.text(7);
    r.plannedStart = q.optionalInt64(8);
    r.plannedEnd = q.optionalInt64(9);
    if (!q.value(10).isNull() && !q.text(10).isEmpty())
        r.review = api::ChangeReview {q.text(10), q.text(11), q.int64(12), q.text(13), q.int64(14)};
    return r;
}

void ChangeRepository::save(qint64 ticketId, const Record& r, qint64 userId, qint64 now)
{
    const auto bindAll = [&](Statement& s) {
        s.bind(r.kind).bindNullable(r.templateId).bind(riskText(r.risk)).bind(r.riskScore);
        s.bind(r.riskLevel).bind(r.implementationPlan).bind(r.backoutPlan).bind(r.testPlan);
        s.bindNullable(r.plannedStart).bindNullable(r.plannedEnd);
        s.bind(r.review ? QVariant(r.review->outcome) : QVariant(QMetaType(QMetaType::QString)));
        s.bind(r.review ? r.review->notes : QString());
        s.bindNullable(r.review ? std::optional<qint64>(r.review->reviewedBy) : std::nullopt);
        s.bindNullable(r.review ? std::optional<qint64>(r.review->reviewedAt) : std::nullopt);
        s.bind(userId).bind(now);
    };
    Statement update = m_session.prepare(
        u"UPDATE changes SET kind = ?, template_id = ?, risk = ?, risk_score = ?, "
        u"risk_level = ?, implementation_plan = ?, backout_plan = ?, test_plan = ?, "
        u"planned_start = ?, planned_end = ?, review_outcome = ?, review_notes = ?, "
        u"reviewed_by = ?, reviewed_at = ?, updated_by = ?, updated_at = ? "
        u"WHERE ticket_id = ?"_s);
    bindAll(update);
    update.bind(ticketId);
    update.exec();
    if (update.rowsAffected() > 0)
        return;
    Statement insert = m_session.prepare(
        u"INSERT INTO changes (kind, template_id, risk, risk_score, risk_level, "
        u"implementation_plan, backout_plan, test_plan, planned_start, planned_end, "
        u"review_outcome, review_notes, reviewed_by, reviewed_at, updated_by, updated_at, "
        u"ticket_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    bindAll(insert);
    insert.bind(ticketId);
    insert.exec();
}

qint64 ChangeRepository::insertTemplate(const Template& t, qint64 now)
{
    Statement s = m_session.prepareInsert(
        u"INSERT INTO change_templates (name, description, category, cis, implementation_plan, "
        u"backout_plan, test_plan, risk_level, active, updated_at) "
        u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    s.bind(t.value.name).bind(t.value.description).bind(t.value.category).bind(idsText(t.cis));
    s.bind(t.value.implementationPlan).bind(t.value.backoutPlan).bind(t.value.testPlan);
    s.bind(t.value.riskLevel).bind(t.value.active ? 1 : 0).bind(now);
    s.exec();
    return s.insertedId();
}

void ChangeRepository::updateTemplate(const Template& t, qint64 now)
{
    Statement s = m_session.prepare(
        u"UPDATE change_templates SET name = ?, description = ?, category = ?, cis = ?, "
        u"implementation_plan = ?, backout_plan = ?, test_plan = ?, risk_level = ?, active = ?, "
        u"updated_at = ? WHERE id = ?"_s);
    s.bind(t.value.name).bind(t.value.description).bind(t.value.category).bind(idsText(t.cis));
    s.bind(t.value.implementationPlan).bind(t.value.backoutPlan).bind(t.value.testPlan);
    s.bind(t.value.riskLevel).bind(t.value.active ? 1 : 0).bind(now).bind(t.value.id);
    s.exec();
}

std::optional<ChangeRepository::Template> ChangeRepository::findTemplate(qint64 id)
{
    Statement q = m_session.prepare(
        u"SELECT %1 FROM change_templates WHERE id = ?"_s.arg(QLatin1StringView(TemplateColumns)));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    return templateFrom(q);
}

QList<ChangeRepository::Template> ChangeRepository::templates(bool includeInactive)
{
    Statement q = m_session.prepare(u"SELECT %1 FROM change_templates %2 ORDER BY name, id"_s.arg(
        QLatin1StringView(TemplateColumns), includeInactive ? QString() : u"WHERE active = 1"_s));
    q.exec();
    QList<Template> items;
    while (q.next())
        items.append(templateFrom(q));
    return items;
}

qint64 ChangeRepository::insertWindow(const Window& w, qint64 now)
{
    Statement s = m_session.prepareInsert(
        u"INSERT INTO change_windows (name, kind, start_at, end_at, repeat_rule, until_at, cis, "
        u"updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    s.bind(w.value.name).bind(w.value.kind).bind(w.value.start).bind(w.value.end);
    s.bind(w.value.repeat).bindNullable(w.value.until).bind(idsText(w.cis)).bind(now);
    s.exec();
    return s.insertedId();
}

void ChangeRepository::updateWindow(const Window& w, qint64 now)
{
    Statement s = m_session.prepare(
        u"UPDATE change_windows SET name = ?, kind = ?, start_at = ?, end_at = ?, "
        u"repeat_rule = ?, until_at = ?, cis = ?, updated_at = ? WHERE id = ?"_s);
    s.bind(w.value.name).bind(w.value.kind).bind(w.value.start).bind(w.value.end);
    s.bind(w.value.repeat).bindNullable(w.value.until).bind(idsText(w.cis)).bind(now);
    s.bind(w.value.id);
    s.exec();
}

bool ChangeRepository::deleteWindow(qint64 id)
{
    Statement s = m_session.prepare(u"DELETE FROM change_windows WHERE id = ?"_s);
    s.bind(id).exec();
    return s.rowsAffected() > 0;
}

std::optional<ChangeRepository::Window> ChangeRepository::findWindow(qint64 id)
{
    Statement q = m_session.prepare(
        u"SELECT %1 FROM change_windows WHERE id = ?"_s.arg(QLatin1StringView(WindowColumns)));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    return windowFrom(q);
}

QList<ChangeRepository::Window> ChangeRepository::windows()
{
    Statement q = m_session.prepare(u"SELECT %1 FROM change_windows ORDER BY start_at, id"_s.arg(
        QLatin1StringView(WindowColumns)));
    q.exec();
    QList<Window> items;
    while (q.next())
        items.append(windowFrom(q));
    return items;
}

QList<api::ChangeIncident> ChangeRepository::incidentsOf(qint64 changeId)
{
    Statement q = m_session.prepare(
        u"SELECT t.id, t.title, t.status, t.is_open FROM change_incidents c "
        u"JOIN tickets t ON t.id = c.incident_id WHERE c.change_id = ? ORDER BY t.id"_s);
    q.bind(changeId).exec();
    QList<api::ChangeIncident> items;
    while (q.next())
        items.append({q.int64(0), q.text(1), q.text(2), q.boolean(3)});
    return items;
}

std::optional<qint64> ChangeRepository::changeOf(qint64 incidentId)
{
    Statement q =
        m_session.prepare(u"SELECT change_id FROM change_incidents WHERE incident_id = ?"_s);
    q.bind(incidentId).exec();
    if (!q.next())
        return std::nullopt;
    return q.int64(0);
}

std::optional<TicketLink> ChangeRepository::changeLinkOf(qint64 incidentId)
{
    Statement q = m_session.prepare(
        u"SELECT change_id, linked_by, linked_at FROM change_incidents WHERE incident_id = ?"_s);
    q.bind(incidentId).exec();
    if (!q.next())
        return std::nullopt;
    return TicketLink {q.int64(0), u"caused_by_change"_s, q.int64(1), q.int64(2)};
}

void ChangeRepository::link(qint64 changeId, qint64 incidentId, qint64 userId, qint64 now)
{
    Statement s = m_session.prepare(
        u"INSERT INTO change_incidents (incident_id, change_id, linked_by, linked_at) "
        u"VALUES (?, ?, ?, ?)"_s);
    s.bind(incidentId).bind(changeId).bind(userId).bind(now);
    s.exec();
}

bool ChangeRepository::unlink(qint64 changeId, qint64 incidentId)
{
    Statement s = m_session.prepare(
        u"DELETE FROM change_incidents WHERE change_id = ? AND incident_id = ?"_s);
    s.bind(changeId).bind(incidentId).exec();
    return s.rowsAffected() > 0;
}

QList<ChangeRepository::Scheduled> ChangeRepository::scheduled(qint64 from, qint64 to, int limit)
{
    return scheduled({from, to, {}, std::nullopt, limit});
}

QList<ChangeRepository::Scheduled> ChangeRepository::scheduled(const ScheduleQuery& query)
{
    QString sql =
        u"SELECT t.id, t.title, c.kind, t.status, t.is_open, c.risk_level, c.planned_start, "
        u"c.planned_end FROM changes c JOIN tickets t ON t.id = c.ticket_id "
        u"WHERE c.planned_start < ? AND c.planned_end > ? "
        u"AND t.status NOT IN ('rejected', 'cancelled', 'merged')"_s;
    if (!query.cis.isEmpty()) {
        // Ids of our own tables (checked by the caller), written into the text.
        QStringList list;
        for (qint64 id : query.cis)
            list.append(QString::number(id));
        sql += u" AND EXISTS (SELECT 1 FROM ticket_cis x WHERE x.ticket_id = c.ticket_id "
               u"AND x.ci_id IN ("_s
            + list.join(u',') + u"))"_s;
    }
    if (query.after)
        sql += u" AND (c.planned_start > ? OR (c.planned_start = ? AND c.ticket_id > ?))"_s;
    sql += u" ORDER BY c.planned_start, c.ticket_id LIMIT ?"_s;
    Statement q = m_session.prepare(sql);
    q.bind(query.to).bind(query.from);
    if (query.after)
        q.bind(query.after->first).bind(query.after->first).bind(query.after->second);
    q.bind(query.limit).exec();
    QList<Scheduled> items;
    while (q.next())
        items.append({q.int64(0), q.text(1), q.text(2), q.text(3), q.boolean(4), q.text(5),
                      q.int64(6), q.int64(7)});
    return items;
}

} // namespace frontline::server
