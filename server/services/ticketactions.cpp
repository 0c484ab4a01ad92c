#include "ticketactions.h"

#include "api/ratingapi.h"
#include "api/ticketresults.h"
#include "services/automation.h"
#include "storage/eventrepository.h"
#include "storage/grouprepository.h"
#include "storage/ratingrepository.h"
#include "storage/ticketlinkrepository.h"
#include "workflow/workflowconfig.h"

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

QJsonObject linkJson(qint64 other, const QString& kind)
{
    return {{"ticket"_L1, other}, {"kind"_L1, kind}};
}

} // namespace

TicketActions::TicketActions(SqlSession& session, const WorkflowConfig& workflow,
                             const Principal& principal, qint64 now)
    : m(session, workflow, principal, now)
{ }

ServiceResult TicketActions::escalate(const api::TicketEscalateParams& params)
{
    auto loaded = m.loadVisible(params.id);
    if (!loaded)
        return loaded.error();
    TicketRecord record = std::move(loaded).value();
    Ticket& ticket = record.ticket;
    if (params.version && *params.version != ticket.version)
        return rpc::RpcError::conflict(u"stale_version"_s,
                                       QJsonObject {{"current_version"_L1, ticket.version}});
    if (!ticket.open)
        return rpc::RpcError::invalidParams(u"id"_s, u"only open tickets are escalated"_s);

    std::optional<GroupRef> target;
    if (params.group) {
        target = GroupRepository(m.session()).ref(*params.group);
        if (!target)
            return rpc::RpcError::invalidParams(u"group"_s, u"no such group"_s);
    }
    const int expectedVersion = ticket.version;
    QList<Change> changes;
    Automation automation(m);
    // Functional escalation: the named group or the current group's next tier.
    if (auto refused = automation.escalate(record, target, changes))
        return rpc::RpcError::invalidParams(u"group"_s, *refused);
    QList<Comment> comments;
    if (!params.note.isEmpty())
        comments.append(m.addComment(record, params.note, true)); // the handover note, for staff
    automation.run(record, {RuleEvent::Updated}, changes, comments);
    if (auto saved = m.save(record, expectedVersion, changes); !saved)
        return saved.error();
    return m.changedOutcome(record, changes, comments);
}

ServiceResult TicketActions::merge(const api::TicketMergeParams& params)
{
    auto source = m.loadVisible(params.id);
    if (!source)
        return source.error();
    auto target = m.loadVisible(params.into);
    if (!target)
        return rpc::RpcError::invalidParams(u"into"_s, u"no such ticket"_s);
    TicketRecord& duplicate = *source;
    TicketRecord& survivor = *target;
    if (!duplicate.ticket.open)
        return rpc::RpcError::invalidTransition(duplicate.ticket.status, u"merged"_s,
                                                u"not_open"_s);
    if (!survivor.ticket.open)
        return rpc::RpcError::invalidParams(u"into"_s, u"is not open"_s);

    const int expectedVersion = duplicate.ticket.version;
    QList<Change> changes;
    if (!m.applyAutomatic(duplicate, u"merge"_s, changes))
        return rpc::RpcError::invalidTransition(duplicate.ticket.status, u"merged"_s,
                                                u"the lifecycle has no merge transition"_s);
    changes.append({u"merged_into"_s, QJsonValue::Null, survivor.ticket.id});
    if (auto saved = m.save(duplicate, expectedVersion, changes); !saved)
        return saved.error();
    TicketLinkRepository links(m.session());
    if (!links.exists(duplicate.ticket.id, survivor.ticket.id)) {
        links.add(duplicate.ticket.id, survivor.ticket.id, u"merged_into"_s, m.principal().userId,
                  m.now());
        links.add(survivor.ticket.id, duplicate.ticket.id, u"merged_from"_s, m.principal().userId,
                  m.now());
    }
    const QString suffix = params.note.isEmpty() ? QString() : u"\n\n"_s + params.note;
    // The public reply reaches the duplicate's requester: it names the other ticket's title only
    // when that ticket is theirs too; otherwise the title stays in an internal note for staff.
    const bool sameRequester = duplicate.ticket.requester.id == survivor.ticket.requester.id;
    const Comment told =
        m.addComment(duplicate,
                     sameRequester ? u"Merged into #%1 (%2).%3"_s.arg(survivor.ticket.id)
                                         .arg(survivor.ticket.title, suffix)
                                   : u"Merged into #%1.%2"_s.arg(survivor.ticket.id).arg(suffix),
                     false);
    QList<Comment> toldDuplicate {told};
    if (!sameRequester)
        toldDuplicate.append(m.addComment(
            duplicate,
            u"Merged into #%1 (%2)."_s.arg(survivor.ticket.id).arg(survivor.ticket.title), true));
    const Comment noted =
        m.addComment(survivor,
                     u"#%1 (%2) was merged into this ticket.%3"_s.arg(duplicate.ticket.id)
                         .arg(duplicate.ticket.title, suffix),
                     true);

    Outcome outcome = m.changedOutcome(duplicate, changes, toldDuplicate);
    const QByteArray survivorJson = m.encode(survivor);
    outcome.events.append(m.commentedEvent(survivorJson, survivor, noted));
    outcome.result = Outcome(api::TicketMerged {m.present(duplicate), m.present(survivor)}).result;
    return outcome;
}

Outcome TicketActions::unversionedChange(const TicketRecord& record, const Change& change)
{
    EventRepository(m.session())
        .appendChange(record.ticket.id, m.principal().userId, m.now(), change.field,
                      change.oldValue, change.newValue);
    Outcome outcome;
    outcome.events.append(m.changedEvent(m.encode(record), record, {change}));
    return outcome;
}

Outcome TicketActions::relatedChange(const TicketRecord& first, const TicketRecord& second,
                                     bool linked)
{
    // Both tickets record the change, each naming the other.
    const auto change = [linked](qint64 other) {
        const QJsonValue link = linkJson(other, u"related"_s);
        return Change {u"links"_s, linked ? QJsonValue(QJsonValue::Null) : link,
                       linked ? link : QJsonValue(QJsonValue::Null)};
    };
    Outcome outcome = unversionedChange(first, change(second.ticket.id));
    outcome.events += unversionedChange(second, change(first.ticket.id)).events;
    return outcome;
}

ServiceResult TicketActions::link(const api::TicketLinkParams& params)
{
    auto first = m.loadVisible(params.id);
    if (!first)
        return first.error();
    auto second = m.loadVisible(params.other);
    if (!second)
        return rpc::RpcError::invalidParams(u"other"_s, u"no such ticket"_s);
    TicketLinkRepository links(m.session());
    if (links.exists(params.id, params.other))
        return rpc::RpcError::conflict(u"already_linked"_s, QJsonObject {{"field"_L1, u"other"_s}});
    links.add(params.id, params.other, u"related"_s, m.principal().userId, m.now());
    links.add(params.other, params.id, u"related"_s, m.principal().userId, m.now());
    Outcome outcome = relatedChange(*first, *second, true);
    outcome.result = Outcome(api::TicketLinked {}).result;
    return outcome;
}

ServiceResult TicketActions::unlink(const api::TicketLinkParams& params)
{
    auto first = m.loadVisible(params.id);
    if (!first)
        return first.error();
    auto second = m.loadVisible(params.other);
    if (!second)
        return rpc::RpcError::invalidParams(u"other"_s, u"no such ticket"_s);
    if (!TicketLinkRepository(m.session()).removeRelated(params.id, params.other))
        return rpc::RpcError::invalidParams(u"other"_s, u"is not linked as related"_s);
    Outcome outcome = relatedChange(*first, *second, false);
    outcome.result = Outcome(api::TicketUnlinked {}).result;
    return outcome;
}

ServiceResult TicketActions::logTime(const api::TicketLogTimeParams& params)
{
    auto loaded = m.loadVisible(params.id);
    if (!loaded)
        return loaded.error();
    TicketRecord record = std::move(loaded).value();
    const int before = record.ticket.timeSpentMinutes;
    m.tickets().addTime(record.ticket.id, m.principal().userId, params.minutes, params.note,
                        m.now());
    record.ticket.timeSpentMinutes += params.minutes;
    record.ticket.updatedAt = m.now();
    Outcome outcome =
        unversionedChange(record, {u"time_spent"_s, before, record.ticket.timeSpentMinutes});
    outcome.result = Outcome(m.present(record)).result;
    return outcome;
}

ServiceResult TicketActions::rate(const api::TicketRateParams& params)
{
    auto loaded = m.loadVisible(params.id);
    if (!loaded)
        return loaded.error();
    TicketRecord record = std::move(loaded).value();
    if (record.ticket.requester.id != m.principal().userId)
        return rpc::RpcError::forbidden(u"only_requester_rates"_s);
    if (!record.ticket.resolvedAt)
        return rpc::RpcError::conflict(u"not_resolved"_s);
    RatingRepository ratings(m.session());
    const auto before = ratings.find(record.ticket.id);
    const TicketRating rating {record.ticket.id, m.principal().userId, params.score, params.comment,
                               m.now()};
    ratings.save(rating);
    // The pushed ticket carries the answer, so that open views show the comment at once.
    record.ticket.rating = Rating {rating.score, rating.comment, rating.ratedAt};
    Outcome outcome = unversionedChange(
        record,
        {u"rating"_s, before ? QJsonValue(before->score) : QJsonValue(QJsonValue::Null),
         params.score});
    outcome.result =
        Outcome(api::RatingResult {rating.ticketId, rating.score, rating.comment, rating.ratedAt})
            .result;
    return outcome;
}

} // namespace frontline::server
