#pragma once

#include "api/ticketapi.h"
#include "client/core/fieldvalue.h"
#include "client/core/systeminfo.h"
#include "core/result.h"
#include "domain/ticket.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace frontline::client {

// A new ticket as someone fills it in, in either program: the agent's form (a call taken by
// phone, a problem or change raised from a ticket) and the applet's "Report a problem" (with
// its screenshot, files and the computer's details). It checks itself with the server's own
// rules before anything is sent, and names the field that is wrong.
struct TicketDraft
{
    Q_DECLARE_TR_FUNCTIONS(TicketDraft)

public:
    // Files larger than this are refused before anything is sent (the server's default).
    static constexpr qint64 MaxFileBytes = 20 * 1024 * 1024;

    struct File
    {
        QString name;
        QByteArray bytes;

        friend bool operator==(const File&, const File&) = default;
    };
    struct Problem
    {
        QString field; // title, description, requester, category, ..., file
        QString message; // for the user, in their language

        friend bool operator==(const Problem&, const Problem&) = default;
    };

    QString title;
    QString description;
    TicketType type = TicketType::Incident;
    std::optional<QString> category;
    Level impact = Level::Medium;
    Level urgency = Level::Medium;
    // On behalf of (agents): the name typed, and the person picked for it.
    QString requesterName;
    std::optional<qint64> requester;
    std::optional<qint64> group;
    std::optional<qint64> assignee;
    QList<File> files;
    QList<SystemInfo::Entry> systemInfo;
    // Custom field values by field name (null or absent: none), checked by the form and by
    // NewTicketController with the shared rules.
    FieldValues fields;
    // The ticket it was raised from: linked with the new one once it exists.
    qint64 raisedFrom = 0;

    // A problem or a change raised from a ticket: its title, what it says, where it belongs.
    static TicketDraft raisedFromTicket(const Ticket& ticket, TicketType type);
    // Reads a file to attach; what is wrong with it, in words, otherwise.
    static Result<File, QString> readFile(const QString& path);

    // The first thing that keeps it from being sent, field named; none when it may go.
    std::optional<Problem> validate() const;
    // ticket.create's params (the outbox adds the client reference).
    api::TicketCreateParams params() const;
};

} // namespace frontline::client
