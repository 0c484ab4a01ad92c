#pragma once

#include "api/fieldapi.h"
#include "api/ticketapi.h"
#include "domain/ticket.h"

#include <QList>
#include <QString>

#include <optional>

namespace frontline::server {

class SqlSession;

// A ticket as stored: the wire object plus the columns only the server uses.
struct TicketRecord
{
    Ticket ticket;
    std::optional<qint64> categoryId;
    std::optional<qint64> slaPausedAt; // while in a state that pauses the SLA clock
    qint64 slaPausedTotal = 0; // business milliseconds spent paused so far
    std::optional<qint64> slaPolicyId; // none: the default targets
    std::optional<qint64> responseWarn; // when each target turns "at risk"
    std::optional<qint64> resolveWarn;
    QString slaState = QStringLiteral("on_track"); // as of the last change or scheduler run
    std::optional<qint64> slaWakeAt; // when the scheduler next looks at this ticket
    bool requesterVip = false; // (the requester's, read with the ticket; for automation rules)
    // Custom field values (by name) as loaded for this change; empty when none were read.
    QJsonObject fieldValues;
    bool fieldValuesLoaded = false;
    // Custom field values this change sets (null clears), written with the ticket.
    QList<std::pair<api::FieldDefinition, QJsonValue>> fieldWrites;
};

// One visibility scope of a list query (what a role may see is a union of scopes).
struct TicketScope
{
    enum class Kind { All, Group, NoGroup, Assignee, Requester, Org };
    Kind kind = Kind::All;
    qint64 id = 0;
};

// A condition on a custom field with the field resolved: `values` are in the column's type
// (text, number, day number or id). Equals / any-of: the value is one of `values`; contains:
// the text contains values[0]; range: from `low` to `high` (either may be absent).
struct FieldFilter
{
    enum class Op { Equals, Contains, Range };
    qint64 fieldId = 0;
    QString column; // text_value, number_value, date_value or ref_id
    Op op = Op::Equals;
    QVariantList values;
    std::optional<QVariant> low;
    std::optional<QVariant> high;
};

// A list filter with every "me"/"mine"/name already resolved to ids.
struct TicketListFilter
{
    std::optional<QStringList> statuses;
    std::optional<bool> open;
    bool assigneeSet = false;
    std::optional<qint64> assignee; // with assigneeSet: nullopt means unassigned
    std::optional<qint64> requester;
    bool groupSet = false;
    std::optional<QList<qint64>> groups; // with groupSet: nullopt means no group
    std::optional<QList<int>> priorities;
    std::optional<QStringList> types;
    std::optional<qint64> categoryId;
    std::optional<qint64> dueBefore; // the next SLA deadline is before this time
    std::optional<QStringList> slaStates; // as of the last change or scheduler round
    std::optional<QList<qint64>> orgs; // the tickets of these organisations
    // Custom field conditions (all must hold), each a probe of the value table per ticket.
    QList<FieldFilter> fields;
    std::optional<qint64> parent; // the tasks of this request
};

// Keyset position: the sort key of the last row of the previous page.
struct TicketCursor
{
    api::TicketSort sort = api::TicketSort::UpdatedDesc;
    qint64 key = 0; // priority or updated_at; unused for the creation-order sorts
    qint64 id = 0;

    QString encode() const;
    static std::optional<TicketCursor> decode(const QString& text, api::TicketSort sort);
};

class TicketRepository
{
public:
    explicit TicketRepository(SqlSession& session)
        : m_session(session)
    { }

    qint64 insert(const TicketRecord& record);
    std::optional<TicketRecord> find(qint64 id);
    // Writes every column; false when the stored version is no longer `expectedVersion`.
    bool update(const TicketRecord& record, int expectedVersion);
    // A comment: bumps updated_at (not the version), records the first response and the SLA
    // state and wake-up that follow from it.
    void touch(qint64 id, qint64 now, bool firstResponse, const QString& slaState,
               std::optional<qint64> slaWakeAt);

    // One page, merged from one indexed query per scope; never an OFFSET scan.
    QList<TicketRecord> page(const QList<TicketScope>& scopes, const TicketListFilter& filter,
                             api::TicketSort sort, const std::optional<TicketCursor>& after,
                             int limit, bool* hasMore);

    static TicketCursor cursorAfter(const TicketRecord& record, api::TicketSort sort);
    // The next SLA deadline an open ticket has: the response target until someone answered,
    // then the resolution target; none while paused or once done.
    static std::optional<qint64> nextDue(const TicketRecord& record);

    // How many tickets match, counting at most `cap`.
    int count(const QList<TicketScope>& scopes, const TicketListFilter& filter, int cap);
    // Writes the SLA columns only (a policy or calendar changed): no new version.
    void updateSla(const TicketRecord& record);
    // Open tickets, newest first, with ids below `beforeId` (0: from the newest).
    QList<TicketRecord> openBefore(qint64 beforeId, int limit);
    // Open tickets governed by one of these policies, in id order after `afterId`.
    QList<TicketRecord> openWithPolicy(const QList<qint64>& policyIds, qint64 afterId, int limit);
    // Logs working time and adds it to the ticket's total (without a new version).
    void addTime(qint64 ticketId, qint64 userId, int minutes, const QString& note, qint64 now);

private:
    struct PageKey
    {
        qint64 key;
        qint64 id;
    };
    // One scope's part of a page: full rows, or only the sort keys (an index-only scan when
    // the scope's index covers the filter).
    QString scopeQuery(const TicketScope& scope, const TicketListFilter& filter,
                       api::TicketSort sort, const std::optional<TicketCursor>& after,
                       bool keysOnly, QVariantList& binds) const;
    QList<TicketRecord> findMany(const QList<qint64>& ids);
    void writeFields(qint64 id, const TicketRecord& record);

    SqlSession& m_session;
};

} // namespace frontline::server
