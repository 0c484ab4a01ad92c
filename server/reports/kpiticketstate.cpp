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

// A null QString is bound as '' (Statement::bind), as the columns default; QString's == holds
// the two equal as well.
QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QString(u""_s)) : QVariant(value);
}

QVariant flag(bool b)
{
    return QVariant(qint64(b ? 1 : 0));
}

quint64 dimsDifferences(const kpi::Dims& a, const kpi::Dims& b, int first)
{
    return quint64(a.group != b.group) << first | quint64(a.category != b.category) << (first + 1)
        | quint64(a.type != b.type) << (first + 2) | quint64(a.agent != b.agent) << (first + 3);
}

QVariant dimsValue(const kpi::Dims& d, int which)
{
    switch (which) {
    case 0:
        return QVariant(d.group);
    case 1:
        return QVariant(d.category);
    case 2:
        return text(d.type);
    default:
        return QVariant(d.agent);
    }
}

} // namespace

// Column numbers as in columns(); the dimension groups are four columns each.
quint64 KpiTicketState::differences(const KpiTicketState& o) const
{
    const auto bit = [](bool differs, int column) { return quint64(differs) << column; };
    return bit(createdAt != o.createdAt, 0) | bit(createdDay != o.createdDay, 1)
        | dimsDifferences(createdDims, o.createdDims, 2) | dimsDifferences(dims, o.dims, 6)
        | bit(status != o.status, 10) | bit(open != o.open, 11)
        | bit(firstAgent != o.firstAgent, 12) | bit(escalated != o.escalated, 13)
        | bit(reopened != o.reopened, 14) | bit(merged != o.merged, 15)
        | bit(responded != o.responded, 16) | bit(responseLate != o.responseLate, 17)
        | bit(pausedSince != o.pausedSince, 18) | bit(pausedWall != o.pausedWall, 19)
        | bit(pausedBusiness != o.pausedBusiness, 20) | bit(resolvedDay != o.resolvedDay, 21)
        | dimsDifferences(resolvedDims, o.resolvedDims, 22) | bit(resolvedFcr != o.resolvedFcr, 26)
        | bit(resolvedRated != o.resolvedRated, 27) | bit(resolutionLate != o.resolutionLate, 28)
        | bit(ratingDay != o.ratingDay, 29) | dimsDifferences(ratingDims, o.ratingDims, 30)
        | bit(ratingScore != o.ratingScore, 34);
}

QVariant KpiTicketState::value(int column) const
{
    switch (column) {
    case 0:
        return QVariant(createdAt);
    case 1:
        return QVariant(createdDay);
    case 2:
    case 3:
    case 4:
    case 5:
        return dimsValue(createdDims, column - 2);
    case 6:
    case 7:
    case 8:
    case 9:
        return dimsValue(dims, column - 6);
    case 10:
        return text(status);
    case 11:
        return flag(open);
    case 12:
        return QVariant(firstAgent);
    case 13:
        return flag(escalated);
    case 14:
        return flag(reopened);
    case 15:
        return flag(merged);
    case 16:
        return flag(responded);
    case 17:
        return flag(responseLate);
    case 18:
        return nullable(pausedSince);
    case 19:
        return QVariant(pausedWall);
    case 20:
        return QVariant(pausedBusiness);
    case 21:
        return nullable(resolvedDay);
    case 22:
    case 23:
    case 24:
    case 25:
        return dimsValue(resolvedDims, column - 22);
    case 26:
        return flag(resolvedFcr);
    case 27:
        return flag(resolvedRated);
    case 28:
        return flag(resolutionLate);
    case 29:
        return nullable(ratingDay);
    case 30:
    case 31:
    case 32:
    case 33:
        return dimsValue(ratingDims, column - 30);
    default:
        return QVariant(qint64(ratingScore));
    }
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
    static const KpiTicketState defaults;
    const auto changedColumns = [](quint64 mask) {
        QStringList changed;
        for (int i = 0; i < KpiTicketState::ColumnCount; ++i) {
            if (mask & (quint64(1) << i))
                changed.append(columns().at(i));
        }
        return changed;
    };
    const auto bindColumns = [](Statement& q, quint64 mask, const KpiTicketState& state) {
        for (int i = 0; i < KpiTicketState::ColumnCount; ++i) {
            if (mask & (quint64(1) << i))
                q.bind(state.value(i));
        }
    };

    // New tickets (most of a live desk's pass: one per create) are inserted many rows a
    // statement, grouped by the columns that differ from the defaults; known tickets are
    // updated one by one with their changed columns.
    QHash<quint64, QList<std::pair<qint64, const KpiTicketState*>>> inserts;
    thread_local QHash<quint64, QString> updates; // columns -> SQL
    for (auto it = m_states.cbegin(); it != m_states.cend(); ++it) {
        const auto loaded = m_loaded.constFind(it.key());
        if (loaded == m_loaded.cend()) {
            inserts[it->differences(defaults)].append({it.key(), &*it});
            continue;
        }
        const quint64 mask = it->differences(*loaded);
        if (mask == 0)
            continue;
        auto shape = updates.find(mask);
        if (shape == updates.end()) {
            shape =
                updates.insert(mask,
                               u"UPDATE kpi_tickets SET "_s + changedColumns(mask).join(u" = ?, "_s)
                                   + u" = ? WHERE ticket_id = ?"_s);
        }
        Statement q = session.prepare(*shape);
        bindColumns(q, mask, *it);
        q.bind(it.key());
        q.exec();
    }

    // A few statement sizes, so that few shapes are prepared and cached: 32, 8 and 1 rows.
    thread_local QHash<std::pair<quint64, int>, QString> insertShapes; // (columns, rows) -> SQL
    for (auto group = inserts.cbegin(); group != inserts.cend(); ++group) {
        const quint64 mask = group.key();
        const auto& rows = *group;
        for (qsizetype at = 0; at < rows.size();) {
            const qsizetype left = rows.size() - at;
            const int size = left >= 32 ? 32 : left >= 8 ? 8 : 1;
            auto shape = insertShapes.find({mask, size});
            if (shape == insertShapes.end()) {
                const QStringList changed = changedColumns(mask);
                const QString row = u"(?"_s + u", ?"_s.repeated(changed.size()) + u')';
                QString sql = u"INSERT INTO kpi_tickets (ticket_id"_s;
                for (const QString& c : changed)
                    sql += u", "_s + c;
                sql += u") VALUES "_s + row;
                for (int i = 1; i < size; ++i)
                    sql += u", "_s + row;
                shape = insertShapes.insert({mask, size}, sql);
            }
            Statement q = session.prepare(*shape);
            for (int i = 0; i < size; ++i) {
                const auto& [ticket, state] = rows.at(at + i);
                q.bind(ticket);
                bindColumns(q, mask, *state);
            }
            q.exec();
            at += size;
        }
    }
}

} // namespace frontline::server
