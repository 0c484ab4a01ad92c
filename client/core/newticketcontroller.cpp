#include "newticketcontroller.h"

#include "api/methods.h"
#include "client/core/directory.h"
#include "client/core/fieldcatalogue.h"
#include "client/core/outbox.h"
#include "client/core/session.h"

using namespace Qt::StringLiterals;

namespace frontline::client {

NewTicketController::NewTicketController(Session& session, const Directory& directory,
                                         Outbox& outbox, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_directory(directory)
    , m_outbox(outbox)
{
    connect(&outbox, &Outbox::ticketCreated, this,
            [this](const QString&, const Ticket& ticket) { Q_EMIT created(ticket); });
}

QList<TicketType> NewTicketController::types() const
{
    if (m_session.isStaff())
        return {TicketType::Incident, TicketType::ServiceRequest, TicketType::Problem,
                TicketType::Change};
    return {TicketType::Incident, TicketType::ServiceRequest};
}

QString NewTicketController::typeLabel(TicketType type)
{
    switch (type) {
    case TicketType::Incident:
        return tr("Incident (something is broken)");
    case TicketType::ServiceRequest:
        return tr("Service request (something is wanted)");
    case TicketType::Problem:
        return tr("Problem (the cause behind incidents)");
    case TicketType::Change:
        return tr("Change (a planned change to a service)");
    case TicketType::Task:
        return tr("Task (a step of a service request)");
    }
    return {};
}

QList<Category> NewTicketController::categories() const
{
    QList<Category> active;
    for (const Category& category : m_directory.categories()) {
        if (category.active)
            active.append(category);
    }
    return active;
}

QList<Group> NewTicketController::groups() const
{
    return m_directory.groups();
}

int NewTicketController::priorityFor(Level impact, Level urgency) const
{
    return m_directory.workflow().priorityFor(impact, urgency);
}

qint64 NewTicketController::userId() const
{
    return m_session.user().id;
}

QList<api::FieldDefinition> NewTicketController::fieldsFor(TicketType type,
                                                           const QString& category) const
{
    return m_directory.fields().applicable(type, category, !m_session.isStaff());
}

FieldCatalogue& NewTicketController::fieldCatalogue() const
{
    return m_directory.fields();
}

std::optional<TicketDraft::Problem> NewTicketController::submit(const TicketDraft& draft)
{
    if (auto problem = draft.validate())
        return problem;
    const FieldCatalogue& catalogue = m_directory.fields();
    if (catalogue.isLoaded()) {
        const auto problems = catalogue.problems(draft.fields, {}, draft.type,
                                                 draft.category.value_or(QString()), true);
        // The first in the form's order.
        for (const api::FieldDefinition& field :
             fieldsFor(draft.type, draft.category.value_or(QString()))) {
            if (problems.contains(field.name))
                return TicketDraft::Problem {u"fields."_s + field.name, problems.value(field.name)};
        }
        if (!problems.isEmpty())
            return TicketDraft::Problem {u"fields."_s + problems.constBegin().key(),
                                         problems.constBegin().value()};
    }
    Outbox::FollowUp followUp;
    for (const TicketDraft::File& file : draft.files)
        followUp.files.append({file.name, file.bytes});
    followUp.linkTo = draft.raisedFrom;
    const QString title = draft.title.trimmed();
    m_lastQueued = m_outbox.submit(QString(api::method::TicketCreate), draft.params().toJson(),
                                   tr("New ticket: %1").arg(title), 0, followUp);
    Q_EMIT queued(m_lastQueued, title);
    return std::nullopt;
}

} // namespace frontline::client
