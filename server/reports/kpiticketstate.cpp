#include "kpiticketstate.h"

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

const QStringList& columns()
{
    static const QStringList names =
        u"created_at, created_day, created_group, created_category, created_type, "
        "created_agent, group_id, category_id, type, agent_id, status, is_open, first_agent, "
        "escalated, reopened, merged, responded, response_late, paused_since, paused_wall, "
        "paused_business, resolved_day, resolved_group, resolved_category, resolved_type, "
        "resolved_agent, resolved_fcr, resolved_rated, resolution_late, rating_day, rating_group, "
        "rating_category, rating_type, rating_agent, rating_score"_s.split(u", "_s);
    return names;
}

kpi::Dims readDims(const Statement& q, int at)
{
    return {q.int64(at), q.int64(at + 1), q.text(at + 2), q.int64(at + 3)};
}

KpiTicketState readState(const Statement& q)
{
    KpiTicketState s;
    s.createdAt = q.int64(1);
    s.createdDay = q.int64(2);
    s.createdDims = readDims(q, 3);
    s.dims = readDims(q, 7);
    s.status = q.text(11);
    s.open = q.boolean(12);
    s.firstAgent = q.int64(13);
    s.escalated = q.boolean(14);
    s.reopened = q.boolean(15);
    s.merged = q.boolean(16);
    s.responded = q.boolean(17);
    s.responseLate = q.boolean(18);
    s.pausedSince = q.optionalInt64(19);
    s.pausedWall = q.int64(20);
    s.pausedBusiness = q.int64(21);
    s.resolvedDay = q.optionalInt64(22);
    s.resolvedDims = readDims(q, 23);
    s.resolvedFcr = q.boolean(27);
    s.resolvedRated = q.boolean(28);
    s.resolutionLate = q.boolean(29);
    s.ratingDay = q.optionalInt64(30);
    s.ratingDims = readDims(q, 31);
    s.ratingScore = q.integer(35);
    return s;
}

QVariant nullable(const std::optional<qint64>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

// A null QString is bound as '' (Statement::bind), as the columns default.
QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QString(u""_s)) : QVariant(value);
}

bool same(const QVariant& a, const QVariant& b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    return a == b;
}

} // namespace

std::array<QVariant, KpiTicketState::ColumnCount> KpiTicketState::values() const
{
    const auto flag = [](bool b) { return QVariant(qint64(b ? 1 : 0)); };
    return {QVariant(createdAt),
            QVariant(createdDay),
            QVariant(createdDims.group),
            QVariant(createdDims.category),
            text(createdDims.type),
            QVariant(createdDims.agent),
            QVariant(dims.group),
            QVariant(dims.category),
            text(dims.type),
            QVariant(dims.agent),
            text(status),
            flag(open),
            QVariant(firstAgent),
            flag(escalated),
            flag(reopened),
            flag(merged),
            flag(responded),
            flag(responseLate),
            nullable(pausedSince),
            QVariant(pausedWall),
            QVariant(pausedBusiness),
            nullable(resolvedDay),
            QVariant(resolvedDims.group),
            QVariant(resolvedDims.category),
            text(resolvedDims.type),
            QVariant(resolvedDims.agent),
            flag(resolvedFcr),
            flag(resolvedRated),
            flag(resolutionLate),
            nullable(ratingDay),
            QVariant(ratingDims.group),
            QVariant(ratingDims.category),
            text(ratingDims.type),
            QVariant(ratingDims.agent),
            QVariant(qint64(ratingScore))};
}

void KpiTicketStates::load(SqlSession& session, const QList<qint64>& ids)
{
    forIdsIn(session, ids,
             u"SELECT ticket_id, "_s + columns().join(u", "_s)
                 + u" FROM kpi_tickets WHERE ticket_id"_s,
             [this](Statement& q) {
                 const KpiTicketState state = readState(q);
                 m_states.insert(q.int64(0), state);
                 m_loaded.insert(q.int64(0), state);
             });
}

void KpiTicketStates::write(SqlSession& session) const
{
    // The columns' defaults are a default state's values (kpi_tickets, migration 11).
    static const auto defaults = KpiTicketState {}.values();
    thread_local QHash<std::pair<bool, quint64>, QString> shapes; // (insert, columns) -> SQL
    for (auto it = m_states.cbegin(); it != m_states.cend(); ++it) {
        const auto loaded = m_loaded.constFind(it.key());
        const bool insert = loaded == m_loaded.cend();
        const auto now = it->values();
        const auto before = insert ? defaults : loaded->values();
        quint64 mask = 0;
        for (int i = 0; i < KpiTicketState::ColumnCount; ++i) {
            if (!same(now[i], before[i]))
                mask |= quint64(1) << i;
        }
        if (mask == 0 && !insert)
            continue;
        auto shape = shapes.find({insert, mask});
        if (shape == shapes.end()) {
            QStringList changed;
            for (int i = 0; i < KpiTicketState::ColumnCount; ++i) {
                if (mask & (quint64(1) << i))
                    changed.append(columns().at(i));
            }
            QString sql;
            if (insert) {
                sql = u"INSERT INTO kpi_tickets (ticket_id"_s;
                for (const QString& c : std::as_const(changed))
                    sql += u", "_s + c;
                sql += u") VALUES (?"_s + u", ?"_s.repeated(changed.size()) + u')';
            } else {
                sql = u"UPDATE kpi_tickets SET "_s + changed.join(u" = ?, "_s)
                    + u" = ? WHERE "
                      "ticket_id = ?"_s;
            }
            shape = shapes.insert({insert, mask}, sql);
        }
        Statement q = session.prepare(*shape);
        if (insert)
            q.bind(it.key());
        for (int i = 0; i < KpiTicketState::ColumnCount; ++i) {
            if (mask & (quint64(1) << i))
                q.bind(now[i]);
        }
        if (!insert)
            q.bind(it.key());
        q.exec();
    }
}

} // namespace frontline::server
