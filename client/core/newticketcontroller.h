#pragma once

#include "client/core/ticketdraft.h"
#include "domain/category.h"
#include "domain/group.h"

#include <QObject>

#include <optional>

namespace frontline::client {

class Directory;
class FieldCatalogue;
class Outbox;
class Session;

// Behind both new-ticket forms: what the form offers (types, categories, groups, the priority
// that impact and urgency give), and sending a draft through the outbox — checked first, with
// its files and the ticket it was raised from. The forms make no call of their own.
class NewTicketController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewTicketController)

public:
    NewTicketController(Session& session, const Directory& directory, Outbox& outbox,
                        QObject* parent = nullptr);

    // For the search widgets a form shows (suggested articles, the caller picker), which run
    // their own searches.
    Session& session() const { return m_session; }
    // The staff may open any type; requesters incidents and service requests.
    QList<TicketType> types() const;
    static QString typeLabel(TicketType type);
    QList<Category> categories() const; // the active ones
    QList<Group> groups() const;
    // The priority the matrix gives, or 0 when the server decides.
    int priorityFor(Level impact, Level urgency) const;
    qint64 userId() const;
    // The custom fields a ticket of this type and category takes from this user (requesters:
    // those shown to them), and the catalogue that knows them (loaded() when they change).
    QList<api::FieldDefinition> fieldsFor(TicketType type, const QString& category) const;
    FieldCatalogue& fieldCatalogue() const;

    // Checks the draft (its custom fields too, with the shared rules: a problem names
    // "fields.<name>") and queues it (sent now, or when the server is back); returns the
    // problem, field named, when it cannot go.
    std::optional<TicketDraft::Problem> submit(const TicketDraft& draft);
    // The outbox item of the last draft queued.
    QString lastQueued() const { return m_lastQueued; }

Q_SIGNALS:
    void queued(const QString& itemId, const QString& title);
    // A new ticket is on the server with its files (and linked with the one it was raised
    // from); also one queued by an earlier run.
    void created(const frontline::Ticket& ticket);

private:
    Session& m_session;
    const Directory& m_directory;
    Outbox& m_outbox;
    QString m_lastQueued;
};

} // namespace frontline::client
